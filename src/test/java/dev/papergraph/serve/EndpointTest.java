package dev.papergraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
@ExtendWith(FixtureServer.class)
class EndpointTest {

    @TempDir
    Path store;

    private Endpoint endpoint;

    @AfterEach
    void stop() {
        if (endpoint != null && endpoint != FixtureServer.endpoint()) {
            endpoint.stop();
        }
    }

    private Endpoint start(Endpoint.Builder builder) {
        endpoint = builder.port(0).build().start();
        return endpoint;
    }

    private Endpoint startReadOnly() {
        endpoint = FixtureServer.endpoint();
        return endpoint;
    }

    private String sparql() {
        return endpoint.url() + Endpoint.DATASET + "/sparql";
    }

    static Stream<Arguments> selectFormats() {
        return Stream.of(
                Arguments.of("application/sparql-results+json", ResultSetLang.RS_JSON),
                Arguments.of("application/sparql-results+xml", ResultSetLang.RS_XML),
                Arguments.of("text/csv", ResultSetLang.RS_CSV),
                Arguments.of("text/tab-separated-values", ResultSetLang.RS_TSV));
    }

    @ParameterizedTest
    @MethodSource("selectFormats")
    void select_answers_get_and_post_in_each_results_format(String mediaType, Lang lang) {
        startReadOnly();
        String query = TestQueries.read("concept-labels.rq");
        HttpResponse<String> viaGet = Http.get(sparql() + "?query=" + Http.encode(query), mediaType);
        HttpResponse<String> viaPost = Http.postForm(sparql(), mediaType, "query", query);
        for (HttpResponse<String> response : List.of(viaGet, viaPost)) {
            assertEquals(200, response.statusCode(), response.body());
            assertTrue(Http.contentType(response).startsWith(mediaType), Http.contentType(response));
            ResultSet rows = ResultSetMgr.read(
                    new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8)), lang);
            assertEquals(11, ResultSetFactory.makeRewindable(rows).size());
        }
        assertTrue(viaGet.body().contains("ImageNet"));
    }

    static Stream<Arguments> graphFormats() {
        return Stream.of(
                Arguments.of("text/turtle", Lang.TURTLE),
                Arguments.of("application/ld+json", Lang.JSONLD),
                Arguments.of("application/n-triples", Lang.NTRIPLES));
    }

    @ParameterizedTest
    @MethodSource("graphFormats")
    void construct_and_describe_answer_in_each_rdf_format(String mediaType, Lang lang) {
        startReadOnly();
        HttpResponse<String> construct = Http.postForm(sparql(), mediaType, "query", TestQueries.read("construct-concepts.rq"));
        HttpResponse<String> describe = Http.postForm(sparql(), mediaType, "query", TestQueries.read("describe-imagenet.rq"));
        assertEquals(200, construct.statusCode(), construct.body());
        assertTrue(Http.contentType(construct).startsWith(mediaType), Http.contentType(construct));
        assertEquals(11, parse(construct.body(), lang).size());
        assertEquals(200, describe.statusCode(), describe.body());
        Model described = parse(describe.body(), lang);
        assertTrue(described.contains(described.createResource(Fixture.IMAGENET), null));
    }

    @Test
    void the_default_graph_is_the_union_of_the_paper_graphs() {
        startReadOnly();
        HttpResponse<String> response = Http.postForm(sparql(), "text/csv", "query", TestQueries.read("count-papers.rq"));
        assertEquals("papers\r\n4\r\n", response.body());
    }

    @Test
    void an_in_memory_dataset_gets_the_union_default_graph_too() {
        start(Endpoint.create().dataset(Fixture.inMemory()));
        HttpResponse<String> response = Http.postForm(sparql(), "text/csv", "query", TestQueries.read("count-papers.rq"));
        assertEquals("papers\r\n4\r\n", response.body());
    }

    @Test
    void graph_store_reads_the_default_and_a_named_graph() {
        startReadOnly();
        String data = endpoint.url() + Endpoint.DATASET + "/data";
        HttpResponse<String> all = Http.get(data + "?default", "text/turtle");
        HttpResponse<String> concepts = Http.get(data + "?graph=" + Http.encode(Fixture.BASE + "graph/concepts"), "application/n-triples");
        assertEquals(200, all.statusCode(), all.body());
        assertEquals(200, concepts.statusCode(), concepts.body());
        Model union = parse(all.body(), Lang.TURTLE);
        Model conceptGraph = parse(concepts.body(), Lang.NTRIPLES);
        assertTrue(union.size() > conceptGraph.size());
        assertTrue(union.containsAll(conceptGraph));
    }

    @Test
    void a_federated_service_call_is_refused_with_400() {
        startReadOnly();
        for (String name : List.of("service.rq", "service-in-subquery.rq")) {
            HttpResponse<String> response = Http.postForm(sparql(), "application/sparql-results+json", "query", TestQueries.read(name));
            assertEquals(400, response.statusCode(), name);
            assertTrue(response.body().contains("SERVICE"), response.body());
        }
    }

    @Test
    void a_query_over_the_time_limit_answers_503_with_a_message_not_an_empty_result() {
        start(Endpoint.create().dataset(Fixture.tdb2(store)).timeLimit(Duration.ofMillis(500)));
        for (String name : List.of("slow-count.rq", "slow-select.rq")) {
            long started = System.nanoTime();
            HttpResponse<String> response = Http.postForm(sparql(), "application/sparql-results+json", "query", TestQueries.read(name));
            long millis = (System.nanoTime() - started) / 1_000_000;
            assertEquals(503, response.statusCode(), name + ": " + response.body());
            assertTrue(response.body().toLowerCase().contains("timed out") || response.body().toLowerCase().contains("cancel"),
                    response.body());
            assertFalse(response.body().contains("\"bindings\""), response.body());
            assertTrue(millis < 10_000, name + " took " + millis + " ms");
        }
    }

    @Test
    void the_result_limit_caps_rows() {
        start(Endpoint.create().dataset(Fixture.tdb2(store)).resultLimit(5));
        HttpResponse<String> response = Http.postForm(sparql(), "text/csv", "query", TestQueries.read("all-triples.rq"));
        assertEquals(200, response.statusCode());
        assertEquals(1 + 5, response.body().lines().count());
    }

    @Test
    void cors_preflight_allows_a_browser_client() {
        startReadOnly();
        HttpResponse<String> response = Http.send(HttpRequest.newBuilder(URI.create(sparql()))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", "https://example.org")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "Content-Type, Accept")
                .build());
        assertTrue(response.statusCode() < 300, "status " + response.statusCode());
        assertEquals("https://example.org", response.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
        assertTrue(response.headers().firstValue("Access-Control-Allow-Methods").orElse("").contains("POST"));
    }

    @Nested
    class Writes {
        private String update() {
            return endpoint.url() + Endpoint.DATASET + "/update";
        }

        private HttpResponse<String> putGraph(String... headers) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(endpoint.url() + Endpoint.DATASET + "/data?graph="
                            + Http.encode(Fixture.BASE + "graph/paper/put")))
                    .header("Content-Type", "text/turtle")
                    .PUT(HttpRequest.BodyPublishers.ofString(TestQueries.read("new-paper.ttl")));
            if (headers.length > 0) {
                request.headers(headers);
            }
            return Http.send(request.build());
        }

        private String papers() {
            return Http.postForm(sparql(), "text/csv", "query", TestQueries.read("count-papers.rq")).body();
        }

        @Test
        void a_read_only_server_refuses_update_and_graph_store_writes_with_403() {
            startReadOnly();
            assertEquals(403, Http.postForm(update(), "*/*", "update", TestQueries.read("insert-paper.rq")).statusCode());
            assertEquals(403, putGraph().statusCode());
            assertEquals("papers\r\n4\r\n", papers());
        }

        @Test
        void with_basic_credentials_a_write_needs_them_401_without_403_wrong() {
            Credential credential = Credential.basic("editor", "s3cret");
            start(Endpoint.create().dataset(Fixture.tdb2(store)).credential(credential));
            HttpResponse<String> without = Http.postForm(update(), "*/*", "update", TestQueries.read("insert-paper.rq"));
            assertEquals(401, without.statusCode());
            assertTrue(without.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));
            String wrong = Credential.basic("editor", "guess").authorization();
            assertEquals(403, Http.postForm(update(), "*/*", "update", TestQueries.read("insert-paper.rq"), "Authorization", wrong).statusCode());
            assertEquals(403, putGraph("Authorization", wrong).statusCode());
            assertEquals("papers\r\n4\r\n", papers());

            HttpResponse<String> allowed = Http.postForm(update(), "*/*", "update", TestQueries.read("insert-paper.rq"),
                    "Authorization", credential.authorization());
            assertEquals(200, allowed.statusCode(), allowed.body());
            assertTrue(putGraph("Authorization", credential.authorization()).statusCode() < 300);
            assertEquals("papers\r\n6\r\n", papers());
        }

        @Test
        void with_a_bearer_token_a_write_needs_it() {
            Credential credential = Credential.bearer("token-123");
            start(Endpoint.create().dataset(Fixture.tdb2(store)).credential(credential));
            HttpResponse<String> without = putGraph();
            assertEquals(401, without.statusCode());
            assertTrue(without.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"));
            assertEquals(403, putGraph("Authorization", "Bearer nope").statusCode());
            assertTrue(putGraph("Authorization", "Bearer token-123").statusCode() < 300);
            assertEquals("papers\r\n5\r\n", papers());
        }

        @Test
        void a_query_by_post_needs_no_credential() {
            start(Endpoint.create().dataset(Fixture.tdb2(store)).credential(Credential.bearer("t")));
            assertEquals("papers\r\n4\r\n", papers());
        }
    }

    private static Model parse(String body, Lang lang) {
        Model model = ModelFactory.createDefaultModel();
        RDFParser.fromString(body, lang).parse(model);
        return model;
    }
}
