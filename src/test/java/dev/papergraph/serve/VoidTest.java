package dev.papergraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.papergraph.export.NodeKind;
import dev.papergraph.graph.PG;
import java.net.http.HttpResponse;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** VoID, and the explorer's static files, which need the same running server. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
@ExtendWith(FixtureServer.class)
class VoidTest {
    private static Endpoint endpoint() {
        return FixtureServer.endpoint();
    }

    @Test
    void void_describes_size_classes_vocabularies_endpoint_and_licence() {
        HttpResponse<String> response = Http.get(endpoint().url() + "/.well-known/void", "text/turtle");
        assertEquals(200, response.statusCode());
        Model model = ModelFactory.createDefaultModel();
        RDFParser.fromString(response.body(), Lang.TURTLE).parse(model);
        Resource dataset = model.listSubjectsWithProperty(RDF.type, model.createResource(VoidServlet.VOID + "Dataset")).next();
        Property triples = model.createProperty(VoidServlet.VOID, "triples");
        long expected = Fixture.inMemory().asDatasetGraph().getUnionGraph().size();
        assertEquals(expected, dataset.getProperty(triples).getLong());
        assertEquals(endpoint().url() + "/papergraph/sparql",
                dataset.getPropertyResourceValue(model.createProperty(VoidServlet.VOID, "sparqlEndpoint")).getURI());
        assertEquals("https://creativecommons.org/licenses/by/4.0/", dataset.getPropertyResourceValue(DCTerms.license).getURI());
        Property vocabulary = model.createProperty(VoidServlet.VOID, "vocabulary");
        for (String ns : new String[] {PG.NS, SKOS.getURI(), DCTerms.getURI()}) {
            assertTrue(dataset.hasProperty(vocabulary, model.createResource(ns)), ns);
        }
        Property classPartition = model.createProperty(VoidServlet.VOID, "classPartition");
        Property voidClass = model.createProperty(VoidServlet.VOID, "class");
        Property entities = model.createProperty(VoidServlet.VOID, "entities");
        long papers = dataset.listProperties(classPartition).toList().stream()
                .map(s -> s.getResource())
                .filter(p -> p.hasProperty(voidClass, PG.Paper))
                .mapToLong(p -> p.getProperty(entities).getLong())
                .sum();
        assertEquals(4, papers);
    }

    @Test
    void void_answers_in_json_ld_too() {
        HttpResponse<String> response = Http.get(endpoint().url() + "/.well-known/void", "application/ld+json");
        assertTrue(Http.contentType(response).startsWith("application/ld+json"));
        Model model = ModelFactory.createDefaultModel();
        RDFParser.fromString(response.body(), Lang.JSONLD).parse(model);
        assertTrue(model.size() > 20);
    }

    @Test
    void the_explorer_and_its_libraries_are_served_without_a_cdn() {
        HttpResponse<String> index = Http.get(endpoint().url() + "/", "text/html");
        assertEquals(200, index.statusCode());
        assertTrue(index.body().contains("papergraph explorer"));
        assertTrue(!index.body().contains("https://cdn") && !index.body().contains("unpkg") && !index.body().contains("jsdelivr"));
        HttpResponse<String> cytoscape = Http.get(endpoint().url() + "/webjars/cytoscape/dist/cytoscape.min.js", "*/*");
        assertEquals(200, cytoscape.statusCode());
        assertTrue(Http.contentType(cytoscape).startsWith("text/javascript"));
        assertEquals(200, Http.get(endpoint().url() + "/explorer/app.js", "*/*").statusCode());
        assertEquals(404, Http.get(endpoint().url() + "/explorer/../Endpoint.class", "*/*").statusCode());
        assertEquals(404, Http.get(endpoint().url() + "/webjars/no-such-lib/x.js", "*/*").statusCode());
    }

    @Test
    void the_explorer_colours_each_type_as_the_graph_exports_do() {
        HttpResponse<String> palette = Http.get(endpoint().url() + "/explorer/palette.css", "text/css");
        assertEquals(200, palette.statusCode());
        for (NodeKind kind : NodeKind.values()) {
            assertTrue(palette.body().contains("--" + kind.label() + ": " + kind.color() + ";"), kind + " in " + palette.body());
        }
        String style = Http.get(endpoint().url() + "/explorer/style.css", "text/css").body();
        for (NodeKind kind : NodeKind.values()) {
            assertTrue(!style.contains("--" + kind.label() + ":"), "style.css defines no type colour of its own: " + kind);
        }
        assertTrue(Http.get(endpoint().url() + "/", "text/html").body().contains("/explorer/palette.css"));
    }
}
