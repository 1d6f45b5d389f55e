package dev.papergraph.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.papergraph.export.VisualGraph.VisualEdge;
import dev.papergraph.export.VisualGraph.VisualNode;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class VisualGraphTest {

    private static VisualGraph build(GraphView view, ExportFilter filter) {
        return VisualGraph.build(Fixtures.smallGraph(), view, filter);
    }

    private static Set<String> labels(VisualGraph graph) {
        return graph.nodes().stream().map(VisualNode::label).collect(Collectors.toSet());
    }

    @Test
    void the_type_filter_keeps_only_those_concepts_and_edges_between_them() {
        VisualGraph graph = build(GraphView.CONCEPTS,
                ExportFilter.NONE.withTypes(ExportFilter.parseTypes("dataset, Task")));

        assertEquals(Set.of("SQuAD", "GLUE", "ImageNet", "question answering"), labels(graph));
        assertEquals(1, graph.edges().size(), "only SQuAD co-occurs with question answering");
        assertEquals(VisualGraph.CO_OCCURRENCE, graph.edges().get(0).relation());
        assertEquals(2, graph.edges().get(0).weight());
    }

    @Test
    void min_support_keeps_concepts_named_by_enough_papers() {
        VisualGraph graph = build(GraphView.CONCEPTS, ExportFilter.NONE.withMinSupport(2));

        assertEquals(Set.of("Transformer", "BERT", "SQuAD", "question answering", "accuracy"), labels(graph));
        assertEquals(3, graph.edges().stream().filter(VisualEdge::directed).count(), "relations among them");
        assertEquals(4, graph.edges().stream().filter(e -> !e.directed()).count(), "co-occurrences among them");
    }

    @Test
    void min_edge_support_drops_weak_relations_and_co_occurrences_but_no_concept() {
        VisualGraph graph = build(GraphView.CONCEPTS, ExportFilter.NONE.withMinEdgeSupport(2));

        assertEquals(11, graph.nodes().size());
        assertEquals(Set.of("basedOn", "evaluatedOn", VisualGraph.CO_OCCURRENCE),
                graph.edges().stream().map(VisualEdge::relation).collect(Collectors.toSet()));
        assertTrue(graph.edges().stream().allMatch(e -> e.weight() >= 2));
        assertEquals(6, graph.edges().size());
    }

    @Test
    void min_confidence_drops_paper_concept_edges_only_weak_mentions_back() {
        VisualGraph graph = build(GraphView.BIPARTITE, ExportFilter.NONE.withMinConfidence(0.6));

        assertEquals(14, graph.edges().size(), "F1 (0.40), ResNet (0.55) and p3's accuracy (0.50) go");
        assertTrue(graph.edges().stream().allMatch(e -> e.confidence() >= 0.6));
        assertTrue(!labels(graph).contains("F1") && !labels(graph).contains("ResNet"), "no edge left to them");
        assertEquals(12, graph.nodes().size());
    }

    @Test
    void the_bipartite_view_marks_what_a_paper_introduces() {
        VisualGraph graph = build(GraphView.BIPARTITE, ExportFilter.NONE);

        List<VisualEdge> introduced = graph.edges().stream().filter(e -> e.relation().equals("introduces")).toList();
        assertEquals(3, introduced.size());
        VisualNode bert = graph.nodes().stream().filter(n -> n.label().equals("BERT")).findFirst().orElseThrow();
        assertTrue(introduced.stream().anyMatch(e -> e.target().equals(bert.id())));
        VisualNode p1 = graph.nodes().get(0);
        assertEquals(NodeKind.PAPER, p1.kind());
        assertEquals(2019, p1.year());
    }

    @Test
    void nodes_are_ordered_by_kind_then_iri_and_edges_numbered_in_order() {
        VisualGraph graph = build(GraphView.CONCEPTS, ExportFilter.NONE);

        for (int i = 1; i < graph.nodes().size(); i++) {
            VisualNode a = graph.nodes().get(i - 1);
            VisualNode b = graph.nodes().get(i);
            assertTrue(a.kind().compareTo(b.kind()) < 0
                    || (a.kind() == b.kind() && a.iri().compareTo(b.iri()) < 0));
        }
        for (int i = 0; i < graph.edges().size(); i++) {
            assertEquals("e" + i, graph.edges().get(i).id());
        }
    }
}
