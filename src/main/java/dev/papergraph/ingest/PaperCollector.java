package dev.papergraph.ingest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Reads papers from files, folders (searched recursively in name order, hidden files and folders left
 * out), standard input ({@code -}) and the bundled sample corpus; unpacks gzip and bzip2 inputs and detects
 * each input's format from its first (unpacked) bytes unless one is forced. A bad record or input is
 * reported (file, line, reason) and reading goes on.
 *
 * <p>{@link #open()} streams the papers: each is handed on as its record is read, with its one source, in
 * input order and not merged, so inputs of any size are read in bounded memory. Papers read twice come
 * twice; telling them apart is the consumer's job.
 *
 * <pre>{@code
 * PaperCollector collector = PaperCollector.create()
 *         .paths(List.of("abstracts/", "arxiv-metadata.jsonl.gz", "-"))
 *         .stdin(System.in)
 *         .format(InputFormat.JSONL)                  // optional: skip detection
 *         .warnings(System.err::println)              // "file:line: reason", as it happens
 *         .progress(p -> bar.show(p.bytesRead(), p.totalBytes()))
 *         .build();
 * try (PaperStream papers = collector.open()) {
 *     for (List<Paper> batch = papers.nextBatch(1_000); !batch.isEmpty(); batch = papers.nextBatch(1_000)) {
 *         store(batch);                           // each paper with one SourceRef (file, line)
 *     }
 *     papers.report().summary();              // "5 inputs, 412 records: 412 papers, 0 records skipped"
 * }
 * }</pre>
 *
 * <p>{@link #read(Consumer)} does the same with a callback. {@link #collect()} holds every paper and merges
 * papers read more than once into one paper with all its sources, for small inputs:
 *
 * <pre>{@code
 * PaperCollection result = collector.collect();
 * result.papers();                      // sorted by id, each with every source it was read from
 * result.report().summary();            // "5 inputs, 412 records: 395 papers (17 duplicates merged), ..."
 * result.report().outcome();            // COMPLETE, PARTIAL, or NOTHING when no paper could be read
 * }</pre>
 */
public final class PaperCollector {
    public static final int DEFAULT_MAX_ABSTRACT_CHARS = 100_000;
    /** The name standard input goes by, as an argument and in {@link SourceRef#file()}. */
    public static final String STDIN = "-";

    private final List<String> paths;
    private final boolean sample;
    private final InputStream stdin;
    private final InputFormat format;
    private final int maxAbstractChars;
    private final Consumer<String> warnings;
    private final Consumer<IngestProgress> progress;

    PaperCollector(Builder builder) {
        this.paths = List.copyOf(builder.paths);
        this.sample = builder.sample;
        this.stdin = builder.stdin;
        this.format = builder.format;
        this.maxAbstractChars = builder.maxAbstractChars;
        this.warnings = builder.warnings;
        this.progress = builder.progress;
    }

    public static Builder create() {
        return new Builder();
    }

    /** Reads the given paths with detected formats and default limits; problems are in the report only. */
    public static PaperCollection collect(List<String> paths) {
        return create().paths(paths).build().collect();
    }

    /**
     * Starts reading: the inputs are listed now (a missing path is reported at once), and each is opened
     * when the stream comes to it.
     */
    public PaperStream open() {
        IngestReport report = new IngestReport(warnings);
        return new PaperStream(resolve(report), format, maxAbstractChars, progress, report);
    }

    /** Reads every input, handing each paper on as read (in input order, not merged); returns the report. */
    public IngestReport read(Consumer<Paper> papers) {
        try (PaperStream stream = open()) {
            stream.forEachRemaining(papers);
            return stream.report();
        }
    }

    /** Reads every input and returns the papers merged by id, sorted by id. */
    public PaperCollection collect() {
        Map<String, List<Paper>> byId = new TreeMap<>();
        IngestReport report = read(paper -> byId.computeIfAbsent(paper.id(), id -> new ArrayList<>()).add(paper));
        List<Paper> papers = byId.values().stream().map(Paper::merge).toList();
        report.merged(report.papers() - papers.size());
        return new PaperCollection(papers, report);
    }

    private List<Input> resolve(IngestReport report) {
        List<Input> inputs = new ArrayList<>();
        if (sample) {
            for (String file : SampleCorpus.FILES) {
                URL url = Objects.requireNonNull(
                        PaperCollector.class.getResource(SampleCorpus.RESOURCE_FOLDER + file), "sample file " + file);
                inputs.add(new Input(file, file, contentLength(url), url::openStream));
            }
        }
        Set<Path> foldersSeen = new HashSet<>();
        for (String arg : paths) {
            if (STDIN.equals(arg)) {
                if (stdin == null) {
                    report.inputSkipped(STDIN, "standard input is not available");
                } else {
                    inputs.add(new Input(STDIN, STDIN, -1, () -> new KeepOpen(stdin)));
                }
                continue;
            }
            try {
                addPath(Path.of(arg), arg, inputs, foldersSeen, report);
            } catch (InvalidPathException e) {
                report.inputSkipped(arg, "not a valid path: " + e.getReason());
            }
        }
        return inputs;
    }

    private void addPath(Path path, String shown, List<Input> inputs, Set<Path> foldersSeen, IngestReport report) {
        if (!Files.exists(path)) {
            report.inputSkipped(shown, "no such file or directory");
        } else if (!Files.isReadable(path)) {
            report.inputSkipped(shown, "permission denied");
        } else if (Files.isDirectory(path)) {
            addFolder(path, inputs, foldersSeen, report);
        } else {
            String name = path.getFileName().toString();
            inputs.add(new Input(name, shown, size(path), () -> Files.newInputStream(path)));
        }
    }

    private void addFolder(Path folder, List<Input> inputs, Set<Path> foldersSeen, IngestReport report) {
        List<Path> children;
        try (Stream<Path> list = Files.list(folder)) {
            if (!foldersSeen.add(folder.toRealPath())) {
                return; // a link back to a folder already searched
            }
            children = list.filter(child -> !child.getFileName().toString().startsWith("."))
                    .sorted(Comparator.comparing(child -> child.getFileName().toString()))
                    .toList();
        } catch (IOException e) {
            report.inputSkipped(folder.toString(), describe(e));
            return;
        }
        for (Path child : children) {
            // FIFOs, sockets and devices are left out: reading one could block or never end
            if (Files.isDirectory(child) || Files.isRegularFile(child) || !Files.exists(child)) {
                addPath(child, child.toString(), inputs, foldersSeen, report);
            }
        }
    }

    private static long size(Path file) {
        try {
            return Files.isRegularFile(file) ? Files.size(file) : -1;
        } catch (IOException e) {
            return -1;
        }
    }

    private static long contentLength(URL url) {
        try {
            return url.openConnection().getContentLengthLong();
        } catch (IOException e) {
            return -1;
        }
    }

    static String describe(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "no such file or directory";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    /** Standard input belongs to the caller: reading it must not close it. */
    private static final class KeepOpen extends FilterInputStream {
        KeepOpen(InputStream in) {
            super(in);
        }

        @Override
        public void close() {}
    }

    /** Options of a {@link PaperCollector}; every one has a default. */
    public static final class Builder {
        private final List<String> paths = new ArrayList<>();
        private boolean sample;
        private InputStream stdin;
        private InputFormat format;
        private int maxAbstractChars = DEFAULT_MAX_ABSTRACT_CHARS;
        private Consumer<String> warnings = warning -> {};
        private Consumer<IngestProgress> progress;

        Builder() {}

        /** Files, folders, or {@value PaperCollector#STDIN} for {@link #stdin standard input}, read in this order. */
        public Builder paths(List<String> paths) {
            this.paths.addAll(paths);
            return this;
        }

        public Builder path(String path) {
            paths.add(path);
            return this;
        }

        /** Reads the {@link SampleCorpus} from the classpath before any path. */
        public Builder sample() {
            this.sample = true;
            return this;
        }

        /** What {@value PaperCollector#STDIN} reads; it is not closed. */
        public Builder stdin(InputStream stdin) {
            this.stdin = stdin;
            return this;
        }

        /** Reads every input in this format instead of detecting each one's; null detects. */
        public Builder format(InputFormat format) {
            this.format = format;
            return this;
        }

        /** Longer abstracts are skipped with a reason; {@value PaperCollector#DEFAULT_MAX_ABSTRACT_CHARS} by default. */
        public Builder maxAbstractChars(int maxAbstractChars) {
            if (maxAbstractChars < 1) {
                throw new IllegalArgumentException("the abstract limit must be positive: " + maxAbstractChars);
            }
            this.maxAbstractChars = maxAbstractChars;
            return this;
        }

        /** Receives each problem as one line, {@code file:line: reason}, as it happens. */
        public Builder warnings(Consumer<String> warnings) {
            this.warnings = Objects.requireNonNull(warnings);
            return this;
        }

        /** Called after every record and at the end of every input. */
        public Builder progress(Consumer<IngestProgress> progress) {
            this.progress = progress;
            return this;
        }

        public PaperCollector build() {
            return new PaperCollector(this);
        }
    }
}
