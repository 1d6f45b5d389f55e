package dev.papergraph.export;

import dev.papergraph.graph.PG;
import java.io.OutputStream;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.XSD;

/**
 * Writes the store in an RDF syntax.
 *
 * <ul>
 *   <li>{@code nq} and {@code trig} keep the named graphs (one per paper, one for concepts); {@code ttl},
 *       {@code nt}, {@code rdfxml} and {@code jsonld} carry the union of all graphs, each statement once.
 *   <li>{@code nt}, {@code nq}, {@code ttl} and {@code trig} stream: statements go out as they are read
 *       (Turtle and TriG in Jena's "blocks" form, one block per run of a subject), so memory does not grow
 *       with the store. {@code rdfxml} and {@code jsonld} need the whole graph in memory first.
 *   <li>{@code canonical} (nt and nq only) writes {@link CanonicalNQuads}: sorted lines with canonical
 *       literals, for diffing; it sorts in bounded memory, spilling sorted runs to temporary files.
 *   <li>A non-trivial {@link ExportFilter} drops statements as {@link Selection} says, e.g.
 *       {@code minSupport} drops concepts below that support and every statement naming them.
 * </ul>
 *
 * Statements are read in one pass over the store's quad indexes and written in that order (stable for
 * one store, not across stores); a left-out graph (the log) is dropped quad by quad on the way, never by
 * listing and reading graphs one at a time. Only the canonical form is the same for any two equal stores.
 */
public final class RdfExporter {
    private final ExportFormat format;
    private final ExportFilter filter;
    private final boolean canonical;
    private final Set<Node> leftOutGraphs;

    public RdfExporter(ExportFormat format, ExportFilter filter, boolean canonical) {
        this(format, filter, canonical, Set.of());
    }

    /** {@code leftOutGraphs}: named graphs whose statements are not written (unless another graph holds them too). */
    public RdfExporter(ExportFormat format, ExportFilter filter, boolean canonical, Set<Node> leftOutGraphs) {
        if (!format.isRdf()) {
            throw new IllegalArgumentException(format.cliName() + " is not an RDF format");
        }
        if (canonical && format != ExportFormat.NQ && format != ExportFormat.NT) {
            throw new IllegalArgumentException("the canonical form exists for nq and nt only, not " + format.cliName());
        }
        this.format = format;
        this.filter = filter;
        this.canonical = canonical;
        this.leftOutGraphs = Set.copyOf(leftOutGraphs);
    }

    /** Writes the dataset to {@code out} (flushed, not closed); returns the number of statements written. */
    public long write(DatasetGraph dataset, OutputStream out) {
        return Txn.calculateRead(dataset, () -> writeInTransaction(dataset, out));
    }

    private long writeInTransaction(DatasetGraph dataset, OutputStream out) {
        Selection selection = filter.keepsEverything() ? null : Selection.of(GraphFacts.read(dataset, GraphFacts.Part.ALL), filter);
        if (canonical) {
            try (CanonicalNQuads sorted = new CanonicalNQuads()) {
                send(dataset, filtered(sorted, selection));
                return sorted.writeTo(out);
            }
        }
        return switch (format) {
            case NT, NQ, TTL, TRIG -> stream(dataset, out, selection);
            default -> inMemory(dataset, out, selection);
        };
    }

    private long stream(DatasetGraph dataset, OutputStream out, Selection selection) {
        RDFFormat syntax = switch (format) {
            case NT -> RDFFormat.NTRIPLES;
            case NQ -> RDFFormat.NQUADS;
            case TTL -> RDFFormat.TURTLE_BLOCKS;
            default -> RDFFormat.TRIG_BLOCKS;
        };
        StreamRDF writer = StreamRDFWriter.getWriterStream(out, syntax);
        Counting counting = new Counting(writer);
        writer.start();
        prefixes(dataset).forEach(writer::prefix);
        send(dataset, filtered(counting, selection));
        writer.finish();
        return counting.count;
    }

    private long inMemory(DatasetGraph dataset, OutputStream out, Selection selection) {
        Graph graph = GraphFactory.createDefaultGraph();
        prefixes(dataset).forEach(graph.getPrefixMapping()::setNsPrefix);
        send(dataset, filtered(StreamRDFLib.graph(graph), selection));
        RDFDataMgr.write(out, graph, format == ExportFormat.RDFXML ? RDFFormat.RDFXML_PLAIN : RDFFormat.JSONLD11);
        return graph.size();
    }

    private static StreamRDF filtered(StreamRDF destination, Selection selection) {
        return selection == null ? destination : new SelectionFilter(destination, selection);
    }

    /**
     * Sends the statements: every quad but those of left-out graphs for named-graph formats, else the
     * union's triples, each once. Both are single streaming reads of the store's indexes: TDB2 answers
     * {@code find()} from GSPO and the union graph from an index with the graph last, so a triple held by
     * several graphs comes out once without being remembered.
     */
    private void send(DatasetGraph dataset, StreamRDF destination) {
        if (format.keepsNamedGraphs()) {
            dataset.find().forEachRemaining(q -> {
                if (!leftOutGraphs.contains(q.getGraph())) {
                    destination.quad(q);
                }
            });
            return;
        }
        Graph defaultGraph = dataset.getDefaultGraph();
        boolean defaultIsEmpty = defaultGraph.isEmpty();
        defaultGraph.find().forEachRemaining(destination::triple);
        Set<Triple> onlyLeftOut = onlyInLeftOutGraphs(dataset);
        dataset.getUnionGraph().find().forEachRemaining(t -> {
            if (!onlyLeftOut.contains(t) && (defaultIsEmpty || !defaultGraph.contains(t))) {
                destination.triple(t);
            }
        });
    }

    /** The triples of the left-out graphs (the log: a handful) that no other named graph holds. */
    private Set<Triple> onlyInLeftOutGraphs(DatasetGraph dataset) {
        Set<Triple> only = new HashSet<>();
        for (Node graph : leftOutGraphs) {
            dataset.find(graph, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> {
                boolean elsewhere = Iter.anyMatch(dataset.find(Node.ANY, q.getSubject(), q.getPredicate(), q.getObject()),
                        other -> !other.isDefaultGraph() && !leftOutGraphs.contains(other.getGraph()));
                if (!elsewhere) {
                    only.add(q.asTriple());
                }
            });
        }
        return only;
    }

    /** The store's own prefixes plus those of the vocabularies papergraph uses, sorted by prefix. */
    private static Map<String, String> prefixes(DatasetGraph dataset) {
        Map<String, String> prefixes = new TreeMap<>();
        prefixes.put(PG.PREFIX, PG.NS);
        prefixes.put("rdf", RDF.getURI());
        prefixes.put("rdfs", RDFS.getURI());
        prefixes.put("xsd", XSD.getURI());
        prefixes.put("owl", OWL.getURI());
        prefixes.put("skos", SKOS.getURI());
        prefixes.put("dcterms", DCTerms.getURI());
        prefixes.put("prov", PG.PROV.NS);
        dataset.prefixes().forEach(prefixes::put);
        return prefixes;
    }

    /** Counts what reaches the writer. */
    private static final class Counting extends StreamRDFWrapper {
        private long count;

        Counting(StreamRDF destination) {
            super(destination);
        }

        @Override
        public void triple(Triple t) {
            count++;
            super.triple(t);
        }

        @Override
        public void quad(Quad q) {
            count++;
            super.quad(q);
        }
    }
}
