package dev.papergraph.export;

import dev.papergraph.export.GraphFacts.CoOccurrenceFact;
import dev.papergraph.export.GraphFacts.ConceptFact;
import dev.papergraph.export.GraphFacts.PaperConceptFact;
import dev.papergraph.export.GraphFacts.PaperFact;
import dev.papergraph.export.GraphFacts.RelationFact;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * The node-and-edge model every graph format writes, built once from the store.
 *
 * <p>Node ids are {@code p-} (paper) or {@code c-} (concept) plus the first 12 hex digits of the SHA-1
 * of the IRI: valid XML names and DOT ids, and the same for one IRI whatever the filter. Nodes are
 * ordered by kind then IRI; edges by source IRI, target IRI, relation, and numbered {@code e0, e1, …}
 * in that order.
 *
 * @param view which view this is
 * @param nodes nodes in order
 * @param edges edges in order; their ends are always among {@code nodes}
 */
public record VisualGraph(GraphView view, List<VisualNode> nodes, List<VisualEdge> edges) {

    /** The relation name of co-occurrence edges. */
    public static final String CO_OCCURRENCE = "coOccurrence";

    private static final Pattern YEAR = Pattern.compile("^(\\d{4})");

    /**
     * A node.
     *
     * @param support papers naming a concept; for a paper, the number of concepts it names in the view
     * @param date the paper's issued date or the concept's first-seen date, as stored (may be null)
     * @param year the year of {@code date}, or null
     */
    public record VisualNode(
            String id, NodeKind kind, String label, String iri, int support, String date, Integer year) {}

    /**
     * An edge.
     *
     * @param relation {@code introduces} or {@code uses} (bipartite), a relation's local name
     *     ({@code basedOn}, {@code broader}, …) or {@link #CO_OCCURRENCE}
     * @param label the relation in words ("based on")
     * @param weight mentions behind a paper-concept edge, a relation's support, or the papers two
     *     co-occurring concepts have in common
     * @param directed false for co-occurrence only
     * @param confidence best mention confidence of a paper-concept edge; NaN elsewhere or when unknown
     */
    public record VisualEdge(
            String id,
            String source,
            String target,
            String relation,
            String label,
            int weight,
            boolean directed,
            double confidence) {}

    public VisualGraph {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
    }

    /** Reads the store and builds the view, filtered. */
    public static VisualGraph build(DatasetGraph dataset, GraphView view, ExportFilter filter) {
        GraphFacts facts = GraphFacts.read(dataset, view == GraphView.CONCEPTS
                ? EnumSet.of(GraphFacts.Part.CONCEPTS, GraphFacts.Part.RELATIONS, GraphFacts.Part.CO_OCCURRENCES)
                : EnumSet.of(GraphFacts.Part.CONCEPTS, GraphFacts.Part.PAPERS, GraphFacts.Part.PAPER_CONCEPTS));
        return of(facts, Selection.of(facts, filter), view);
    }

    static VisualGraph of(GraphFacts facts, Selection selection, GraphView view) {
        Map<Node, VisualNode> concepts = new HashMap<>();
        for (ConceptFact c : facts.concepts) {
            if (selection.keepsConcept(c.iri())) {
                concepts.put(c.iri(), new VisualNode(id("c-", c.iri()), c.kind(),
                        c.label() == null ? c.iri().getURI() : c.label(), c.iri().getURI(), c.support(),
                        c.firstSeen(), year(c.firstSeen())));
            }
        }
        List<Pending> pending = new ArrayList<>();
        Map<Node, VisualNode> nodes = new HashMap<>();
        if (view == GraphView.CONCEPTS) {
            nodes.putAll(concepts);
            for (RelationFact r : facts.relations) {
                if (selection.keeps(r)) {
                    pending.add(new Pending(r.subject(), r.object(), r.predicate().getLocalName(), r.support(),
                            true, Double.NaN));
                }
            }
            for (CoOccurrenceFact co : facts.coOccurrences) {
                if (selection.keeps(co)) {
                    pending.add(new Pending(co.first(), co.second(), CO_OCCURRENCE, co.weight(), false, Double.NaN));
                }
            }
        } else {
            Map<Node, Integer> conceptsPerPaper = new HashMap<>();
            for (PaperConceptFact e : facts.paperConcepts) {
                if (selection.keeps(e)) {
                    pending.add(new Pending(e.paper(), e.concept(), e.introduces() ? "introduces" : "uses",
                            Math.max(1, e.mentions()), true, e.confidence()));
                    nodes.put(e.concept(), concepts.get(e.concept()));
                    conceptsPerPaper.merge(e.paper(), 1, Integer::sum);
                }
            }
            // Papers without a remaining edge would only clutter a bipartite layout.
            for (PaperFact p : facts.papers) {
                Integer named = conceptsPerPaper.get(p.iri());
                if (named != null) {
                    nodes.put(p.iri(), new VisualNode(id("p-", p.iri()), NodeKind.PAPER,
                            p.title() == null ? p.iri().getURI() : p.title(), p.iri().getURI(), named,
                            p.issued(), year(p.issued())));
                }
            }
        }
        pending.removeIf(e -> !nodes.containsKey(e.source) || !nodes.containsKey(e.target));
        pending.sort(Comparator.comparing((Pending e) -> e.source.getURI())
                .thenComparing(e -> e.target.getURI())
                .thenComparing(e -> e.relation));
        List<VisualEdge> edges = new ArrayList<>();
        for (Pending e : pending) {
            edges.add(new VisualEdge("e" + edges.size(), nodes.get(e.source).id(), nodes.get(e.target).id(),
                    e.relation, e.relation.equals(CO_OCCURRENCE) ? "co-occurs with" : words(e.relation), e.weight, e.directed, e.confidence));
        }
        List<VisualNode> ordered = new ArrayList<>(nodes.values());
        ordered.sort(Comparator.comparing(VisualNode::kind).thenComparing(VisualNode::iri));
        return new VisualGraph(view, ordered, edges);
    }

    private record Pending(Node source, Node target, String relation, int weight, boolean directed, double confidence) {}

    private static String id(String prefix, Node iri) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-1").digest(iri.getURI().getBytes(StandardCharsets.UTF_8));
            return prefix + HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is required of every Java platform", e);
        }
    }

    private static Integer year(String date) {
        if (date == null) {
            return null;
        }
        Matcher m = YEAR.matcher(date);
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }

    /** "basedOn" becomes "based on". */
    private static String words(String camelCase) {
        return camelCase.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
    }
}
