package dev.papergraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
@ExtendWith(FixtureServer.class)
class ApiTest {
    private static Endpoint endpoint() {
        return FixtureServer.endpoint();
    }

    private static JsonObject get(String pathAndQuery, int expectedStatus) {
        HttpResponse<String> response = Http.get(endpoint().url() + pathAndQuery, "application/json");
        assertEquals(expectedStatus, response.statusCode(), response.body());
        assertTrue(Http.contentType(response).startsWith("application/json"), Http.contentType(response));
        return JSON.parse(response.body());
    }

    private static List<String> strings(JsonValue array, String key) {
        return array.getAsArray().stream().map(v -> v.getAsObject().get(key).getAsString().value()).toList();
    }

    @Test
    void search_matches_label_prefixes_first_then_inner_matches_and_aliases() {
        JsonObject answer = get("/api/search?q=ima", 200);
        assertEquals(List.of("ImageNet", "image classification"), strings(answer.get("results"), "label"));
        JsonObject first = answer.get("results").getAsArray().get(0).getAsObject();
        assertEquals("Dataset", first.get("type").getAsString().value());
        assertEquals(3, first.get("support").getAsNumber().value().intValue());
        assertEquals("/id/concept/imagenet", first.get("page").getAsString().value());

        JsonArray byAlias = get("/api/search?q=vision%20trans", 200).get("results").getAsArray();
        assertEquals(List.of("ViT"), strings(byAlias, "label"));
        assertEquals("Vision Transformer", byAlias.get(0).getAsObject().get("matched").getAsString().value());

        assertEquals(List.of("Transformer"), strings(get("/api/search?q=transformer&limit=1", 200).get("results"), "label"));
    }

    @Test
    void a_concept_is_found_by_label_or_alias_in_any_case() {
        JsonObject byLabel = get("/api/concept?label=imagenet", 200);
        assertEquals(Fixture.IMAGENET, byLabel.get("iri").getAsString().value());
        assertEquals("Dataset", byLabel.get("type").getAsString().value());
        assertEquals(List.of("ImageNet-1k"), byLabel.get("altLabels").getAsArray().stream().map(v -> v.getAsString().value()).toList());
        assertEquals("2021-03-01", byLabel.get("firstSeen").getAsString().value());
        JsonObject byAlias = get("/api/concept?label=MS%20COCO", 200);
        assertEquals("COCO", byAlias.get("label").getAsString().value());
    }

    @Test
    void a_concept_s_papers_carry_role_and_date() {
        JsonArray papers = get("/api/concept/papers?label=ViT", 200).get("papers").getAsArray();
        assertEquals(List.of("introduces", "uses"), papers.stream().map(p -> p.getAsObject().get("role").getAsString().value()).toList());
        assertEquals("2022-06-10", papers.get(0).getAsObject().get("issued").getAsString().value());
    }

    @Test
    void a_paper_s_concepts_by_id_with_roles() {
        JsonObject paper = get("/api/paper?id=2010.11929", 200);
        assertEquals("An Image is Worth 16x16 Words: Transformers for Image Recognition", paper.get("title").getAsString().value());
        JsonArray concepts = get("/api/paper/concepts?id=2010.11929", 200).get("concepts").getAsArray();
        assertEquals(List.of("ViT", "ImageNet", "Transformer", "top-1 accuracy", "ResNet-50"), strings(concepts, "label"));
        assertEquals("introduces", concepts.get(0).getAsObject().get("role").getAsString().value());
        assertEquals(concepts, paper.get("concepts"));
    }

    @Test
    void the_neighbourhood_holds_the_concept_first_its_relations_and_co_occurrences() {
        JsonObject graph = get("/api/concept/neighbourhood?iri=" + Http.encode(Fixture.BASE + "concept/vit"), 200);
        JsonArray nodes = graph.get("nodes").getAsArray();
        assertEquals("ViT", nodes.get(0).getAsObject().get("label").getAsString().value());
        assertTrue(strings(nodes, "label").containsAll(List.of("Transformer", "ImageNet", "ResNet-50", "COCO")));
        List<String> relations = strings(graph.get("edges"), "relation");
        assertTrue(relations.containsAll(List.of("basedOn", "evaluatedOn", "outperforms", "coOccurrence")), relations.toString());
    }

    @Test
    void the_neighbourhood_limit_keeps_the_strongest_co_occurrences() {
        JsonObject graph = get("/api/concept/neighbourhood?label=ImageNet&limit=2", 200);
        List<String> relations = strings(graph.get("edges"), "relation");
        assertEquals(2, relations.stream().filter("coOccurrence"::equals).count(), relations.toString());
    }

    @Test
    void example_queries_are_listed_with_their_header() {
        JsonObject answer = get("/api/queries", 200);
        assertEquals(Fixture.BASE, answer.get("base").getAsString().value());
        JsonObject first = answer.get("queries").getAsArray().get(0).getAsObject();
        assertEquals("most-supported-concepts", first.get("name").getAsString().value());
        assertEquals("Most supported concepts", first.get("title").getAsString().value());
        assertEquals("Concepts named by the most papers, with their type. A stand-in for the project's queries/ set in the serve tests.",
                first.get("description").getAsString().value());
    }

    @Test
    void mistakes_get_a_json_error_and_a_status() {
        assertEquals("Missing parameter: q", get("/api/search", 400).get("error").getAsString().value());
        assertTrue(get("/api/concept?label=no-such-thing", 404).get("error").getAsString().value().contains("no-such-thing"));
        assertTrue(get("/api/paper?id=nope", 404).get("error").getAsString().value().contains("nope"));
        assertEquals(400, Http.get(endpoint().url() + "/api/search?q=a&limit=x", "application/json").statusCode());
        assertEquals(404, Http.get(endpoint().url() + "/api/nothing", "application/json").statusCode());
    }

    @Test
    void a_browser_on_another_origin_may_call_the_api() {
        HttpResponse<String> response = Http.send(HttpRequest.newBuilder(URI.create(endpoint().url() + "/api/search?q=coco"))
                .header("Origin", "https://example.org").GET().build());
        assertEquals(200, response.statusCode());
        assertEquals("https://example.org", response.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
    }

    @Test
    void the_index_lists_the_routes() {
        List<String> routes = strings(get("/api/", 200).get("routes"), "route");
        assertTrue(routes.contains("/api/queries"), routes.toString());
    }
}
