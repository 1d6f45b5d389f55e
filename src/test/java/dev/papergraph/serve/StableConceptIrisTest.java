package dev.papergraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.papergraph.IngestOptions;
import dev.papergraph.IngestOutcome;
import dev.papergraph.Pipeline;
import dev.papergraph.extract.AcronymPair;
import dev.papergraph.extract.Field;
import dev.papergraph.extract.Mention;
import dev.papergraph.extract.MentionExtractor;
import dev.papergraph.extract.MentionType;
import dev.papergraph.extract.PaperExtraction;
import dev.papergraph.graph.GraphBuilder;
import dev.papergraph.graph.IriMinter;
import dev.papergraph.graph.PG;
import dev.papergraph.ingest.Paper;
import dev.papergraph.ingest.SourceRef;
import dev.papergraph.resolve.NormalizingConceptResolver;
import dev.papergraph.store.KnowledgeStore;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A concept's IRI keeps resolving when a later paper changes its key: here a paper spells out an
 * acronym that earlier papers only used, and the long form becomes the key.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class StableConceptIrisTest {
    private static final String USES = "We evaluate our parser on MTRB and report accuracy.";
    private static final String DEFINES = "We introduce the Multi-Task Retrieval Benchmark (MTRB) for search.";

    /** Finds "MTRB" and its long form where the text has them, and the definition when both are there. */
    private static final MentionExtractor EXTRACTOR = new MentionExtractor() {
        @Override
        public PaperExtraction extract(Paper paper) {
            String text = paper.abstractText();
            List<Mention> mentions = new ArrayList<>();
            List<AcronymPair> acronyms = new ArrayList<>();
            int longForm = text.indexOf("Multi-Task Retrieval Benchmark");
            if (longForm >= 0) {
                mentions.add(new Mention(Field.abstract_, MentionType.Dataset, "Multi-Task Retrieval Benchmark", longForm,
                        longForm + 30, text, "fixture", 0.9));
                acronyms.add(new AcronymPair("MTRB", "Multi-Task Retrieval Benchmark", MentionType.Dataset));
            }
            int shortForm = text.indexOf("MTRB");
            mentions.add(new Mention(Field.abstract_, MentionType.Dataset, "MTRB", shortForm, shortForm + 4, text, "fixture", 0.9));
            return new PaperExtraction(paper.id(), mentions, acronyms, Set.of(), List.of());
        }

        @Override
        public String version() {
            return "fixture";
        }
    };

    private final IriMinter iris = IriMinter.defaults();
    private final Pipeline pipeline =
            new Pipeline(EXTRACTOR, new NormalizingConceptResolver(), new GraphBuilder(iris, "test", "fixture"));

    @Test
    void an_acronym_spelled_out_later_keeps_its_first_iri_as_an_alias(@TempDir Path dir) {
        Node shortIri = iris.concept("mtrb");
        Node longIri = iris.concept("multitaskretrievalbenchmark");
        try (KnowledgeStore store = KnowledgeStore.open(dir, iris)) {
            pipeline.ingest(List.of(Paper.ofAbstract(USES, new SourceRef("uses.txt", 1))), store, IngestOptions.defaults(), n -> {});
            assertTrue(contains(store, shortIri, RDF.type.asNode(), PG.Concept.asNode()));

            IngestOutcome defines = pipeline.ingest(List.of(Paper.ofAbstract(DEFINES, new SourceRef("defines.txt", 1))), store,
                    IngestOptions.defaults(), n -> {});
            assertEquals(1, defines.papersRewritten(), "the paper using the acronym now names the concept by its new key");
            assertTrue(contains(store, longIri, RDF.type.asNode(), PG.Concept.asNode()));
            assertFalse(contains(store, shortIri, RDF.type.asNode(), PG.Concept.asNode()));
            assertTrue(contains(store, shortIri, OWL.sameAs.asNode(), longIri));
            assertFalse(contains(store, Node.ANY, PG.denotes.asNode(), shortIri), "every mention points at the canonical IRI");
            assertEquals(longIri, store.canonical(shortIri), "what query parameters go through");
            assertEquals(longIri, store.canonical(longIri));

            Endpoint endpoint = Endpoint.create().dataset(store.dataset()).port(0).build().start();
            try {
                HttpResponse<String> page = Http.get(endpoint.url() + "/id/concept/mtrb", "text/html");
                assertEquals(301, page.statusCode());
                assertEquals("/id/concept/multitaskretrievalbenchmark", page.headers().firstValue("Location").orElseThrow());
                HttpResponse<String> api = Http.get(endpoint.url() + "/api/concept?iri=" + shortIri.getURI(), "application/json");
                assertEquals(200, api.statusCode());
                assertTrue(api.body().replace(" ", "").contains("\"iri\":\"" + longIri.getURI() + "\""), api.body());
            } finally {
                endpoint.stop();
            }
        }
    }

    private static boolean contains(KnowledgeStore store, Node s, Node p, Node o) {
        return Txn.calculateRead(store.dataset(), () -> store.dataset().asDatasetGraph().contains(Node.ANY, s, p, o));
    }
}
