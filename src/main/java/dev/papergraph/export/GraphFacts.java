package dev.papergraph.export;

import dev.papergraph.graph.PG;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * What the exports need to know about the store, read by the internal queries over the union of all
 * graphs: concepts, papers, paper-concept edges, mentions, concept relations and co-occurrences. Only
 * the {@link Part}s a caller names are read (the concept view needs no mention, say); the others stay
 * empty. On TDB2 the queries run on its union default graph, which answers each pattern from the quad
 * indexes in one pass, never graph by graph.
 */
final class GraphFacts {

    /** The kinds of facts, each read by its own query. */
    enum Part {
        CONCEPTS,
        PAPERS,
        PAPER_CONCEPTS,
        MENTIONS,
        RELATIONS,
        CO_OCCURRENCES;

        static final Set<Part> ALL = EnumSet.allOf(Part.class);
    }

    record ConceptFact(Node iri, NodeKind kind, String label, int support, String firstSeen) {}

    record PaperFact(Node iri, String title, String issued, String paperId) {}

    /** {@code confidence} is the best confidence among the edge's mentions, NaN when none records one. */
    record PaperConceptFact(Node paper, Node concept, boolean introduces, int mentions, double confidence) {}

    record MentionFact(Node mention, Node concept, double confidence) {}

    /** {@code statements} are the {@code pg:RelationSupport} nodes describing the edge. */
    record RelationFact(Node subject, Node predicate, Node object, List<Node> statements, int support) {}

    record CoOccurrenceFact(Node node, Node first, Node second, int weight) {}

    final List<ConceptFact> concepts;
    final List<PaperFact> papers;
    final List<PaperConceptFact> paperConcepts;
    final List<MentionFact> mentions;
    final List<RelationFact> relations;
    final List<CoOccurrenceFact> coOccurrences;

    private GraphFacts(DatasetGraph dataset, Set<Part> parts) {
        concepts = parts.contains(Part.CONCEPTS) ? readConcepts(dataset) : List.of();
        papers = new ArrayList<>();
        if (parts.contains(Part.PAPERS)) {
            select(dataset, ExportQuery.PAPERS, b -> papers.add(new PaperFact(
                    b.get("paper"), lexical(b, "title"), lexical(b, "issued"), lexical(b, "paperId"))));
        }
        paperConcepts = new ArrayList<>();
        if (parts.contains(Part.PAPER_CONCEPTS)) {
            select(dataset, ExportQuery.PAPER_CONCEPT_EDGES, b -> paperConcepts.add(new PaperConceptFact(
                    b.get("paper"),
                    b.get("concept"),
                    "true".equals(lexical(b, "introduces")),
                    integer(b, "mentions"),
                    decimal(b, "confidence"))));
        }
        mentions = new ArrayList<>();
        if (parts.contains(Part.MENTIONS)) {
            select(dataset, ExportQuery.MENTIONS, b -> mentions.add(
                    new MentionFact(b.get("mention"), b.get("concept"), decimal(b, "confidence"))));
        }
        relations = parts.contains(Part.RELATIONS) ? readRelations(dataset) : List.of();
        coOccurrences = new ArrayList<>();
        if (parts.contains(Part.CO_OCCURRENCES)) {
            // a node's two ends arrive as two rows, on TDB2 one after the other: hold the first until the second comes
            Map<Node, Node> firstEnd = new HashMap<>();
            select(dataset, ExportQuery.CO_OCCURRENCES, b -> {
                Node node = b.get("node");
                Node end = b.get("concept");
                Node other = firstEnd.remove(node);
                if (other == null) {
                    firstEnd.put(node, end);
                } else {
                    boolean inOrder = other.getURI().compareTo(end.getURI()) < 0;
                    coOccurrences.add(new CoOccurrenceFact(node, inOrder ? other : end, inOrder ? end : other, weight(dataset, node)));
                }
            });
        }
    }

    /** A co-occurrence node's weight, 0 when it has none: one index lookup per pair, not one per end. */
    private static int weight(DatasetGraph dataset, Node node) {
        Iterator<Quad> found = dataset.find(Node.ANY, node, PG.weight.asNode(), Node.ANY);
        return found.hasNext() ? ((Number) found.next().getObject().getLiteralValue()).intValue() : 0;
    }

    /** Reads the named facts inside a read transaction (or the caller's transaction, when in one). */
    static GraphFacts read(DatasetGraph dataset, Set<Part> parts) {
        return Txn.calculateRead(dataset, () -> new GraphFacts(dataset, parts));
    }

    /** A concept with several concept classes is shown once, as the first kind in {@link NodeKind} order. */
    private static List<ConceptFact> readConcepts(DatasetGraph dataset) {
        Map<Node, ConceptFact> byIri = new LinkedHashMap<>();
        select(dataset, ExportQuery.CONCEPTS, b -> NodeKind.ofClass(b.get("type")).ifPresent(kind -> {
            ConceptFact fact = new ConceptFact(
                    b.get("concept"), kind, lexical(b, "label"), integer(b, "support"), lexical(b, "firstSeen"));
            byIri.merge(fact.iri(), fact, (a, c) -> a.kind().ordinal() <= c.kind().ordinal() ? a : c);
        }));
        return List.copyOf(byIri.values());
    }

    /** Relations joined with the RelationSupport nodes that describe them (several: the highest support). */
    private static List<RelationFact> readRelations(DatasetGraph dataset) {
        Map<Triple, List<Node>> statements = new HashMap<>();
        Map<Triple, Integer> support = new HashMap<>();
        select(dataset, ExportQuery.RELATION_SUPPORTS, b -> {
            Triple edge = Triple.create(b.get("subject"), b.get("predicate"), b.get("object"));
            statements.computeIfAbsent(edge, e -> new ArrayList<>()).add(b.get("statement"));
            support.merge(edge, integer(b, "support"), Math::max);
        });
        List<RelationFact> relations = new ArrayList<>();
        select(dataset, ExportQuery.CONCEPT_RELATIONS, b -> {
            Triple edge = Triple.create(b.get("subject"), b.get("predicate"), b.get("object"));
            relations.add(new RelationFact(edge.getSubject(), edge.getPredicate(), edge.getObject(),
                    List.copyOf(statements.getOrDefault(edge, List.of())), support.getOrDefault(edge, 0)));
        });
        return relations;
    }

    private static void select(DatasetGraph dataset, ExportQuery query, Consumer<Binding> row) {
        try (QueryExec exec = overUnion(dataset, query.query())) {
            RowSet rows = exec.select();
            rows.forEachRemaining(row);
        }
    }

    /**
     * The query over the union of the named graphs: TDB2's union default graph, or for another
     * dataset (small, in memory) its union graph view.
     */
    private static QueryExec overUnion(DatasetGraph dataset, Query query) {
        if (TDBInternal.isTDB2(dataset)) {
            return QueryExec.dataset(dataset).query(query).set(TDB2.symUnionDefaultGraph, true).build();
        }
        return QueryExec.graph(dataset.getUnionGraph()).query(query).build();
    }

    private static String lexical(Binding b, String var) {
        Node n = b.get(var);
        if (n == null) {
            return null;
        }
        return n.isLiteral() ? n.getLiteralLexicalForm() : n.toString();
    }

    /** An integer value, 0 when absent or not a number. */
    private static int integer(Binding b, String var) {
        String s = lexical(b, var);
        if (s == null) {
            return 0;
        }
        try {
            return Integer.parseInt(s.trim());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** A decimal value, NaN when absent or not a number. */
    private static double decimal(Binding b, String var) {
        String s = lexical(b, var);
        if (s == null) {
            return Double.NaN;
        }
        try {
            return Double.parseDouble(s.trim());
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}
