package dev.papergraph.resolve;

import dev.papergraph.extract.RelationType;
import java.util.List;

/**
 * A statement between two concepts, with every sentence it was read from.
 *
 * @param evidence sorted by paper id, then the subject mention's offset
 */
public record ConceptRelation(RelationType type, String subjectKey, String objectKey, List<RelationEvidence> evidence) {
    /** Number of distinct papers behind the statement. */
    public int support() {
        return (int) evidence.stream().map(RelationEvidence::paperId).distinct().count();
    }
}
