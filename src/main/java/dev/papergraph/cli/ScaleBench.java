package dev.papergraph.cli;

import dev.papergraph.BulkBuild;
import dev.papergraph.IngestOptions;
import dev.papergraph.IngestOutcome;
import dev.papergraph.Pipeline;
import dev.papergraph.extract.ExtractionFile;
import dev.papergraph.extract.MentionExtractor;
import dev.papergraph.extract.PaperExtraction;
import dev.papergraph.graph.GraphBuilder;
import dev.papergraph.graph.IriMinter;
import dev.papergraph.graph.PG;
import dev.papergraph.ingest.Paper;
import dev.papergraph.resolve.NormalizingConceptResolver;
import dev.papergraph.serve.Endpoint;
import dev.papergraph.store.KnowledgeStore;
import dev.papergraph.store.NamedQuery;
import dev.papergraph.store.QueryResource;
import dev.papergraph.store.QueryRunner;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * {@code papergraph bench --scale}: stores of growing size built from one extraction file (so NLP is
 * paid once, by whoever made the file), and for each size the cost of adding 1,000 more papers, peak
 * heap, size on disk, the bulk build's and Jena's own parallel loader's speed on the same N-Quads, and
 * the latency of every named query, search, pages, API calls and graph exports.
 */
final class ScaleBench {
    static final int BATCH = 1000;
    private static final IriMinter IRIS = IriMinter.defaults();

    private final PrintWriter out;
    private final Path extractions;
    private final Path work;
    private final int runs;

    ScaleBench(PrintWriter out, Path extractions, Path work, int runs) {
        this.out = out;
        this.extractions = extractions;
        this.work = work;
        this.runs = runs;
    }

    void run(List<Integer> sizes, boolean measureNlp) throws Exception {
        out.printf(Locale.ROOT, "papergraph bench --scale: %d cores, max heap %,d MB, extraction file %s, load average %.2f%n",
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20, extractions.getFileName(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        Map<String, ExtractionFile.Entry> records = new HashMap<>();
        List<Row> rows = new ArrayList<>();
        Row empty = null;
        for (int size : sizes) {
            Path prefix = work.resolve("extractions-" + size + ".jsonl");
            List<ExtractionFile.Entry> batch = split(size, prefix);
            records.clear();
            batch.forEach(e -> records.put(e.paper().id(), e));
            if (empty == null) {
                // once to warm the JVM up, so that the empty-store baseline is not its first run
                addBatch(0, work.resolve("store-warm-up"), batch, records);
                BulkBuild.deleteTree(work.resolve("store-warm-up"));
                empty = addBatch(0, work.resolve("store-0"), batch, records);
                rows.add(empty);
            }
            Path store = work.resolve("store-" + size);
            BulkBuild.Outcome built = new BulkBuild(pipeline(records)).rebuild(prefix, store, work.resolve("graph-" + size + ".nq"));
            double jenaTriplesPerSecond = jenaLoader(work.resolve("graph-" + size + ".nq"), work.resolve("jena-" + size));
            Row row = addBatch(size, store, batch, records);
            row.build = built;
            row.jenaTriplesPerSecond = jenaTriplesPerSecond;
            row.latencies = latencies(store);
            row.diskBytes = diskSize(store);
            rows.add(row);
        }
        long nlpMillis = measureNlp ? nlpMillis(List.copyOf(records.values())) : -1;
        print(rows, empty, nlpMillis);
        out.printf(Locale.ROOT, "load average at the end: %.2f (the machine's, over the last minute)%n",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    /**
     * Writes the first {@code size} records to {@code prefix}, and returns the file's last {@link #BATCH}:
     * every store size is measured adding the same papers.
     */
    private List<ExtractionFile.Entry> split(int size, Path prefix) throws IOException {
        long records;
        try (Stream<String> lines = Files.lines(extractions, StandardCharsets.UTF_8)) {
            records = lines.count();
        }
        if (records < (long) size + BATCH) {
            throw new UserError(extractions + " holds fewer than " + (size + BATCH) + " records: give a larger file, or smaller --sizes");
        }
        List<ExtractionFile.Entry> batch = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(extractions, StandardCharsets.UTF_8);
                BufferedWriter head = Files.newBufferedWriter(prefix, StandardCharsets.UTF_8)) {
            String line;
            long n = 0;
            while ((line = in.readLine()) != null) {
                if (n < size) {
                    head.write(line);
                    head.write('\n');
                } else if (n >= records - BATCH) {
                    batch.add(ExtractionFile.parse(line));
                }
                n++;
            }
        }
        return batch;
    }

    /** A pipeline whose extractor answers from the extraction file: the benchmark times everything but NLP. */
    private static Pipeline pipeline(Map<String, ExtractionFile.Entry> records) {
        MentionExtractor fromFile = new MentionExtractor() {
            @Override
            public PaperExtraction extract(Paper paper) {
                return records.get(paper.id()).extraction();
            }

            @Override
            public String version() {
                return "extraction-file";
            }
        };
        return new Pipeline(fromFile, new NormalizingConceptResolver(), new GraphBuilder(IRIS, "bench", fromFile.version()));
    }

    private static final class Row {
        final int size;
        final long addMillis;
        final long addResolveMillis;
        final long addWriteMillis;
        final long peakHeapBytes;
        final int papersRewritten;
        BulkBuild.Outcome build;
        double jenaTriplesPerSecond;
        Map<String, double[]> latencies = Map.of();
        long diskBytes;

        Row(int size, long addMillis, long addResolveMillis, long addWriteMillis, long peakHeapBytes, int papersRewritten) {
            this.size = size;
            this.addMillis = addMillis;
            this.addResolveMillis = addResolveMillis;
            this.addWriteMillis = addWriteMillis;
            this.peakHeapBytes = peakHeapBytes;
            this.papersRewritten = papersRewritten;
        }
    }

    /** Adds the batch to the store (a new one in memory when null) and measures time and peak heap. */
    private Row addBatch(int size, Path store, List<ExtractionFile.Entry> batch, Map<String, ExtractionFile.Entry> records) {
        System.gc();
        resetPeaks();
        long t0 = System.nanoTime();
        IngestOutcome outcome;
        try (KnowledgeStore target = KnowledgeStore.open(store, IRIS)) {
            outcome = pipeline(records).ingest(batch.stream().map(ExtractionFile.Entry::paper).toList(), target,
                    new IngestOptions(0, 1, 1, BATCH), n -> {});
        }
        long millis = (System.nanoTime() - t0) / 1_000_000;
        return new Row(size, millis, outcome.times().resolveMillis(), outcome.times().storeMillis(), peakHeap(), outcome.papersRewritten());
    }

    private static double jenaLoader(Path nquads, Path folder) throws IOException {
        BulkBuild.deleteTree(folder);
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(folder.toString());
        long t0 = System.nanoTime();
        long triples;
        try {
            DataLoader loader = LoaderFactory.parallelLoader(dsg, (format, args) -> {});
            loader.startBulk();
            loader.load(nquads.toString());
            loader.finishBulk();
            triples = loader.countQuads() + loader.countTriples();
        } finally {
            TDBInternal.expel(dsg);
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        BulkBuild.deleteTree(folder);
        Files.delete(nquads);
        return triples / seconds;
    }

    /** p50 and p95 in ms of every named query, search, pages, API calls and graph exports on one store. */
    private Map<String, double[]> latencies(Path folder) throws Exception {
        Map<String, double[]> latencies = new LinkedHashMap<>();
        try (KnowledgeStore store = KnowledgeStore.open(folder, IRIS)) {
            Map<String, RDFNode> examples = examples(store);
            OutputStream discard = OutputStream.nullOutputStream();
            for (NamedQuery q : NamedQuery.values()) {
                Map<String, RDFNode> bindings = new HashMap<>();
                examples.forEach((name, value) -> {
                    if (q.text().contains("?" + name)) {
                        bindings.put(name, value);
                    }
                });
                // the query's own example where it names a term of the vocabulary, which every store has
                q.example().forEach((name, value) -> {
                    if (value.isURIResource() && value.asResource().getURI().startsWith(PG.NS)) {
                        bindings.putIfAbsent(name, value);
                    }
                });
                latencies.put("query " + q.fileName(), time(() -> QueryRunner.run(store.dataset(), q.query(), bindings,
                        QueryRunner.Format.csv, discard)));
            }
            Endpoint endpoint = Endpoint.create().dataset(store.dataset()).port(0).build().start();
            try {
                HttpClient http = HttpClient.newHttpClient();
                String concept = examples.get("concept").asResource().getURI();
                String paper = examples.get("paper").asResource().getURI();
                Map<String, String> urls = new LinkedHashMap<>();
                urls.put("search", "/api/search?q=learning");
                urls.put("concept page", "/id/" + concept.substring(IRIS.base().length()));
                urls.put("paper page", "/id/" + paper.substring(IRIS.base().length()));
                urls.put("api concept", "/api/concept?iri=" + URLEncoder.encode(concept, StandardCharsets.UTF_8));
                urls.put("api concept papers", "/api/concept/papers?iri=" + URLEncoder.encode(concept, StandardCharsets.UTF_8));
                urls.put("api neighbourhood", "/api/concept/neighbourhood?iri=" + URLEncoder.encode(concept, StandardCharsets.UTF_8));
                urls.put("api paper", "/api/paper?iri=" + URLEncoder.encode(paper, StandardCharsets.UTF_8));
                for (Map.Entry<String, String> url : urls.entrySet()) {
                    HttpRequest request = HttpRequest.newBuilder(URI.create(endpoint.url() + url.getValue()))
                            .header("Accept", url.getKey().contains("page") ? "text/html" : "application/json").build();
                    latencies.put(url.getKey(), time(() -> http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode()));
                }
            } finally {
                endpoint.stop();
            }
        }
        for (String format : List.of("graphml", "gexf", "cyjs", "dot", "csv", "nq")) {
            Path file = work.resolve("export." + format);
            long t0 = System.nanoTime();
            int code = PapergraphCommand.run("export", "--store", folder.toString(), "--format", format, "--out", file.toString());
            double millis = (System.nanoTime() - t0) / 1e6;
            latencies.put("export " + format + (code == 0 ? "" : " (failed)"), new double[] {millis, millis});
            try (Stream<Path> files = Files.list(work)) {
                for (Path written : files.filter(p -> p.getFileName().toString().startsWith("export.")).toList()) {
                    Files.delete(written);
                }
            }
        }
        return latencies;
    }

    /** Example parameters: the most supported concept, one of its papers, the top dataset and task, a search text. */
    private static Map<String, RDFNode> examples(KnowledgeStore store) {
        Map<String, RDFNode> examples = new HashMap<>();
        examples.put("q", ResourceFactory.createStringLiteral("learning"));
        Txn.executeRead(store.dataset(), () -> {
            Query query = QueryResource.parse(ScaleBench.class, "scale-examples.rq");
            try (QueryExecution execution = QueryExecutionFactory.create(query, store.dataset())) {
                ResultSet results = execution.execSelect();
                while (results.hasNext()) {
                    QuerySolution row = results.next();
                    String type = row.getResource("type").getLocalName();
                    examples.putIfAbsent(type.equals("Method") ? "concept" : type.toLowerCase(Locale.ROOT), row.get("c"));
                    if (row.get("p") != null) {
                        examples.putIfAbsent("paper", row.get("p"));
                    }
                }
            }
        });
        return examples;
    }

    private double[] time(Callable<?> call) throws Exception {
        call.call(); // warm
        double[] millis = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            call.call();
            millis[i] = (System.nanoTime() - t0) / 1e6;
        }
        java.util.Arrays.sort(millis);
        return new double[] {millis[(runs - 1) / 2], millis[Math.min(runs - 1, (int) Math.ceil(runs * 0.95) - 1)]};
    }

    private static long nlpMillis(List<ExtractionFile.Entry> batch) {
        MentionExtractor extractor = Pipeline.standardExtractor();
        Pipeline pipeline = new Pipeline(extractor, new NormalizingConceptResolver(), new GraphBuilder(IRIS, "bench", extractor.version()));
        long t0 = System.nanoTime();
        pipeline.extract(batch.stream().map(ExtractionFile.Entry::paper).toList(), Runtime.getRuntime().availableProcessors(), n -> {});
        return (System.nanoTime() - t0) / 1_000_000;
    }

    private void print(List<Row> rows, Row empty, long nlpMillis) {
        out.println();
        out.println("| papers in store | add 1,000 (NLP excluded) | resolve / write | vs empty store | stored papers rewritten | peak heap | store on disk "
                + "| bulk build papers/s | loader triples/s | Jena parallel loader | loader ratio |");
        out.println("|---|---|---|---|---|---|---|---|---|---|---|");
        for (Row row : rows) {
            boolean built = row.build != null;
            double loader = built ? row.build.quads() / Math.max(1e-3, row.build.loadMillis() / 1e3) : 0;
            out.printf(Locale.ROOT, "| %,d | %.1f s | %.1f / %.1f s | %.2fx | %,d | %,d MB | %s | %s | %s | %s | %s |%n",
                    row.size, row.addMillis / 1e3, row.addResolveMillis / 1e3, row.addWriteMillis / 1e3,
                    row.addMillis / (double) empty.addMillis, row.papersRewritten, row.peakHeapBytes >> 20,
                    built ? String.format(Locale.ROOT, "%,d MB", row.diskBytes >> 20) : "-",
                    built ? String.format(Locale.ROOT, "%,.0f", row.size / Math.max(1e-3,
                            (row.build.resolveMillis() + row.build.writeMillis() + row.build.loadMillis()) / 1e3)) : "-",
                    built ? String.format(Locale.ROOT, "%,.0f", loader) : "-",
                    built ? String.format(Locale.ROOT, "%,.0f", row.jenaTriplesPerSecond) : "-",
                    built ? String.format(Locale.ROOT, "%.2fx", loader / row.jenaTriplesPerSecond) : "-");
        }
        if (nlpMillis >= 0) {
            out.printf(Locale.ROOT, "NLP for the 1,000 added papers: %.1f s on %d threads; with NLP, adding 1,000 to the largest store "
                    + "takes %.2fx adding them to an empty store%n", nlpMillis / 1e3, Runtime.getRuntime().availableProcessors(),
                    (nlpMillis + rows.get(rows.size() - 1).addMillis) / (double) (nlpMillis + empty.addMillis));
        }
        out.println();
        List<Row> built = rows.stream().filter(r -> r.build != null).toList();
        StringBuilder header = new StringBuilder("| p50 / p95 ms |");
        StringBuilder rule = new StringBuilder("|---|");
        built.forEach(r -> {
            header.append(String.format(Locale.ROOT, " %,d papers |", r.size));
            rule.append("---|");
        });
        out.println(header);
        out.println(rule);
        for (String name : built.get(0).latencies.keySet()) {
            StringBuilder line = new StringBuilder("| " + name + " |");
            for (Row row : built) {
                double[] l = row.latencies.get(name);
                line.append(l == null ? " - |" : name.startsWith("export")
                        ? String.format(Locale.ROOT, " %,.0f |", l[0])
                        : String.format(Locale.ROOT, " %.1f / %.1f |", l[0], l[1]));
            }
            out.println(line);
        }
        out.flush();
    }

    private static void resetPeaks() {
        ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    }

    private static long peakHeap() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed())
                .sum();
    }

    private static long diskSize(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }
}
