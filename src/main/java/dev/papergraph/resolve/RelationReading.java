package dev.papergraph.resolve;

import dev.papergraph.extract.RelationMention;
import dev.papergraph.extract.RelationType;
import java.io.Serializable;

/** A resolved relation between two concepts as read in one paper: the keys of its ends and the relation mention. */
public record RelationReading(RelationType type, String subjectKey, String objectKey, RelationMention mention) implements Serializable {
    /** The relation's id: subject, type and object joined by {@link ResolutionIndex#SEP}. */
    public String relationId() {
        return ResolutionIndex.key(subjectKey, type.name(), objectKey);
    }
}
