package dev.papergraph.extract;

import java.util.List;
import java.util.Set;

/**
 * Everything the extractor read from one paper.
 *
 * @param mentions sorted by field, then start offset
 * @param introduced surface forms (mention texts) of what the paper itself proposes or releases
 */
public record PaperExtraction(
        String paperId,
        List<Mention> mentions,
        List<AcronymPair> acronyms,
        Set<String> introduced,
        List<RelationMention> relations) implements java.io.Serializable {

    public PaperExtraction {
        mentions = List.copyOf(mentions);
        acronyms = List.copyOf(acronyms);
        introduced = Set.copyOf(introduced);
        relations = List.copyOf(relations);
    }
}
