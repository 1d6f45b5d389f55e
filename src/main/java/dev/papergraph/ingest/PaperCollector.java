package dev.papergraph.ingest;

import java.io.BufferedInputStream;
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
 * out), standard input ({@code -}) and the bundled sample corpus; detects each input's format from its
 * first bytes unless one is forced; and merges papers read more than once into one paper with all its
 * sources. A bad record or input is reported (file, line, reason) and reading goes on.
 *
 * <pre>{@code
 * PaperCollection result = PaperCollector.create()
 *         .paths(List.of("abstracts/", "more.jsonl", "-"))
 *         .stdin(System.in)
 *         .format(InputFormat.JSONL)                  // optional: skip detection
 *         .warnings(System.err::println)              // "file:line: reason", as it happens
 *         .progress(p -> bar.show(p.papers(), p.fractionDone()))
 *         .build()
 *         .collect();
 * result.papers();                      // sorted by id, each with every source it was read from
 * result.report().summary();            // "5 inputs, 412 records: 395 papers (17 duplicates merged), ..."
 * result.report().outcome();            // COMPLETE, PARTIAL, or NOTHING when no paper could be read
 * }</pre>
 *
 * {@link #read(Consumer)} streams the papers record by record instead, unmerged, for callers that write
 * as they go.
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

    /** Reads every input and returns the papers merged by id, sorted by id. */
    public PaperCollection collect() {
        Map<String, List<Paper>> byId = new TreeMap<>();
        IngestReport report = read(paper -> byId.computeIfAbsent(paper.id(), id -> new ArrayList<>()).add(paper));
        List<Paper> papers = byId.values().stream().map(Paper::merge).toList();
        return new PaperCollection(papers, report);
    }

    /** Reads every input, handing each paper on as read (in input order, not merged); returns the report. */
    public IngestReport read(Consumer<Paper> papers) {
        IngestReport report = new IngestReport(warnings);
        List<Input> inputs = resolve(report);
        long totalBytes = inputs.stream().anyMatch(i -> i.size() < 0) ? -1 : inputs.stream().mapToLong(Input::size).sum();
        Run run = new Run(report, papers, inputs.size(), totalBytes);
        for (Input input : inputs) {
            run.read(input);
        }
        return report;
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

    /** One thing to read: its name in {@link SourceRef}s, the name shown for whole-input problems, its size. */
    private record Input(String name, String shown, long size, Opener opener) {}

    @FunctionalInterface
    private interface Opener {
        InputStream open() throws IOException;
    }

    /** Standard input belongs to the caller: reading it must not close it. */
    private static final class KeepOpen extends FilterInputStream {
        KeepOpen(InputStream in) {
            super(in);
        }

        @Override
        public void close() {}
    }

    /** The state of one {@link #read} call. */
    private final class Run implements PaperSink {
        private final IngestReport report;
        private final Consumer<Paper> papers;
        private final int inputCount;
        private final long totalBytes;
        private long bytesBefore;
        private int inputIndex;
        private SourceLines lines;

        Run(IngestReport report, Consumer<Paper> papers, int inputCount, long totalBytes) {
            this.report = report;
            this.papers = papers;
            this.inputCount = inputCount;
            this.totalBytes = totalBytes;
        }

        void read(Input input) {
            inputIndex++;
            lines = null;
            long recordsBefore = report.recordsRead();
            try (InputStream raw = input.opener().open()) {
                BufferedInputStream in = new BufferedInputStream(raw, InputFormat.HEAD_BYTES * 2);
                in.mark(InputFormat.HEAD_BYTES);
                byte[] head = in.readNBytes(InputFormat.HEAD_BYTES);
                in.reset();
                if (containsNul(head)) {
                    report.inputSkipped(input.shown(), "binary file (NUL bytes in its first bytes), skipped");
                    return;
                }
                InputFormat inputFormat = format != null ? format : InputFormat.detect(head);
                lines = new SourceLines(input.name(), in, maxLineBytes());
                report.inputRead();
                inputFormat.newReader(maxAbstractChars).read(lines, this);
                if (report.recordsRead() == recordsBefore) {
                    report.inputSkipped(input.shown(), "no papers found (read as " + inputFormat.cliName() + ")");
                }
            } catch (IOException e) {
                String where = lines == null ? "" : " after line " + lines.lineNumber();
                report.inputSkipped(input.shown(), "read failed" + where + ": " + describe(e));
            } finally {
                bytesBefore += lines == null ? 0 : lines.bytesRead();
                lines = null;
                tick(input);
            }
        }

        /** Long lines are not kept whole: room for an abstract at the limit, four bytes a character, and its fields. */
        private int maxLineBytes() {
            return (int) Math.min(Integer.MAX_VALUE - 16, 4L * maxAbstractChars + (1 << 20));
        }

        @Override
        public void paper(Paper paper) {
            report.paperRead(paper.id());
            papers.accept(paper);
            tick(null);
        }

        @Override
        public void skip(SourceRef at, String reason) {
            report.recordSkipped(at, reason);
            tick(null);
        }

        private void tick(Input finished) {
            if (progress == null) {
                return;
            }
            String name = lines != null ? lines.name() : finished == null ? "" : finished.name();
            long bytes = bytesBefore + (lines == null ? 0 : lines.bytesRead());
            progress.accept(new IngestProgress(
                    name, inputIndex, inputCount, report.recordsRead(), report.papers(), bytes, totalBytes));
        }
    }

    private static boolean containsNul(byte[] head) {
        for (byte b : head) {
            if (b == 0) {
                return true;
            }
        }
        return false;
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
