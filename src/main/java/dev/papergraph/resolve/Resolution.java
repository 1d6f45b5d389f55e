package dev.papergraph.resolve;

import dev.papergraph.extract.Mention;
import java.util.List;
import java.util.Map;

/**
 * Concepts resolved over a set of papers: a pure function of that set, whatever order it came in.
 *
 * @param concepts sorted by key
 * @param conceptKeys for each paper id, each of its mentions' concept key
 * @param relations sorted by (subjectKey, type, objectKey)
 * @param coOccurrences sorted by (firstKey, secondKey)
 */
public record Resolution(
        List<Concept> concepts,
        Map<String, Map<Mention, String>> conceptKeys,
        List<ConceptRelation> relations,
        List<CoOccurrence> coOccurrences) {

    /** The key of the concept a paper's mention was resolved to. */
    public String conceptKeyOf(String paperId, Mention mention) {
        Map<Mention, String> keys = conceptKeys.get(paperId);
        String key = keys == null ? null : keys.get(mention);
        if (key == null) {
            throw new IllegalArgumentException("mention not resolved: " + paperId + " " + mention);
        }
        return key;
    }
}
