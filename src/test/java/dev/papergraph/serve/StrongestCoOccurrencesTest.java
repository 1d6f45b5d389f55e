package dev.papergraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.papergraph.IngestOptions;
import dev.papergraph.Pipeline;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/**
 * A concept with more partners than {@link NormalizingConceptResolver#STRONGEST_PARTNERS} states its
 * heaviest pairs apart, kept right as papers come in batches, and pages list its strongest
 * co-occurring concepts from those alone as they would from all its pairs.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class StrongestCoOccurrencesTest {
    /** Each comma-separated name after "use" is a Method mention. */
    private static final MentionExtractor EXTRACTOR = new MentionExtractor() {
        @Override
        public PaperExtraction extract(Paper paper) {
            String text = paper.abstractText();
            List<Mention> mentions = new ArrayList<>();
            int at = text.indexOf("use ") + 4;
            for (String name : text.substring(at, text.length() - 1).split(", ")) {
                mentions.add(new Mention(Field.abstract_, MentionType.Method, name, at, at + name.length(), text, "fixture", 0.9));
                at += name.length() + 2;
            }
            return new PaperExtraction(paper.id(), mentions, List.of(), Set.of(), List.of());
        }

        @Override
        public String version() {
            return "fixture";
        }
    };

    private static final IriMinter IRIS = IriMinter.defaults();
    private final Pipeline pipeline = new Pipeline(EXTRACTOR, new NormalizingConceptResolver(), new GraphBuilder(IRIS, "test", "fixture"));

    /** 60 papers naming the hub with four names of their own and one of seven shared ones: 247 partners. */
    private static List<Paper> papers() {
        List<Paper> papers = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            String text = String.format("We use Hubnet, Alpha%d, Beta%d, Gamma%d, Delta%d, Shared%d.", i, i, i, i, i % 7);
            papers.add(new Paper(String.format("p%02d", i), null, text, List.of(), null, null, null, null, List.of(),
                    List.of(new SourceRef("papers.jsonl", i + 1))));
        }
        return papers;
    }

    @Test
    void the_hub_states_its_heaviest_pairs_whatever_the_batches() {
        List<Paper> papers = papers();
        try (KnowledgeStore oneShot = KnowledgeStore.inMemory(IRIS); KnowledgeStore inBatches = KnowledgeStore.inMemory(IRIS)) {
            pipeline.ingest(papers, oneShot, IngestOptions.defaults(), n -> {});
            // the shared names arrive last, so the heaviest pairs overtake lighter ones already stated
            List<Paper> reordered = new ArrayList<>(papers.subList(7, 60));
            reordered.addAll(papers.subList(0, 7));
            for (int from = 0; from < 60; from += 13) {
                pipeline.ingest(reordered.subList(from, Math.min(60, from + 13)), inBatches, IngestOptions.defaults(), n -> {});
            }
            Node hub = IRIS.concept("hubnet");
            Set<String> expected = new TreeSet<>();
            for (int k = 0; k < 7; k++) {
                expected.add("shared" + k);
            }
            // then the pairs of weight 1, by the partner's key: alpha0, alpha1, alpha10, ...
            List<String> light = new ArrayList<>();
            for (String name : List.of("alpha", "beta", "delta", "gamma")) {
                for (int i = 0; i < 60; i++) {
                    light.add(name + i);
                }
            }
            light.stream().sorted().limit(NormalizingConceptResolver.STRONGEST_PARTNERS - 7).forEach(expected::add);
            assertEquals(expected, strongest(oneShot, hub));
            assertEquals(expected, strongest(inBatches, hub));
            assertEquals(Set.of(), strongest(inBatches, IRIS.concept("shared0")), "a concept with few partners states none apart");

            Site site = new Site(inBatches.dataset().asDatasetGraph(), IRIS.base());
            Map<String, Node> hubOnly = Map.of("concept", hub, "link", PG.coOccurrence.asNode());
            var allPairs = ServeQuery.CONCEPT_COOCCURRING.query();
            allPairs.setLimit(Pages.CO_OCCURRING_SHOWN);
            assertEquals(labels(site.select(allPairs, hubOnly)), labels(site.coOccurring(hub, Pages.CO_OCCURRING_SHOWN)));
            assertEquals("Shared0", labels(site.coOccurring(hub, 1)).get(0), "heaviest first (9 papers), ties by label");
        }
    }

    /** The keys of the concepts a concept states among its strongest co-occurrences. */
    private static Set<String> strongest(KnowledgeStore store, Node concept) {
        return Txn.calculateRead(store.dataset(), () -> {
            var dsg = store.dataset().asDatasetGraph();
            Set<String> partners = new TreeSet<>();
            dsg.find(IRIS.conceptsGraph(), concept, PG.strongestCoOccurrence.asNode(), Node.ANY).forEachRemaining(q ->
                    dsg.find(IRIS.conceptsGraph(), Node.ANY, PG.coOccurrence.asNode(), q.getObject()).forEachRemaining(end -> {
                        if (!end.getSubject().equals(concept)) {
                            partners.add(end.getSubject().getURI().substring(IRIS.concept("").getURI().length()));
                        }
                    }));
            return partners;
        });
    }

    private static List<String> labels(List<Binding> rows) {
        return rows.stream().map(row -> row.get("label").getLiteralLexicalForm()).collect(Collectors.toList());
    }
}
