package dev.papergraph.bench;

import dev.papergraph.export.ExportFormat;
import dev.papergraph.export.ExportRequest;
import dev.papergraph.export.ExportSink;
import dev.papergraph.export.Exporter;
import dev.papergraph.export.ExportFilter;
import dev.papergraph.export.GraphView;
import dev.papergraph.graph.IriMinter;
import dev.papergraph.serve.Endpoint;
import dev.papergraph.store.KnowledgeStore;
import dev.papergraph.store.NamedQuery;
import dev.papergraph.store.QueryRunner;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Read latencies of a store: every named query with its {@code # example:} bindings, then search,
 * a concept page, a paper page and the JSON API through a running server, then (with
 * {@code --exports}) each export format of the whole store. Queries and requests are warm: one
 * unmeasured run, then {@code runs} measured ones (fewer, but at least three, when they take more
 * than 30 s in all), reported as p50 and p95 (nearest rank) with the number of runs.
 *
 * <pre>{@code java -cp target/papergraph.jar dev.papergraph.bench.ReadBenchmark STORE RUNS CONCEPT-KEY PAPER-ID [--exports | --only-exports]}</pre>
 */
public final class ReadBenchmark {
    /** Time allowed to the measured runs of one read. */
    private static final long BUDGET_NANOS = 30_000_000_000L;

    private final KnowledgeStore store;
    private final int runs;

    private ReadBenchmark(KnowledgeStore store, int runs) {
        this.store = store;
        this.runs = runs;
    }

    /** The latencies of one read, in milliseconds, sorted. */
    private record Latencies(String name, List<Double> millis) {
        double percentile(int p) {
            int rank = (int) Math.ceil(p / 100.0 * millis.size());
            return millis.get(Math.max(0, rank - 1));
        }

        String row() {
            return String.format(Locale.ROOT, "| %s | %.1f | %.1f | %d |", name, percentile(50), percentile(95), millis.size());
        }
    }

    private Latencies time(String name, Runnable read) {
        read.run();
        List<Double> millis = new ArrayList<>();
        long budgetEnd = System.nanoTime() + BUDGET_NANOS;
        // A slow read stops after its time budget, with at least three runs.
        for (int i = 0; i < runs && (i < 3 || System.nanoTime() < budgetEnd); i++) {
            long start = System.nanoTime();
            read.run();
            millis.add((System.nanoTime() - start) / 1e6);
        }
        millis.sort(Comparator.naturalOrder());
        return new Latencies(name, millis);
    }

    private List<Latencies> namedQueries() {
        List<Latencies> rows = new ArrayList<>();
        for (NamedQuery q : NamedQuery.values()) {
            rows.add(time("query " + q.fileName(), () -> QueryRunner.run(
                    store.dataset(), q.query(), q.example(), QueryRunner.Format.csv, OutputStream.nullOutputStream())));
        }
        return rows;
    }

    private List<Latencies> served(String conceptKey, String paperId) {
        Endpoint endpoint = Endpoint.create().dataset(store.dataset()).port(0).build().start();
        try {
            HttpClient http = HttpClient.newHttpClient();
            String concept = store.iris().concept(conceptKey).getURI();
            String paper = store.iris().paper(paperId).getURI();
            Map<String, String> paths = new java.util.LinkedHashMap<>();
            paths.put("search (api/search?q=" + conceptKey.substring(0, 4) + ")", "/api/search?q=" + conceptKey.substring(0, 4));
            paths.put("search (api/search?q=learning)", "/api/search?q=learning");
            paths.put("concept page", endpoint.url() + "/id/concept/" + conceptKey + "?format=html");
            paths.put("paper page", endpoint.url() + "/id/paper/" + paperId + "?format=html");
            paths.put("api/concept", "/api/concept?iri=" + encode(concept));
            paths.put("api/concept/papers", "/api/concept/papers?iri=" + encode(concept));
            paths.put("api/concept/neighbourhood", "/api/concept/neighbourhood?iri=" + encode(concept));
            paths.put("api/paper", "/api/paper?iri=" + encode(paper));
            paths.put("api/paper/concepts", "/api/paper/concepts?iri=" + encode(paper));
            List<Latencies> rows = new ArrayList<>();
            paths.forEach((name, path) -> {
                URI uri = URI.create(path.startsWith("http") ? path : endpoint.url() + path);
                rows.add(time(name, () -> get(http, uri)));
            });
            return rows;
        } finally {
            endpoint.stop();
        }
    }

    private static void get(HttpClient http, URI uri) {
        try {
            HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(uri + " answered " + response.statusCode());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /**
     * Each export of the whole store (the log graph left out, as the export command does), once, printed
     * as it ends. JSON-LD and RDF/XML are left out: they build the whole graph in memory by design.
     */
    private void exports(Path folder) throws IOException {
        List<ExportRequest> requests = new ArrayList<>();
        for (ExportFormat format : ExportFormat.values()) {
            if (format == ExportFormat.JSONLD || format == ExportFormat.RDFXML) {
                continue;
            }
            requests.add(new ExportRequest(format, GraphView.CONCEPTS, ExportFilter.NONE, false));
            if (!format.isRdf()) {
                requests.add(new ExportRequest(format, GraphView.BIPARTITE, ExportFilter.NONE, false));
            }
        }
        requests.add(new ExportRequest(ExportFormat.NQ, GraphView.CONCEPTS, ExportFilter.NONE, true));
        for (ExportRequest request : requests) {
            ExportRequest withoutLog = request.withoutGraph(store.iris().logGraph());
            Path out = folder.resolve("export." + request.format().cliName());
            long start = System.nanoTime();
            var result = Exporter.export(store.dataset().asDatasetGraph(), withoutLog, ExportSink.toFile(out, request.format()));
            double seconds = (System.nanoTime() - start) / 1e9;
            String name = request.format().cliName() + (request.canonical() ? " --canonical" : "")
                    + (request.format().isRdf() ? "" : " --view " + request.view().cliName());
            System.out.printf(Locale.ROOT, "| export %s | %.1f s | %s |%n", name, seconds, result.summary());
            Files.deleteIfExists(out);
        }
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 4) {
            System.err.println("usage: ReadBenchmark STORE RUNS CONCEPT-KEY PAPER-ID [--exports | --only-exports]");
            System.exit(2);
        }
        boolean exports = Arrays.asList(args).contains("--exports");
        boolean onlyExports = Arrays.asList(args).contains("--only-exports");
        try (KnowledgeStore store = KnowledgeStore.open(Path.of(args[0]), IriMinter.defaults())) {
            ReadBenchmark bench = new ReadBenchmark(store, Integer.parseInt(args[1]));
            if (!onlyExports) {
                System.out.println("| read | p50 ms | p95 ms | runs |");
                System.out.println("|---|---|---|---|");
                bench.namedQueries().forEach(row -> System.out.println(row.row()));
                bench.served(args[2], args[3]).forEach(row -> System.out.println(row.row()));
            }
            if (exports || onlyExports) {
                Path folder = Files.createTempDirectory("papergraph-exports");
                try {
                    System.out.println();
                    System.out.println("| export | time | size |");
                    System.out.println("|---|---|---|");
                    bench.exports(folder);
                } finally {
                    try (Stream<Path> walk = Files.walk(folder)) {
                        walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                    }
                }
            }
        }
        // Fuseki's and Jena's pools leave non-daemon threads behind.
        System.exit(0);
    }
}
