package dev.papergraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.stream.Stream;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
@ExtendWith(FixtureServer.class)
class LinkedDataTest {
    private static Endpoint endpoint() {
        return FixtureServer.endpoint();
    }

    private static String page(String rest) {
        return endpoint().url() + "/id/" + rest;
    }

    static Stream<Arguments> rdfFormats() {
        return Stream.of(
                Arguments.of("text/turtle", Lang.TURTLE),
                Arguments.of("application/ld+json", Lang.JSONLD),
                Arguments.of("application/n-triples", Lang.NTRIPLES));
    }

    @ParameterizedTest
    @MethodSource("rdfFormats")
    void a_concept_iri_dereferences_to_rdf_by_content_negotiation(String mediaType, Lang lang) {
        HttpResponse<String> response = Http.get(page("concept/imagenet"), mediaType);
        assertEquals(200, response.statusCode());
        assertTrue(Http.contentType(response).startsWith(mediaType), Http.contentType(response));
        assertTrue(response.headers().firstValue("Vary").orElse("").contains("Accept"));
        Model model = ModelFactory.createDefaultModel();
        RDFParser.fromString(response.body(), lang).parse(model);
        Resource imagenet = model.createResource(Fixture.IMAGENET);
        assertEquals("ImageNet", imagenet.getProperty(SKOS.prefLabel).getString());
        assertEquals("ImageNet-1k", imagenet.getProperty(SKOS.altLabel).getString());
    }

    @Test
    void a_browser_gets_the_concept_page_in_html() {
        HttpResponse<String> response = Http.get(page("concept/imagenet"),
                "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        assertEquals(200, response.statusCode());
        assertTrue(Http.contentType(response).startsWith("text/html"));
        String html = response.body();
        assertTrue(html.contains("<h1>ImageNet <span class=\"badge t-Dataset\">Dataset</span></h1>"), html);
        assertTrue(html.contains("ImageNet-1k"), "aliases");
        assertTrue(html.contains("http://www.wikidata.org/entity/Q24901201"), "linked identifiers");
        assertTrue(html.contains("3 papers"), "support");
        assertTrue(html.contains("An Image is Worth 16x16 Words"), "papers that use it");
        assertTrue(html.contains("href=\"/id/paper/2010.11929\""), "links to papers on this server");
        assertTrue(html.contains("<svg class=\"chart\""), "papers-per-year chart");
        assertTrue(html.contains("<title>2021: 1</title>") && html.contains("<title>2023: 1</title>"), html);
        assertTrue(html.contains("data-concept=\"" + Fixture.IMAGENET + "\""), "neighbourhood graph");
        assertTrue(html.contains("<td>evaluates</td>") && html.contains("href=\"/id/concept/vit\""), "related concepts");
    }

    @Test
    void a_concept_page_shows_introducing_papers_and_relations() {
        String html = Http.get(page("concept/vit"), "text/html").body();
        assertTrue(html.contains("role-introduces"), html);
        assertTrue(html.contains("<td>is based on</td>") && html.contains("href=\"/id/concept/transformer\""), html);
    }

    @Test
    void a_paper_page_highlights_mentions_by_type_and_lists_concepts_with_roles() {
        HttpResponse<String> response = Http.get(page("paper/2010.11929"), "text/html");
        assertEquals(200, response.statusCode());
        String html = response.body();
        assertTrue(html.contains("<h1>An Image is Worth 16x16 Words: Transformers for Image Recognition</h1>"), html);
        assertTrue(html.contains("<mark class=\"m m-Model\" title=\"Model\"><a href=\"/id/concept/vit\">Vision Transformer</a></mark>"), html);
        assertTrue(html.contains("<mark class=\"m m-Dataset\" title=\"Dataset\"><a href=\"/id/concept/imagenet\">ImageNet</a></mark>"), html);
        assertTrue(html.contains("class=\"legend\""), "colour legend");
        assertTrue(html.contains("<span class=\"role role-introduces\">introduces</span></td><td><span class=\"badge t-Model\">Model</span></td><td><a href=\"/id/concept/vit\">ViT</a>"), html);
        assertTrue(html.contains("We introduce the "), "text between mentions is kept");
    }

    @Test
    void a_paper_iri_dereferences_to_turtle_with_its_mentions() {
        HttpResponse<String> response = Http.get(page("paper/2010.11929"), "text/turtle");
        Model model = ModelFactory.createDefaultModel();
        RDFParser.fromString(response.body(), Lang.TURTLE).parse(model);
        assertTrue(model.contains(model.createResource(Fixture.VIT_PAPER), null));
        assertTrue(response.body().contains("Vision Transformer"));
        assertTrue(response.body().contains("pg:beginIndex"), response.body());
    }

    @Test
    void the_format_parameter_overrides_the_accept_header() {
        HttpResponse<String> response = Http.get(page("concept/imagenet") + "?format=nt", "text/html");
        assertTrue(Http.contentType(response).startsWith("application/n-triples"));
    }

    @Test
    void an_unknown_iri_is_404_and_an_unknown_media_type_406() {
        assertEquals(404, Http.get(page("concept/nothing-here"), "text/html").statusCode());
        assertEquals(404, Http.get(page("concept/nothing-here"), "text/turtle").statusCode());
        assertEquals(406, Http.get(page("concept/imagenet"), "image/png").statusCode());
    }

    @Test
    void other_resources_get_a_plain_triple_table() {
        String html = Http.get(page("paper/2010.11929/evidence/1"), "text/html").body();
        assertTrue(html.contains("<table class=\"rows\">"), html);
        assertFalse(html.contains("Not found"));
    }

    @Test
    void a_percent_encoded_slash_in_a_paper_id_reaches_its_page() {
        Dataset ds = DatasetFactory.createTxnMem();
        RDFParser.source("dev/papergraph/serve/encoded-id.trig").parse(ds);
        Endpoint other = Endpoint.create().dataset(ds).port(0).build().start();
        try {
            HttpResponse<String> response = Http.get(other.url() + "/id/paper/hep-th%2F9901001", "text/html");
            assertEquals(200, response.statusCode(), response.body());
            assertTrue(response.body().contains("Old-style arXiv id"));
            assertEquals(200, Http.get(other.url() + "/api/paper?id=" + Http.encode("hep-th/9901001"), "*/*").statusCode());
        } finally {
            other.stop();
        }
    }

    @Test
    void a_configured_base_iri_maps_onto_id() {
        Endpoint other = Endpoint.create().dataset(Fixture.inMemory()).port(0).baseIri(Fixture.BASE + "concept/").build().start();
        try {
            assertEquals(200, Http.get(other.url() + "/id/imagenet", "text/turtle").statusCode());
            assertEquals(404, Http.get(other.url() + "/id/concept/imagenet", "text/turtle").statusCode());
        } finally {
            other.stop();
        }
    }
}
