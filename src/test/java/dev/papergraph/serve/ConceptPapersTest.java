package dev.papergraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.papergraph.IngestOptions;
import dev.papergraph.Pipeline;
import dev.papergraph.extract.Field;
import dev.papergraph.extract.Mention;
import dev.papergraph.extract.MentionExtractor;
import dev.papergraph.extract.MentionType;
import dev.papergraph.extract.PaperExtraction;
import dev.papergraph.graph.GraphBuilder;
import dev.papergraph.graph.IriMinter;
import dev.papergraph.ingest.Paper;
import dev.papergraph.ingest.PaperDate;
import dev.papergraph.ingest.SourceRef;
import dev.papergraph.resolve.NormalizingConceptResolver;
import dev.papergraph.store.KnowledgeStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.engine.binding.Binding;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/**
 * A concept's first papers are read from its latest years only, and are the papers a walk over all
 * of them gives: those introducing it first, then the newest, then the undated.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ConceptPapersTest {
    /** Names each concept written in the abstract; "proposed" marks the one the paper introduces. */
    private static final MentionExtractor EXTRACTOR = new MentionExtractor() {
        @Override
        public PaperExtraction extract(Paper paper) {
            String text = paper.abstractText();
            List<Mention> mentions = new ArrayList<>();
            for (String name : List.of("ImageNet", "MNIST")) {
                int at = text.indexOf(name);
                if (at >= 0) {
                    mentions.add(new Mention(Field.abstract_, MentionType.Dataset, name, at, at + name.length(), text, "fixture", 0.9));
                }
            }
            return new PaperExtraction(paper.id(), mentions, List.of(), text.startsWith("proposed") ? Set.of("ImageNet") : Set.of(),
                    List.of());
        }

        @Override
        public String version() {
            return "fixture";
        }
    };

    private static final IriMinter IRIS = IriMinter.defaults();
    private static KnowledgeStore store;
    private static Site site;

    @BeforeAll
    static void store_papers_over_twenty_years() {
        store = KnowledgeStore.inMemory(IRIS);
        List<Paper> papers = new ArrayList<>();
        for (int i = 0; i < 260; i++) {
            String text = (i == 7 ? "proposed: " : "") + "We train on ImageNet" + (i % 8 == 0 || i % 10 == 3 ? " and MNIST." : ".");
            PaperDate date = i % 10 == 3 ? null : new PaperDate(2000 + i % 20, 1 + i % 12, null);
            papers.add(new Paper(String.format("p%03d", i), "Paper " + i, text, List.of(), null, date, null, null, List.of(),
                    List.of(new SourceRef("papers.jsonl", i + 1))));
        }
        new Pipeline(EXTRACTOR, new NormalizingConceptResolver(), new GraphBuilder(IRIS, "test", "fixture"))
                .ingest(papers, store, IngestOptions.defaults(), n -> {});
        site = new Site(store.dataset().asDatasetGraph(), IRIS.base());
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void a_common_concept_lists_the_papers_a_walk_over_all_of_them_gives() {
        Node imagenet = IRIS.concept("imagenet");
        List<Binding> years = site.conceptYears(imagenet);
        assertEquals(2011, Site.latestYearHolding(years, Site.PAPERS_SHOWN), "2019 back to 2011 hold 104 papers");
        List<String> fromYears = ids(site.conceptPapers(imagenet, years));
        List<String> fromAll = ids(everyPaper(imagenet));
        assertEquals(Site.PAPERS_SHOWN, fromYears.size());
        assertEquals(fromAll, fromYears);
        assertEquals("p007", fromYears.get(0), "the paper introducing it comes first");
        assertTrue(fromYears.subList(1, fromYears.size()).stream().allMatch(id -> Integer.parseInt(id.substring(1)) % 20 >= 11),
                "then papers of the latest years only: " + fromYears);
    }

    @Test
    void a_rare_concept_lists_every_paper_dated_or_not() {
        Node mnist = IRIS.concept("mnist");
        List<Binding> years = site.conceptYears(mnist);
        assertEquals(-1, Site.latestYearHolding(years, Site.PAPERS_SHOWN));
        List<String> papers = ids(site.conceptPapers(mnist, years));
        assertEquals(59, papers.size());
        assertEquals(ids(everyPaper(mnist)), papers);
        assertTrue(papers.contains("p120") && papers.contains("p003"), "undated papers too");
    }

    private static List<Binding> everyPaper(Node concept) {
        return site.select(ServeQuery.CONCEPT_PAPERS,
                Map.of("concept", concept, "since", NodeFactory.createLiteralDT("-1", XSDDatatype.XSDinteger)));
    }

    private static List<String> ids(List<Binding> rows) {
        return rows.stream().map(row -> row.get("paper").getURI().replaceAll(".*/", "")).toList();
    }
}
