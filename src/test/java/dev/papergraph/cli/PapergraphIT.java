package dev.papergraph.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.papergraph.ingest.SampleCorpus;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * papergraph as a newcomer meets it: the README's first command run as a real process, and the
 * commands it documents run in-process on the bundled sample corpus.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class PapergraphIT {
    @TempDir
    static Path work;

    static Path sampleFolder;

    @BeforeAll
    static void copy_the_sample_corpus_to_files() throws IOException {
        sampleFolder = Files.createDirectories(work.resolve("seeds"));
        for (String name : SampleCorpus.FILES) {
            try (InputStream in = PapergraphIT.class.getResourceAsStream(SampleCorpus.RESOURCE_FOLDER + name)) {
                Files.copy(in, sampleFolder.resolve(name));
            }
        }
    }

    @Test
    void the_readme_first_command_serves_the_sample_graph_over_sparql() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Path store = work.resolve("served-store");
        Process server = new ProcessBuilder("java", "-jar", Path.of("target/papergraph.jar").toAbsolutePath().toString(),
                        "serve", "--sample", "--store", store.toString(), "--port", Integer.toString(port))
                .redirectErrorStream(true)
                .redirectOutput(work.resolve("serve.log").toFile())
                .start();
        try {
            HttpClient http = HttpClient.newHttpClient();
            waitForPing(http, port, server);
            String query = "PREFIX pg: <https://w3id.org/papergraph/ns#> SELECT (COUNT(DISTINCT ?p) AS ?papers) "
                    + "(COUNT(DISTINCT ?c) AS ?concepts) WHERE { ?p a pg:Paper OPTIONAL { ?p pg:mentions ?c } }";
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                                    + "/papergraph/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8)))
                            .header("Accept", "application/sparql-results+json")
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, response.statusCode(), response.body());
            JsonObject binding = JSON.parse(response.body()).get("results").getAsObject().get("bindings").getAsArray().get(0).getAsObject();
            assertEquals("395", binding.get("papers").getAsObject().get("value").getAsString().value());
            assertTrue(Integer.parseInt(binding.get("concepts").getAsObject().get("value").getAsString().value()) > 500);
        } finally {
            server.destroy();
            server.waitFor();
        }
    }

    @Test
    void extract_writes_one_line_of_mentions_per_input_paper_in_input_order() throws IOException {
        Path out = work.resolve("mentions.jsonl");
        assertEquals(0, PapergraphCommand.run("extract", "--quiet", sampleFolder.toString(), "--out", out.toString()));
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertEquals(395, lines.size());
        JsonObject first = JSON.parse(lines.get(0));
        assertEquals("6b6d2bcbbe", first.get("id").getAsString().value());
        String abstractText = Files.readAllLines(sampleFolder.resolve(SampleCorpus.FILES.get(0))).get(0).substring("Abstract:".length()).trim();
        int mentions = 0;
        for (String line : lines) {
            for (JsonValue value : JSON.parse(line).get("mentions").getAsArray()) {
                JsonObject m = value.getAsObject();
                assertTrue(m.get("concept").getAsString().value().startsWith("https://w3id.org/papergraph/id/concept/"));
                assertTrue(List.of("title", "abstract").contains(m.get("field").getAsString().value()));
                mentions++;
            }
        }
        assertTrue(mentions > 3000, "mentions: " + mentions);
        for (JsonValue value : first.get("mentions").getAsArray()) {
            JsonObject m = value.getAsObject();
            int start = m.get("start").getAsNumber().value().intValue();
            int end = m.get("end").getAsNumber().value().intValue();
            String span = new String(abstractText.codePoints().skip(start).limit(end - start).toArray(), 0, end - start);
            assertEquals(m.get("text").getAsString().value(), span);
        }
    }

    @Test
    void ingesting_twice_or_in_another_order_or_in_batches_gives_the_same_canonical_nquads() throws IOException {
        Path once = work.resolve("store-once");
        Path batches = work.resolve("store-batches");
        List<String> files = SampleCorpus.FILES.stream().map(f -> sampleFolder.resolve(f).toString()).collect(Collectors.toList());
        assertEquals(0, PapergraphCommand.run(concat(List.of("ingest", "--quiet", "--store", once.toString()), files)));
        byte[] first = canonical(once, "once-1.nq");
        assertEquals(0, PapergraphCommand.run(concat(List.of("ingest", "--quiet", "--store", once.toString()), files)));
        assertArrayEquals(first, canonical(once, "once-2.nq"), "ingesting the same input again changes nothing");

        List<String> reversed = new ArrayList<>(files);
        java.util.Collections.reverse(reversed);
        assertEquals(0, PapergraphCommand.run(concat(List.of("ingest", "--quiet", "--store", batches.toString()), reversed.subList(0, 2))));
        assertEquals(0, PapergraphCommand.run(concat(List.of("ingest", "--quiet", "--store", batches.toString()), reversed.subList(2, 5))));
        assertArrayEquals(first, canonical(batches, "batches.nq"), "another order, in two batches");
    }

    @Test
    void stats_and_a_shipped_query_run_on_the_ingested_store() throws IOException {
        Path store = work.resolve("store-stats");
        assertEquals(0, PapergraphCommand.run("ingest", "--quiet", "--store", store.toString(), sampleFolder.resolve(SampleCorpus.FILES.get(0)).toString()));
        assertEquals(0, PapergraphCommand.run("stats", "--store", store.toString()));
        assertEquals(0, PapergraphCommand.run("validate", "--store", store.toString()), "the built graph conforms to the shapes");
        Path csv = work.resolve("top.csv");
        var original = System.out;
        try (var capture = new java.io.PrintStream(Files.newOutputStream(csv), true, StandardCharsets.UTF_8)) {
            System.setOut(capture);
            assertEquals(0, PapergraphCommand.run("query", "--store", store.toString(), "--format", "csv", "top-concepts-by-type"));
        } finally {
            System.setOut(original);
        }
        List<String> rows = Files.readAllLines(csv);
        assertEquals("type,concept,label,support", rows.get(0));
        assertTrue(rows.size() > 20);
    }

    @Test
    void nothing_to_ingest_is_a_non_zero_exit_without_a_stack_trace() throws IOException {
        Path empty = Files.writeString(work.resolve("empty.txt"), "");
        assertEquals(1, PapergraphCommand.run("ingest", "--quiet", "--in-memory", empty.toString()));
        assertEquals(2, PapergraphCommand.run("stats", "--store", work.resolve("no-such-store").toString()));
    }

    private static byte[] canonical(Path store, String name) throws IOException {
        Path out = work.resolve(name);
        assertEquals(0, PapergraphCommand.run("export", "--store", store.toString(), "--format", "nq", "--canonical", "--out", out.toString()));
        return Files.readAllBytes(out);
    }

    private static String[] concat(List<String> head, List<String> tail) {
        List<String> all = new ArrayList<>(head);
        all.addAll(tail);
        return all.toArray(String[]::new);
    }

    private static void waitForPing(HttpClient http, int port, Process server) throws Exception {
        long deadline = System.nanoTime() + Duration.ofMinutes(4).toNanos();
        while (System.nanoTime() < deadline) {
            if (!server.isAlive()) {
                throw new AssertionError("server exited: " + Files.readString(work.resolve("serve.log")));
            }
            try {
                var ping = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/$/ping")).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (ping.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // the server is still ingesting the sample
            }
            Thread.sleep(500);
        }
        throw new AssertionError("server did not start: " + Files.readString(work.resolve("serve.log")));
    }
}
