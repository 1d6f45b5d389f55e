package dev.papergraph;

import dev.papergraph.extract.ExtractionFile;
import dev.papergraph.graph.IriMinter;
import dev.papergraph.ingest.Paper;
import dev.papergraph.resolve.ConceptResolver.PaperInput;
import dev.papergraph.resolve.IncrementalResolver;
import dev.papergraph.resolve.ResolutionIndex;
import dev.papergraph.store.KnowledgeStore;
import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import java.util.stream.Stream;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * A large first build into a new store, in four stages: parallel extraction into an extraction file
 * (one JSON line per paper, so NLP never runs twice on a paper), one resolution over all papers in an
 * index on disk, the whole graph written as N-Quads, and those loaded with Jena's parallel TDB2 bulk
 * loader. Work happens in a staging folder beside the store ({@code DIR.build}); the store appears
 * under its name only when complete. Run again after a crash, a build reuses the extraction file and
 * extracts only the papers it lacks.
 */
public final class BulkBuild {
    /** What a build did, and the time each stage took. */
    public record Outcome(long papers, long extracted, long concepts, long quads, long extractMillis, long resolveMillis,
            long writeMillis, long loadMillis) {
        Outcome plusResolveMillis(long millis) {
            return new Outcome(papers, extracted, concepts, quads, extractMillis, resolveMillis + millis, writeMillis, loadMillis);
        }
    }

    private final Pipeline pipeline;
    private final IriMinter iris;

    public BulkBuild(Pipeline pipeline) {
        this.pipeline = pipeline;
        this.iris = pipeline.builder().iris();
    }

    /** The staging folder of a build into {@code store}. */
    public static Path staging(Path store) {
        return store.resolveSibling(store.getFileName() + ".build");
    }

    /** The extraction file a build keeps in its store when none is named. */
    public static Path defaultExtractions(Path store) {
        return store.resolve("extractions.jsonl");
    }

    /**
     * Builds a new store from papers. {@code extractions} (or, when null, the staging folder's own
     * file, kept in the store afterwards) receives one line per paper extracted.
     *
     * @throws IllegalArgumentException when {@code store} already holds something
     */
    public Outcome build(Iterator<Paper> papers, Path store, Path extractions, IngestOptions options, IntConsumer progress) {
        refuseExisting(store);
        Path staging = staging(store);
        Path file = extractions == null ? staging.resolve(defaultExtractions(store).getFileName()) : extractions;
        try {
            Files.createDirectories(staging);
            Path loadedIndex = staging.resolve("store").resolve(KnowledgeStore.INDEX_FILE);
            if (Files.exists(loadedIndex)) {
                // a crash while the build was being moved into place: start that stage again
                Files.move(loadedIndex, staging.resolve(KnowledgeStore.INDEX_FILE), StandardCopyOption.REPLACE_EXISTING);
            }
            Outcome outcome;
            try (ResolutionIndex index = ResolutionIndex.open(staging.resolve(KnowledgeStore.INDEX_FILE))) {
                IncrementalResolver resolver = new IncrementalResolver(index);
                long t0 = System.nanoTime();
                long resolveNanos = readExtractions(file, resolver, true);
                long extracted = 0;
                long extractNanos = 0;
                try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
                    while (papers.hasNext()) {
                        long t = System.nanoTime();
                        long before = extracted;
                        Pipeline.Window window = pipeline.nextWindow(papers, resolver, options, done -> progress.accept((int) (before + done)));
                        for (PaperInput input : window.inputs()) {
                            out.write(ExtractionFile.line(input.paper(), input.extraction()));
                            out.write('\n');
                        }
                        out.flush();
                        extracted += window.extracted();
                        long t1 = System.nanoTime();
                        resolver.apply(window.inputs());
                        index.commit();
                        extractNanos += t1 - t;
                        resolveNanos += System.nanoTime() - t1;
                    }
                }
                outcome = writeAndLoad(resolver, staging, extracted, millis(extractNanos), millis(resolveNanos), null);
            }
            outcome = outcome.plusResolveMillis(compactIndex(staging));
            finish(staging, store, extractions == null ? file : null);
            return outcome;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Builds a store again from an extraction file, without NLP (after a change of resolution rules):
     * the new store replaces the one in {@code store}, if any, once complete.
     */
    public Outcome rebuild(Path extractions, Path store) {
        return rebuild(extractions, store, null);
    }

    /** As {@link #rebuild(Path, Path)}, keeping the N-Quads the store was loaded from in {@code keepNQuads}. */
    public Outcome rebuild(Path extractions, Path store, Path keepNQuads) {
        Path staging = store.resolveSibling(store.getFileName() + ".rebuild");
        try {
            deleteTree(staging);
            Files.createDirectories(staging);
            Path kept = staging.resolve(defaultExtractions(store).getFileName());
            Files.copy(extractions, kept);
            Outcome outcome;
            try (ResolutionIndex index = ResolutionIndex.open(staging.resolve(KnowledgeStore.INDEX_FILE))) {
                IncrementalResolver resolver = new IncrementalResolver(index);
                long resolveNanos = readExtractions(kept, resolver, false);
                outcome = writeAndLoad(resolver, staging, 0, 0, millis(resolveNanos), keepNQuads);
            }
            outcome = outcome.plusResolveMillis(compactIndex(staging));
            Path old = store.resolveSibling(store.getFileName() + ".old");
            if (Files.exists(store)) {
                Files.move(store, old, StandardCopyOption.ATOMIC_MOVE);
            }
            finish(staging, store, kept);
            deleteTree(old);
            return outcome;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void refuseExisting(Path store) {
        try (Stream<Path> entries = Files.isDirectory(store) ? Files.list(store) : Stream.empty()) {
            if (Files.exists(store) && (!Files.isDirectory(store) || entries.findAny().isPresent())) {
                throw new IllegalArgumentException(store + " already holds a store: build makes a new one; to add papers to it, use ingest");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Applies the records of an extraction file to the resolver in batches, and returns the time
     * spent resolving. A line cut short by a crash is dropped (the file is truncated before it) when
     * {@code repair} is set; any other bad line is an error.
     */
    private static long readExtractions(Path file, IncrementalResolver resolver, boolean repair) throws IOException {
        if (!Files.exists(file)) {
            return 0;
        }
        long nanos = 0;
        long goodBytes = 0;
        long lineNumber = 0;
        List<PaperInput> batch = new ArrayList<>();
        Map<String, Integer> inBatch = new HashMap<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                lineNumber++;
                ExtractionFile.Entry entry;
                try {
                    entry = ExtractionFile.parse(line);
                } catch (IllegalArgumentException e) {
                    if (repair && in.readLine() == null) {
                        break; // the last line, cut by a crash: extracted again below
                    }
                    throw new IllegalArgumentException(file + ":" + lineNumber + ": " + e.getMessage(), e);
                }
                goodBytes += line.getBytes(StandardCharsets.UTF_8).length + 1;
                PaperInput input = new PaperInput(entry.paper(), entry.extraction());
                Integer at = inBatch.putIfAbsent(input.paper().id(), batch.size());
                if (at != null) {
                    batch.set(at, input); // a later line for the same paper replaces the earlier one
                } else {
                    batch.add(input);
                }
                if (batch.size() == IngestOptions.DEFAULT_BATCH_SIZE) {
                    long t = System.nanoTime();
                    resolver.apply(batch);
                    resolver.index().commit();
                    nanos += System.nanoTime() - t;
                    batch.clear();
                    inBatch.clear();
                }
            }
        }
        long t = System.nanoTime();
        resolver.apply(batch);
        resolver.index().commit();
        nanos += System.nanoTime() - t;
        if (repair && goodBytes < Files.size(file)) {
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
                channel.truncate(goodBytes);
            }
        }
        return nanos;
    }

    /**
     * Rewrites the staging index with its live data only: a build commits once per batch, and the
     * pages each commit replaces would otherwise stay in the file. Returns the time it took.
     */
    private static long compactIndex(Path staging) {
        long t0 = System.nanoTime();
        ResolutionIndex.compact(staging.resolve(KnowledgeStore.INDEX_FILE));
        return millis(System.nanoTime() - t0);
    }

    /** Writes the graph as N-Quads and loads it into a TDB2 store in the staging folder. */
    private Outcome writeAndLoad(IncrementalResolver resolver, Path staging, long extracted, long extractMillis, long resolveMillis,
            Path keepNQuads) throws IOException {
        long t0 = System.nanoTime();
        Path nquads = staging.resolve("graph.nq");
        StoreWriter writer = new StoreWriter(resolver, pipeline.builder());
        long papers = resolver.index().paperCount();
        long quads;
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(nquads), 1 << 20)) {
            StreamRDF stream = StreamRDFWriter.getWriterStream(out, RDFFormat.NQUADS);
            long[] count = {0};
            StreamRDF counting = new StreamRDFWrapper(stream) {
                @Override
                public void quad(Quad quad) {
                    count[0]++;
                    super.quad(quad);
                }
            };
            counting.start();
            writer.writeAll(counting);
            Graph log = pipeline.logEntry(Instant.now().toString(), papers);
            log.find().forEachRemaining(t -> counting.quad(Quad.create(iris.logGraph(), t)));
            quads = count[0];
            stream.quad(Quad.create(iris.logGraph(), iris.logGraph(), KnowledgeStore.TRIPLES,
                    NodeFactory.createLiteralDT(Long.toString(quads), XSDDatatype.XSDinteger)));
            counting.finish();
        }
        long t1 = System.nanoTime();
        Path tdb = staging.resolve("store");
        deleteTree(tdb);
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(tdb.toString());
        try {
            DataLoader loader = LoaderFactory.parallelLoader(dsg, (format, args) -> {});
            loader.startBulk();
            loader.load(nquads.toString());
            loader.finishBulk();
        } finally {
            TDBInternal.expel(dsg);
        }
        long t2 = System.nanoTime();
        if (keepNQuads == null) {
            Files.delete(nquads);
        } else {
            Files.move(nquads, keepNQuads, StandardCopyOption.REPLACE_EXISTING);
        }
        return new Outcome(papers, extracted, resolver.index().conceptCount(), quads, extractMillis, resolveMillis,
                millis(t1 - t0), millis(t2 - t1));
    }

    /** Moves the loaded store, the index and the extraction file into place, then drops the staging folder. */
    private static void finish(Path staging, Path store, Path extractionsToKeep) throws IOException {
        Path tdb = staging.resolve("store");
        Files.move(staging.resolve(KnowledgeStore.INDEX_FILE), tdb.resolve(KnowledgeStore.INDEX_FILE));
        if (extractionsToKeep != null) {
            Files.move(extractionsToKeep, tdb.resolve(defaultExtractions(store).getFileName()));
        }
        if (Files.isDirectory(store)) {
            Files.delete(store); // an empty folder the user made for it
        }
        Files.move(tdb, store, StandardCopyOption.ATOMIC_MOVE);
        deleteTree(staging);
    }

    /** Deletes a folder and everything in it; nothing when it does not exist. */
    public static void deleteTree(Path folder) throws IOException {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private static long millis(long nanos) {
        return nanos / 1_000_000;
    }
}
