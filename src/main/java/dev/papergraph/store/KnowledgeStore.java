package dev.papergraph.store;

import dev.papergraph.graph.IriMinter;
import dev.papergraph.graph.PaperGraphReader;
import dev.papergraph.resolve.ConceptResolver.PaperInput;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.TreeMap;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;

/**
 * The papergraph store: a TDB2 dataset (on disk, or in memory for one-shot runs) with one named
 * graph per paper, a concepts graph derived from all papers, and a log graph. The default graph
 * is the union of the named graphs, so SPARQL without GRAPH sees everything.
 */
public final class KnowledgeStore implements AutoCloseable {
    /** Papers written per write transaction: commits cost ~6 ms, and a paper never spans two. */
    static final int PAPERS_PER_TRANSACTION = 64;

    private final Dataset dataset;
    private final IriMinter iris;

    private KnowledgeStore(Dataset dataset, IriMinter iris) {
        this.dataset = dataset;
        this.iris = iris;
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
    }

    /** Opens (or creates) the TDB2 store in a folder. Only one process may hold a folder at a time. */
    public static KnowledgeStore open(Path folder, IriMinter iris) {
        return new KnowledgeStore(TDB2Factory.connectDataset(folder.toString()), iris);
    }

    public static KnowledgeStore inMemory(IriMinter iris) {
        return new KnowledgeStore(TDB2Factory.createDataset(), iris);
    }

    public Dataset dataset() {
        return dataset;
    }

    public IriMinter iris() {
        return iris;
    }

    /** The ids of the stored papers, from their graph names alone (cheap: no graph is read). */
    public SortedSet<String> paperIds() {
        return Txn.calculateRead(dataset, () -> {
            SortedSet<String> ids = new TreeSet<>();
            dataset.asDatasetGraph().listGraphNodes().forEachRemaining(name -> {
                String id = iris.paperIdOfGraph(name);
                if (id != null) {
                    ids.add(id);
                }
            });
            return ids;
        });
    }

    /** Every stored paper, read back from its graph, by paper id. */
    public SortedMap<String, PaperInput> readPapers() {
        return Txn.calculateRead(dataset, () -> {
            SortedMap<String, PaperInput> papers = new TreeMap<>();
            DatasetGraph dsg = dataset.asDatasetGraph();
            for (Iterator<Node> names = dsg.listGraphNodes(); names.hasNext(); ) {
                Node name = names.next();
                if (iris.paperIdOfGraph(name) != null) {
                    PaperInput input = PaperGraphReader.read(dsg.getGraph(name));
                    papers.put(input.paper().id(), input);
                }
            }
            return papers;
        });
    }

    /**
     * Replaces the named graphs whose content differs from what is stored, in batches of whole
     * graphs per write transaction, and returns how many were written. Unchanged graphs are not
     * touched, which keeps a repeated ingest a no-op.
     */
    public int replaceGraphs(Map<Node, Graph> graphs) {
        List<Map.Entry<Node, Graph>> changed = new ArrayList<>();
        Txn.executeRead(dataset, () -> {
            DatasetGraph dsg = dataset.asDatasetGraph();
            graphs.forEach((name, graph) -> {
                if (!dsg.containsGraph(name) || !sameTriples(dsg.getGraph(name), graph)) {
                    changed.add(Map.entry(name, graph));
                }
            });
        });
        for (int from = 0; from < changed.size(); from += PAPERS_PER_TRANSACTION) {
            List<Map.Entry<Node, Graph>> batch = changed.subList(from, Math.min(changed.size(), from + PAPERS_PER_TRANSACTION));
            Txn.executeWrite(dataset, () -> {
                DatasetGraph dsg = dataset.asDatasetGraph();
                for (Map.Entry<Node, Graph> entry : batch) {
                    Node name = entry.getKey();
                    dsg.deleteAny(name, Node.ANY, Node.ANY, Node.ANY);
                    entry.getValue().find().forEachRemaining(t -> dsg.add(name, t.getSubject(), t.getPredicate(), t.getObject()));
                }
            });
        }
        return changed.size();
    }

    /** Adds triples to a graph in one write transaction (the log graph grows this way). */
    public void addToGraph(Node name, Graph triples) {
        Txn.executeWrite(dataset, () -> {
            Graph target = dataset.asDatasetGraph().getGraph(name);
            triples.find().forEachRemaining(target::add);
        });
    }

    /** A copy of one named graph, empty when absent. */
    public Graph copyOf(Node name) {
        return Txn.calculateRead(dataset, () -> {
            Graph copy = GraphFactory.createDefaultGraph();
            dataset.asDatasetGraph().getGraph(name).find().forEachRemaining(copy::add);
            return copy;
        });
    }

    public long quadCount() {
        return Txn.calculateRead(dataset, () -> {
            long count = 0;
            for (Iterator<?> quads = dataset.asDatasetGraph().find(); quads.hasNext(); quads.next()) {
                count++;
            }
            return count;
        });
    }

    private static boolean sameTriples(Graph stored, Graph fresh) {
        return stored.size() == fresh.size() && !fresh.find().filterDrop(stored::contains).hasNext();
    }

    @Override
    public void close() {
        dataset.close();
    }
}
