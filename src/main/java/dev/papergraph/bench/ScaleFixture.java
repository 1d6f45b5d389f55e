package dev.papergraph.bench;

import dev.papergraph.graph.IriMinter;
import dev.papergraph.graph.PG;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.system.progress.MonitorOutputs;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;

/**
 * Builds a synthetic store of many papers from a real one, for measuring reads at scale: each paper
 * graph is copied {@code copies} times under new paper ids ({@code ID-cK}), and the concepts graph is
 * rewritten so that its aggregates match the copies.
 *
 * <p>The shape follows how vocabularies grow: a concept named by one paper only (support 1, the long
 * tail) becomes a new concept in every copy ({@code concept/KEY-cK}, label {@code "LABEL K"}), with its
 * variants, relation-support and co-occurrence nodes; every other concept stays one concept whose
 * {@code pg:support}, {@code pg:introducedBy}, co-occurrence {@code pg:weight} and relation
 * {@code pg:support} are multiplied by the copies. The copies go through TDB2's phased bulk loader
 * into an empty folder.
 *
 * <pre>{@code java -cp target/papergraph.jar dev.papergraph.bench.ScaleFixture SOURCE-STORE TARGET-STORE COPIES}</pre>
 */
public final class ScaleFixture {
    private static final List<String> PAPER_SCOPED = List.of("paper/", "graph/paper/", "mention/", "source/", "acronym/", "evidence/");

    private final IriMinter iris;
    /** Triples of each paper graph of the source, by paper id (as encoded in IRIs). */
    private final Map<String, List<Triple>> papers = new LinkedHashMap<>();
    private final List<Triple> concepts = new ArrayList<>();
    private final List<Quad> otherQuads = new ArrayList<>();
    /** Nodes of the concepts graph that belong to one paper's long tail and are copied with it. */
    private final Set<Node> copied = new HashSet<>();

    private ScaleFixture(DatasetGraph source, IriMinter iris) {
        this.iris = iris;
        Node conceptsGraph = iris.conceptsGraph();
        String paperGraphs = iris.base() + "graph/paper/";
        Txn.executeRead(source, () -> source.find().forEachRemaining(q -> {
            Node g = q.getGraph();
            if (g.equals(conceptsGraph)) {
                concepts.add(q.asTriple());
            } else if (g.isURI() && g.getURI().startsWith(paperGraphs)) {
                papers.computeIfAbsent(g.getURI().substring(paperGraphs.length()), id -> new ArrayList<>()).add(q.asTriple());
            } else {
                otherQuads.add(q);
            }
        }));
        Set<Node> longTail = new HashSet<>();
        for (Triple t : concepts) {
            if (t.getPredicate().equals(PG.support.asNode()) && t.getObject().isLiteral()
                    && "1".equals(t.getObject().getLiteralLexicalForm()) && isConcept(t.getSubject())) {
                longTail.add(t.getSubject());
            }
        }
        copied.addAll(longTail);
        for (Triple t : concepts) {
            Node p = t.getPredicate();
            if (longTail.contains(t.getSubject()) && (p.equals(PG.hasVariant.asNode()) || p.equals(PG.coOccurrence.asNode()))) {
                copied.add(t.getObject());
            }
            if ((p.equals(RDF.subject.asNode()) || p.equals(RDF.object.asNode())) && longTail.contains(t.getObject())) {
                copied.add(t.getSubject());
            }
        }
    }

    private boolean isConcept(Node n) {
        return n.isURI() && n.getURI().startsWith(iris.base() + "concept/") && !n.getURI().contains("-variant-");
    }

    /** Sends the synthetic store's quads: {@code copies} copies of every paper and one concepts graph. */
    private void send(int copies, StreamRDF out) {
        for (int k = 0; k < copies; k++) {
            for (Map.Entry<String, List<Triple>> paper : papers.entrySet()) {
                String id = paper.getKey();
                Node graph = rename(iris.paperGraph(decoded(id)), id, k);
                for (Triple t : paper.getValue()) {
                    out.quad(Quad.create(graph, rename(t.getSubject(), id, k), t.getPredicate(), renameObject(t, id, k)));
                }
            }
        }
        Node conceptsGraph = iris.conceptsGraph();
        for (Triple t : concepts) {
            if (copied.contains(t.getSubject())) {
                for (int k = 0; k < copies; k++) {
                    out.quad(Quad.create(conceptsGraph, rename(t.getSubject(), null, k), t.getPredicate(), renameObject(t, null, k)));
                }
            } else if (t.getPredicate().equals(PG.introducedBy.asNode()) || copied.contains(t.getObject())) {
                // A shared concept's introducing paper, or its link to a long-tail concept or pair: one per copy.
                for (int k = 0; k < copies; k++) {
                    out.quad(Quad.create(conceptsGraph, t.getSubject(), t.getPredicate(), renameObject(t, null, k)));
                }
            } else if (t.getPredicate().equals(PG.support.asNode()) || t.getPredicate().equals(PG.weight.asNode())) {
                long value = Long.parseLong(t.getObject().getLiteralLexicalForm());
                out.quad(Quad.create(conceptsGraph, t.getSubject(), t.getPredicate(), integer(value * copies)));
            } else {
                out.quad(Quad.create(conceptsGraph, t));
            }
        }
        otherQuads.forEach(out::quad);
    }

    private static String decoded(String encodedId) {
        return java.net.URLDecoder.decode(encodedId.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
    }

    private Node renameObject(Triple t, String paperId, int k) {
        Node o = t.getObject();
        if (k > 0 && o.isLiteral() && copied.contains(t.getSubject())
                && (t.getPredicate().equals(SKOS.prefLabel.asNode()) || t.getPredicate().equals(SKOS.altLabel.asNode())
                        || t.getPredicate().equals(PG.variantLabel.asNode()))) {
            return NodeFactory.createLiteralString(o.getLiteralLexicalForm() + " " + k);
        }
        if (t.getPredicate().equals(PG.introducedBy.asNode())) {
            return rename(o, o.getURI().substring((iris.base() + "paper/").length()), k);
        }
        if (k > 0 && paperId != null && o.isLiteral() && t.getPredicate().equals(PG.paperId.asNode())) {
            return NodeFactory.createLiteralString(o.getLiteralLexicalForm() + "-c" + k);
        }
        return rename(o, paperId, k);
    }

    /** The copy-{@code k} name of an IRI: paper-scoped IRIs get the new paper id, long-tail nodes a suffix. */
    private Node rename(Node n, String paperId, int k) {
        if (k == 0 || !n.isURI()) {
            return n;
        }
        if (copied.contains(n)) {
            return NodeFactory.createURI(n.getURI() + "-c" + k);
        }
        if (paperId != null) {
            String iri = n.getURI();
            for (String scope : PAPER_SCOPED) {
                String prefix = iris.base() + scope + paperId;
                if (iri.startsWith(prefix) && (iri.length() == prefix.length() || iri.charAt(prefix.length()) == '-')) {
                    return NodeFactory.createURI(prefix + "-c" + k + iri.substring(prefix.length()));
                }
            }
        }
        return n;
    }

    private static Node integer(long value) {
        return NodeFactory.createLiteralDT(Long.toString(value), XSDDatatype.XSDinteger);
    }

    public static void main(String[] args) {
        if (args.length != 3) {
            System.err.println("usage: ScaleFixture SOURCE-STORE TARGET-STORE COPIES");
            System.exit(2);
        }
        int copies = Integer.parseInt(args[2]);
        DatasetGraph source = DatabaseMgr.connectDatasetGraph(args[0]);
        ScaleFixture fixture = new ScaleFixture(source, IriMinter.defaults());
        source.close();
        long start = System.nanoTime();
        DatasetGraph target = DatabaseMgr.connectDatasetGraph(Path.of(args[1]).toString());
        DataLoader loader = LoaderFactory.phasedLoader(target, MonitorOutputs.nullOutput());
        loader.startBulk();
        try {
            fixture.send(copies, loader.stream());
            loader.finishBulk();
        } catch (RuntimeException e) {
            loader.finishException(e);
            throw e;
        }
        System.out.printf(Locale.ROOT, "%d papers (%d source papers x %d), %d long-tail nodes per copy, %,d quads in %.1f s%n",
                fixture.papers.size() * copies, fixture.papers.size(), copies, fixture.copied.size(), loader.countQuads(),
                (System.nanoTime() - start) / 1e9);
        target.close();
    }
}
