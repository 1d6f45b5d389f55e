package dev.papergraph.export;

import dev.papergraph.export.GraphFacts.CoOccurrenceFact;
import dev.papergraph.export.GraphFacts.ConceptFact;
import dev.papergraph.export.GraphFacts.MentionFact;
import dev.papergraph.export.GraphFacts.PaperConceptFact;
import dev.papergraph.export.GraphFacts.RelationFact;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;

/**
 * An {@link ExportFilter} applied to the store's {@link GraphFacts}: which concepts and edges stay.
 * Graph views ask about nodes and edges; RDF export asks about single statements: a statement goes
 * when its subject or object is a dropped node (a concept filtered out, or a mention, relation-support
 * or co-occurrence node describing something dropped), or when it is a dropped edge itself.
 */
final class Selection {
    private final ExportFilter filter;
    private final Set<Node> keptConcepts = new HashSet<>();
    private final Set<Node> droppedNodes = new HashSet<>();
    private final Set<Triple> droppedRelations = new HashSet<>();
    private final Set<List<Node>> droppedPaperConcepts = new HashSet<>();

    private Selection(GraphFacts facts, ExportFilter filter) {
        this.filter = filter;
        for (ConceptFact c : facts.concepts) {
            if (filter.keepsConcept(c.kind(), c.support())) {
                keptConcepts.add(c.iri());
            } else {
                droppedNodes.add(c.iri());
            }
        }
        for (MentionFact m : facts.mentions) {
            boolean conceptGone = m.concept() != null && droppedNodes.contains(m.concept());
            if (conceptGone || !filter.keepsConfidence(m.confidence())) {
                droppedNodes.add(m.mention());
            }
        }
        for (PaperConceptFact e : facts.paperConcepts) {
            if (!keeps(e)) {
                droppedPaperConcepts.add(List.of(e.paper(), e.concept()));
            }
        }
        for (RelationFact r : facts.relations) {
            if (!keeps(r)) {
                droppedRelations.add(Triple.create(r.subject(), r.predicate(), r.object()));
                droppedNodes.addAll(r.statements());
            }
        }
        for (CoOccurrenceFact co : facts.coOccurrences) {
            if (!keeps(co)) {
                droppedNodes.add(co.node());
            }
        }
    }

    static Selection of(GraphFacts facts, ExportFilter filter) {
        return new Selection(facts, filter);
    }

    boolean keepsConcept(Node concept) {
        return keptConcepts.contains(concept);
    }

    boolean keeps(PaperConceptFact e) {
        return keepsConcept(e.concept()) && filter.keepsConfidence(e.confidence());
    }

    boolean keeps(RelationFact r) {
        return keepsConcept(r.subject()) && keepsConcept(r.object()) && filter.keepsEdgeSupport(r.support());
    }

    boolean keeps(CoOccurrenceFact co) {
        return keepsConcept(co.first()) && keepsConcept(co.second()) && filter.keepsEdgeSupport(co.weight());
    }

    /** Whether an RDF statement survives the filter, whichever graph it sits in. */
    boolean keepsStatement(Node subject, Node predicate, Node object) {
        if (droppedNodes.contains(subject) || droppedNodes.contains(object)) {
            return false;
        }
        if (droppedPaperConcepts.contains(List.of(subject, object))) {
            return false;
        }
        return !droppedRelations.contains(Triple.create(subject, predicate, object));
    }
}
