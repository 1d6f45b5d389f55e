package dev.papergraph.export;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;

/**
 * What the exports need to know about the store, read once by the internal queries over the union of
 * all graphs: concepts, papers, paper-concept edges, mentions, concept relations and co-occurrences.
 * Every list is in IRI order, so that everything built from it is deterministic.
 */
final class GraphFacts {

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

    private GraphFacts(Graph union) {
        concepts = readConcepts(union);
        papers = new ArrayList<>();
        select(union, ExportQuery.PAPERS, b -> papers.add(new PaperFact(
                b.get("paper"), lexical(b, "title"), lexical(b, "issued"), lexical(b, "paperId"))));
        paperConcepts = new ArrayList<>();
        select(union, ExportQuery.PAPER_CONCEPT_EDGES, b -> paperConcepts.add(new PaperConceptFact(
                b.get("paper"),
                b.get("concept"),
                "true".equals(lexical(b, "introduces")),
                integer(b, "mentions"),
                decimal(b, "confidence"))));
        mentions = new ArrayList<>();
        select(union, ExportQuery.MENTIONS, b -> mentions.add(
                new MentionFact(b.get("mention"), b.get("concept"), decimal(b, "confidence"))));
        relations = readRelations(union);
        coOccurrences = new ArrayList<>();
        select(union, ExportQuery.CO_OCCURRENCES, b -> coOccurrences.add(new CoOccurrenceFact(
                b.get("node"), b.get("first"), b.get("second"), integer(b, "weight"))));
    }

    /** Reads the facts inside a read transaction (or the caller's transaction, when in one). */
    static GraphFacts read(DatasetGraph dataset) {
        return Txn.calculateRead(dataset, () -> new GraphFacts(dataset.getUnionGraph()));
    }

    /** A concept with several concept classes is shown once, as the first kind in {@link NodeKind} order. */
    private static List<ConceptFact> readConcepts(Graph union) {
        Map<Node, ConceptFact> byIri = new LinkedHashMap<>();
        select(union, ExportQuery.CONCEPTS, b -> NodeKind.ofClass(b.get("type")).ifPresent(kind -> {
            ConceptFact fact = new ConceptFact(
                    b.get("concept"), kind, lexical(b, "label"), integer(b, "support"), lexical(b, "firstSeen"));
            byIri.merge(fact.iri(), fact, (a, c) -> a.kind().ordinal() <= c.kind().ordinal() ? a : c);
        }));
        return List.copyOf(byIri.values());
    }

    /** Relations joined with the RelationSupport nodes that describe them (several: the highest support). */
    private static List<RelationFact> readRelations(Graph union) {
        Map<Triple, List<Node>> statements = new HashMap<>();
        Map<Triple, Integer> support = new HashMap<>();
        select(union, ExportQuery.RELATION_SUPPORTS, b -> {
            Triple edge = Triple.create(b.get("subject"), b.get("predicate"), b.get("object"));
            statements.computeIfAbsent(edge, e -> new ArrayList<>()).add(b.get("statement"));
            support.merge(edge, integer(b, "support"), Math::max);
        });
        List<RelationFact> relations = new ArrayList<>();
        select(union, ExportQuery.CONCEPT_RELATIONS, b -> {
            Triple edge = Triple.create(b.get("subject"), b.get("predicate"), b.get("object"));
            relations.add(new RelationFact(edge.getSubject(), edge.getPredicate(), edge.getObject(),
                    List.copyOf(statements.getOrDefault(edge, List.of())), support.getOrDefault(edge, 0)));
        });
        return relations;
    }

    private static void select(Graph union, ExportQuery query, Consumer<Binding> row) {
        try (QueryExec exec = QueryExec.graph(union).query(query.query()).build()) {
            RowSet rows = exec.select();
            rows.forEachRemaining(row);
        }
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
