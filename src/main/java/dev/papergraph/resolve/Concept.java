package dev.papergraph.resolve;

import dev.papergraph.extract.MentionType;
import dev.papergraph.ingest.PaperDate;
import java.util.List;
import java.util.SortedSet;

/**
 * One research concept resolved across papers.
 *
 * @param key stable and order-independent, IRI-safe ({@code [a-z0-9][a-z0-9._-]*}), unique in a resolution
 * @param prefLabel the most frequent well-formed surface form, original case kept
 * @param variants every other surface form, with the rule that merged it, sorted by label
 * @param paperIds papers that mention it; their count is the concept's support
 * @param introducedBy papers that introduce it
 * @param firstSeen earliest date of a mentioning paper with a year, or null
 * @param link identifiers from the shipped table of well-known concepts, or null
 */
public record Concept(
        String key,
        MentionType type,
        String prefLabel,
        List<LabelVariant> variants,
        SortedSet<String> paperIds,
        SortedSet<String> introducedBy,
        PaperDate firstSeen,
        ConceptLink link) {

    public int support() {
        return paperIds.size();
    }
}
