package dev.papergraph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.papergraph.extract.MentionExtractor;
import dev.papergraph.extract.PaperExtraction;
import dev.papergraph.graph.GraphBuilder;
import dev.papergraph.graph.GraphFixtures;
import dev.papergraph.graph.IriMinter;
import dev.papergraph.graph.PG;
import dev.papergraph.ingest.Paper;
import dev.papergraph.ingest.SourceRef;
import dev.papergraph.resolve.ConceptResolver.PaperInput;
import dev.papergraph.resolve.NormalizingConceptResolver;
import dev.papergraph.store.KnowledgeStore;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.jena.graph.Node;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/**
 * The pipeline's own logic (incremental ingest, re-resolution, thresholds) on the fixture's
 * extractions; the extractor itself is tested in {@code extract} and end to end in PapergraphIT.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class PipelineTest {
    private static final Map<String, PaperInput> FIXTURE =
            GraphFixtures.papers().stream().collect(Collectors.toMap(p -> p.paper().id(), Function.identity()));

    /** Answers with the fixture's extraction of each paper. */
    private static final MentionExtractor FIXTURE_EXTRACTOR = new MentionExtractor() {
        @Override
        public PaperExtraction extract(Paper paper) {
            return FIXTURE.get(paper.id()).extraction();
        }

        @Override
        public String version() {
            return "fixture";
        }
    };

    private final IriMinter iris = IriMinter.defaults();
    private final Pipeline pipeline =
            new Pipeline(FIXTURE_EXTRACTOR, new NormalizingConceptResolver(), new GraphBuilder(iris, "test", "fixture"));

    private static List<Paper> papers(String... ids) {
        return List.of(ids).stream().map(id -> FIXTURE.get(id).paper()).toList();
    }

    private static long support(KnowledgeStore store, Node concept) {
        return Txn.calculateRead(store.dataset(), () -> store.dataset().getUnionModel()
                .listObjectsOfProperty(store.dataset().getUnionModel().wrapAsResource(concept), PG.support)
                .nextOptional().map(o -> o.asLiteral().getLong()).orElse(0L));
    }

    @Test
    void a_second_ingest_of_the_same_papers_writes_nothing() {
        try (KnowledgeStore store = KnowledgeStore.inMemory(iris)) {
            IngestOutcome first = pipeline.ingest(papers(GraphFixtures.P1, GraphFixtures.P2), store, IngestOptions.defaults(), n -> {});
            assertEquals(2, first.papersAdded());
            long quads = store.quadCount();
            IngestOutcome again = pipeline.ingest(papers(GraphFixtures.P1, GraphFixtures.P2), store, IngestOptions.defaults(), n -> {});
            assertEquals(0, again.papersAdded());
            assertEquals(0, again.papersUpdated());
            assertEquals(0, again.papersExtracted());
            assertEquals(0, again.papersRewritten());
            assertEquals(quads, store.quadCount());
        }
    }

    @Test
    void a_later_paper_updates_the_support_of_concepts_already_stored() {
        try (KnowledgeStore store = KnowledgeStore.inMemory(iris)) {
            pipeline.ingest(papers(GraphFixtures.P1), store, IngestOptions.defaults(), n -> {});
            Node imagenet = iris.concept("imagenet");
            assertEquals(1, support(store, imagenet));
            IngestOutcome later = pipeline.ingest(papers(GraphFixtures.P3), store, IngestOptions.defaults(), n -> {});
            assertEquals(1, later.papersAdded());
            assertEquals(1, later.papersExtracted(), "the stored paper is not extracted again");
            assertEquals(2, support(store, imagenet));
        }
    }

    @Test
    void a_paper_read_again_from_another_file_gains_the_source_without_nlp() {
        try (KnowledgeStore store = KnowledgeStore.inMemory(iris)) {
            pipeline.ingest(papers(GraphFixtures.P2), store, IngestOptions.defaults(), n -> {});
            Paper p2 = FIXTURE.get(GraphFixtures.P2).paper();
            Paper elsewhere = new Paper(p2.id(), p2.title(), p2.abstractText(), p2.authors(), p2.authorCount(), p2.date(), p2.doi(),
                    p2.url(), p2.categories(), List.of(new SourceRef("more.jsonl", 7)));
            IngestOutcome outcome = pipeline.ingest(List.of(elsewhere), store, IngestOptions.defaults(), n -> {});
            assertEquals(0, outcome.papersExtracted());
            assertEquals(1, outcome.papersUpdated());
            assertEquals(2, store.readPapers().get(GraphFixtures.P2).paper().sources().size());
        }
    }

    @Test
    void min_support_leaves_out_concepts_named_by_fewer_papers_with_their_mentions() {
        try (KnowledgeStore store = KnowledgeStore.inMemory(iris)) {
            IngestOptions options = new IngestOptions(0, 2, 1);
            pipeline.ingest(papers(GraphFixtures.P1, GraphFixtures.P2, GraphFixtures.P3), store, options, n -> {});
            assertEquals(2, support(store, iris.concept("imagenet")));
            assertEquals(0, support(store, iris.concept("squad")));
            boolean squadMentioned = Txn.calculateRead(store.dataset(),
                    () -> store.dataset().asDatasetGraph().contains(Node.ANY, Node.ANY, PG.denotes.asNode(), iris.concept("squad")));
            assertFalse(squadMentioned);
        }
    }

    @Test
    void min_confidence_drops_the_mentions_below_it() {
        try (KnowledgeStore store = KnowledgeStore.inMemory(iris)) {
            pipeline.ingest(papers(GraphFixtures.P1), store, new IngestOptions(0.95, 1, 1), n -> {});
            assertTrue(store.readPapers().get(GraphFixtures.P1).extraction().mentions().isEmpty(), "fixture mentions are at 0.9");
        }
    }
}
