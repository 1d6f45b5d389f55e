package dev.papergraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.papergraph.graph.GraphBuilder;
import dev.papergraph.graph.GraphFixtures;
import dev.papergraph.graph.IriMinter;
import dev.papergraph.resolve.ConceptResolver.PaperInput;
import dev.papergraph.resolve.Resolution;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class KnowledgeStoreTest {
    private final GraphBuilder builder = new GraphBuilder(IriMinter.defaults(), "test", "fixture");

    private Map<Node, Graph> fixtureGraphs() {
        List<PaperInput> papers = GraphFixtures.papers();
        Resolution resolution = GraphFixtures.resolution(papers);
        Map<Node, Graph> graphs = new LinkedHashMap<>();
        for (PaperInput input : papers) {
            graphs.put(builder.iris().paperGraph(input.paper().id()), builder.paperGraph(input.paper(), input.extraction(), resolution));
        }
        graphs.put(builder.iris().conceptsGraph(), builder.conceptsGraph(resolution, GraphFixtures.yearOf(papers)));
        return graphs;
    }

    @Test
    void graphs_written_to_a_tdb2_folder_survive_reopening_and_read_back_as_papers(@TempDir Path dir) {
        try (KnowledgeStore store = KnowledgeStore.open(dir, IriMinter.defaults())) {
            assertEquals(4, store.replaceGraphs(fixtureGraphs()));
        }
        try (KnowledgeStore store = KnowledgeStore.open(dir, IriMinter.defaults())) {
            SortedMap<String, PaperInput> papers = store.readPapers();
            assertEquals(List.of(GraphFixtures.P1, GraphFixtures.P2, GraphFixtures.P3), List.copyOf(papers.keySet()));
            PaperInput first = GraphFixtures.papers().get(0);
            assertEquals(first.paper(), papers.get(GraphFixtures.P1).paper());
            assertEquals(first.extraction().mentions().size(), papers.get(GraphFixtures.P1).extraction().mentions().size());
        }
    }

    @Test
    void writing_the_same_graphs_again_changes_nothing(@TempDir Path dir) {
        try (KnowledgeStore store = KnowledgeStore.open(dir, IriMinter.defaults())) {
            store.replaceGraphs(fixtureGraphs());
            long quads = store.quadCount();
            assertEquals(0, store.replaceGraphs(fixtureGraphs()));
            assertEquals(quads, store.quadCount());
        }
    }

    @Test
    void a_changed_graph_is_replaced_whole(@TempDir Path dir) {
        try (KnowledgeStore store = KnowledgeStore.open(dir, IriMinter.defaults())) {
            Map<Node, Graph> graphs = fixtureGraphs();
            store.replaceGraphs(graphs);
            Node name = builder.iris().paperGraph(GraphFixtures.P1);
            Graph smaller = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
            graphs.get(name).find().toList().stream().limit(5).forEach(smaller::add);
            assertEquals(1, store.replaceGraphs(Map.of(name, smaller)));
            assertTrue(store.copyOf(name).isIsomorphicWith(smaller));
        }
    }
}
