package dev.papergraph.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.papergraph.extract.AcronymPair;
import dev.papergraph.extract.Mention;
import dev.papergraph.extract.MentionType;
import dev.papergraph.extract.PaperExtraction;
import dev.papergraph.resolve.ConceptResolver.PaperInput;
import dev.papergraph.resolve.Resolution;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class GraphBuilderTest {
    private final GraphBuilder builder = new GraphBuilder(IriMinter.defaults(), "test", "fixture");

    @Test
    void a_paper_graph_reads_back_into_the_records_it_was_built_from() {
        List<PaperInput> papers = GraphFixtures.papers();
        Resolution resolution = GraphFixtures.resolution(papers);
        for (PaperInput input : papers) {
            PaperInput back = PaperGraphReader.read(builder.paperGraph(input.paper(), input.extraction(), resolution));
            assertEquals(input.paper(), back.paper());
            assertEquals(Set.copyOf(input.extraction().mentions()), Set.copyOf(back.extraction().mentions()));
            assertEquals(Set.copyOf(input.extraction().acronyms()), Set.copyOf(back.extraction().acronyms()));
            assertEquals(input.extraction().introduced(), back.extraction().introduced());
            assertEquals(Set.copyOf(input.extraction().relations()), Set.copyOf(back.extraction().relations()));
        }
    }

    @Test
    void an_acronym_whose_long_form_is_no_mention_still_reads_back() {
        List<PaperInput> papers = GraphFixtures.papers();
        Resolution resolution = GraphFixtures.resolution(papers);
        PaperInput first = papers.get(0);
        AcronymPair unmentioned = new AcronymPair("IN-X", "ImageNet eXtra", MentionType.Dataset);
        PaperExtraction extraction = new PaperExtraction(first.paper().id(), first.extraction().mentions(), List.of(unmentioned),
                first.extraction().introduced(), first.extraction().relations());
        PaperInput back = PaperGraphReader.read(builder.paperGraph(first.paper(), extraction, resolution));
        assertEquals(List.of(unmentioned), back.extraction().acronyms());
    }

    @Test
    void building_twice_gives_the_same_triples() {
        List<PaperInput> papers = GraphFixtures.papers();
        Resolution resolution = GraphFixtures.resolution(papers);
        PaperInput first = papers.get(0);
        Graph a = builder.paperGraph(first.paper(), first.extraction(), resolution);
        Graph b = builder.paperGraph(first.paper(), first.extraction(), resolution);
        assertTrue(a.isIsomorphicWith(b));
        assertEquals(a.size(), b.size());
    }

    @Test
    void an_introduced_concept_gets_the_introduces_edges_and_a_used_one_the_uses_edges() {
        List<PaperInput> papers = GraphFixtures.papers();
        PaperInput first = papers.get(0);
        Graph g = builder.paperGraph(first.paper(), first.extraction(), GraphFixtures.resolution(papers));
        var paper = builder.iris().paper(GraphFixtures.P1);
        assertTrue(g.contains(paper, PG.introducesDataset.asNode(), builder.iris().concept("imagenet-x")));
        assertTrue(g.contains(paper, PG.introduces.asNode(), builder.iris().concept("imagenet-x")));
        assertTrue(g.contains(paper, PG.usesDataset.asNode(), builder.iris().concept("imagenet")));
        assertTrue(g.contains(paper, PG.mentions.asNode(), builder.iris().concept("imagenet")));
        assertFalse(g.contains(paper, PG.introduces.asNode(), builder.iris().concept("imagenet")));
    }

    @Test
    void every_mention_is_traceable_to_its_exact_span() {
        List<PaperInput> papers = GraphFixtures.papers();
        PaperInput second = papers.get(1);
        Graph g = builder.paperGraph(second.paper(), second.extraction(), GraphFixtures.resolution(papers));
        for (Mention m : second.extraction().mentions()) {
            var node = builder.iris().mention(GraphFixtures.P2, m);
            String anchored = g.find(node, PG.anchorOf.asNode(), null).next().getObject().getLiteralLexicalForm();
            String text = second.paper().abstractText();
            int from = text.offsetByCodePoints(0, m.start());
            int to = text.offsetByCodePoints(0, m.end());
            assertEquals(text.substring(from, to), anchored);
        }
    }

    @Test
    void the_fixture_graph_conforms_to_the_shapes() {
        Dataset ds = GraphFixtures.dataset();
        ValidationReport report = Txn.calculateRead(ds, () -> validate(ds.getUnionModel().getGraph()));
        assertTrue(report.conforms(), () -> reportText(report));
    }

    @Test
    void the_shapes_catch_a_paper_without_an_abstract() {
        Dataset ds = GraphFixtures.dataset();
        Graph broken = GraphFactory.createDefaultGraph();
        Txn.executeRead(ds, () -> ds.getUnionModel().getGraph().find().forEachRemaining(broken::add));
        broken.remove(builder.iris().paper(GraphFixtures.P1), DCTerms.abstract_.asNode(), org.apache.jena.graph.Node.ANY);
        broken.add(NodeFactory.createURI(builder.iris().base() + "paper/zzz"), org.apache.jena.vocabulary.RDF.type.asNode(), PG.Paper.asNode());
        assertFalse(validate(broken).conforms());
    }

    static ValidationReport validate(Graph data) {
        Graph shapesGraph = RDFParser.source("ontology/shapes.ttl").toGraph();
        return ShaclValidator.get().validate(Shapes.parse(shapesGraph), data);
    }

    private static String reportText(ValidationReport report) {
        var out = new java.io.ByteArrayOutputStream();
        org.apache.jena.shacl.lib.ShLib.printReport(out, report);
        return out.toString(java.nio.charset.StandardCharsets.UTF_8);
    }
}
