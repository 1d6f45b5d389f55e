package dev.papergraph.store;

import dev.papergraph.graph.IriMinter;
import dev.papergraph.graph.PaperGraphReader;
import dev.papergraph.resolve.ConceptResolver.PaperInput;
import dev.papergraph.resolve.ResolutionIndex;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.OWL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
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
 * graph per paper, a concepts graph derived from all papers, and a log graph; beside it, the
 * resolver's index ({@link ResolutionIndex}, the file {@value #INDEX_FILE} in the same folder). The
 * default graph is the union of the named graphs, so SPARQL without GRAPH sees everything.
 */
public final class KnowledgeStore implements AutoCloseable {
    /** Papers written per write transaction: commits cost ~6 ms, and a paper never spans two. */
    static final int PAPERS_PER_TRANSACTION = 64;
    public static final String INDEX_FILE = "papergraph-index.mv.db";
    /** {@code void:triples}: the store's triple count, on the log graph's name in the log graph. */
    public static final Node TRIPLES = NodeFactory.createURI("http://rdfs.org/ns/void#triples");

    private final Dataset dataset;
    private final IriMinter iris;
    private final ResolutionIndex index;

    private KnowledgeStore(Dataset dataset, IriMinter iris, ResolutionIndex index) {
        this.dataset = dataset;
        this.iris = iris;
        this.index = index;
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
    }

    /** Opens (or creates) the TDB2 store in a folder. Only one process may hold a folder at a time. */
    public static KnowledgeStore open(Path folder, IriMinter iris) {
        Dataset dataset = TDB2Factory.connectDataset(folder.toString());
        try {
            return new KnowledgeStore(dataset, iris, ResolutionIndex.open(folder.resolve(INDEX_FILE)));
        } catch (RuntimeException e) {
            dataset.close();
            throw e;
        }
    }

    public static KnowledgeStore inMemory(IriMinter iris) {
        return new KnowledgeStore(TDB2Factory.createDataset(), iris, ResolutionIndex.inMemory());
    }

    /** The resolver's index kept with this store. */
    public ResolutionIndex index() {
        return index;
    }

    /**
     * Edits inside one write transaction, keeping the store's triple count (a {@code void:triples}
     * statement in the log graph) up to date, so nothing ever needs to count every quad.
     */
    public final class Batch {
        private final DatasetGraph dsg = dataset.asDatasetGraph();
        private long delta;

        /**
         * Replaces a named graph's content, touching only the triples that differ: a paper written
         * again because one of its concepts changed key differs from before in a few triples.
         */
        public void replaceGraph(Node name, Graph content) {
            replace(name, find(name, Node.ANY, Node.ANY, Node.ANY), content);
        }

        /** Replaces the given triples of a graph (read before) with new ones, touching only those that differ. */
        public void replace(Node graph, Collection<Triple> before, Graph after) {
            Set<Triple> gone = new HashSet<>(before);
            after.find().forEachRemaining(t -> {
                if (!gone.remove(t)) {
                    dsg.add(graph, t.getSubject(), t.getPredicate(), t.getObject());
                    delta++;
                }
            });
            for (Triple t : gone) {
                dsg.delete(graph, t.getSubject(), t.getPredicate(), t.getObject());
                delta--;
            }
        }

        /** Adds triples the graph does not hold yet (the caller knows: it just deleted them, or they were never written). */
        public void addNew(Node name, Graph triples) {
            triples.find().forEachRemaining(t -> dsg.add(name, t.getSubject(), t.getPredicate(), t.getObject()));
            delta += triples.size();
        }

        /** Deletes the matching quads of one graph. */
        public void delete(Node graph, Node s, Node p, Node o) {
            long found = 0;
            for (Iterator<Quad> quads = dsg.find(graph, s, p, o); quads.hasNext(); quads.next()) {
                found++;
            }
            if (found > 0) {
                dsg.deleteAny(graph, s, p, o);
                delta -= found;
            }
        }

        /** The matching triples of one graph, read before they change. */
        public List<Triple> find(Node graph, Node s, Node p, Node o) {
            List<Triple> found = new ArrayList<>();
            dsg.find(graph, s, p, o).forEachRemaining(q -> found.add(q.asTriple()));
            return found;
        }

        /** Adds triples to a graph; those already there are not counted twice. */
        public void add(Node name, Graph triples) {
            triples.find().forEachRemaining(t -> {
                if (!dsg.contains(name, t.getSubject(), t.getPredicate(), t.getObject())) {
                    dsg.add(name, t.getSubject(), t.getPredicate(), t.getObject());
                    delta++;
                }
            });
        }
    }

    /** Runs edits in one write transaction; the triple count moves with them. */
    public void write(java.util.function.Consumer<Batch> edits) {
        Txn.executeWrite(dataset, () -> {
            Batch batch = new Batch();
            edits.accept(batch);
            if (batch.delta != 0 || !dataset.asDatasetGraph().contains(iris.logGraph(), iris.logGraph(), TRIPLES, Node.ANY)) {
                long before = storedTripleCount();
                DatasetGraph dsg = dataset.asDatasetGraph();
                dsg.deleteAny(iris.logGraph(), iris.logGraph(), TRIPLES, Node.ANY);
                long now = before < 0 ? countQuads() : before + batch.delta;
                dsg.add(iris.logGraph(), iris.logGraph(), TRIPLES, NodeFactory.createLiteralDT(Long.toString(now), XSDDatatype.XSDinteger));
            }
        });
    }

    private long storedTripleCount() {
        Iterator<Quad> found = dataset.asDatasetGraph().find(iris.logGraph(), iris.logGraph(), TRIPLES, Node.ANY);
        return found.hasNext() ? Long.parseLong(found.next().getObject().getLiteralLexicalForm()) : -1;
    }

    private long countQuads() {
        long count = 0;
        for (Iterator<Quad> quads = dataset.asDatasetGraph().find(); quads.hasNext(); ) {
            Quad quad = quads.next();
            if (!quad.getPredicate().equals(TRIPLES) || !quad.getSubject().equals(iris.logGraph())) {
                count++;
            }
        }
        return count;
    }

    public Dataset dataset() {
        return dataset;
    }

    public IriMinter iris() {
        return iris;
    }

    /**
     * The canonical IRI of a concept named by one of its other keys ({@code owl:sameAs}), or the IRI
     * itself: concept IRIs once minted keep resolving when concepts merge.
     */
    public Node canonical(Node iri) {
        return Txn.calculateRead(dataset, () -> {
            Iterator<Quad> same = dataset.asDatasetGraph().find(iris.conceptsGraph(), iri, OWL.sameAs.asNode(), Node.ANY);
            return same.hasNext() ? same.next().getObject() : iri;
        });
    }

    /** Whether any paper graph is stored (reads graph names only until the first one). */
    public boolean hasPaperGraphs() {
        return Txn.calculateRead(dataset, () -> {
            for (Iterator<Node> names = dataset.asDatasetGraph().listGraphNodes(); names.hasNext(); ) {
                if (iris.paperIdOfGraph(names.next()) != null) {
                    return true;
                }
            }
            return false;
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
            write(edits -> batch.forEach(entry -> edits.replaceGraph(entry.getKey(), entry.getValue())));
        }
        return changed.size();
    }

    /** Adds triples to a graph in one write transaction (the log graph grows this way). */
    public void addToGraph(Node name, Graph triples) {
        write(batch -> batch.add(name, triples));
    }

    /** A copy of one named graph, empty when absent. */
    public Graph copyOf(Node name) {
        return Txn.calculateRead(dataset, () -> {
            Graph copy = GraphFactory.createDefaultGraph();
            dataset.asDatasetGraph().getGraph(name).find().forEachRemaining(copy::add);
            return copy;
        });
    }

    /** Quads in the store (the count kept by {@link #write}; counted once for a store written before it was kept). */
    public long quadCount() {
        return Txn.calculateRead(dataset, () -> {
            long stored = storedTripleCount();
            return stored >= 0 ? stored : countQuads();
        });
    }

    private static boolean sameTriples(Graph stored, Graph fresh) {
        return stored.size() == fresh.size() && !fresh.find().filterDrop(stored::contains).hasNext();
    }

    @Override
    public void close() {
        try {
            index.close();
        } finally {
            dataset.close();
        }
    }
}
