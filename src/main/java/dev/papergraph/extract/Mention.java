package dev.papergraph.extract;

/**
 * A span of a paper's title or abstract that names a research concept.
 *
 * @param start offset in Unicode code points into the field's text
 * @param end offset in code points, exclusive
 * @param sentence the sentence containing the span, as it appears in the text
 * @param component which extractor component produced it (e.g. "crf", "gazetteer", "acronym", "pattern")
 * @param confidence in [0, 1]
 */
public record Mention(
        Field field,
        MentionType type,
        String text,
        int start,
        int end,
        String sentence,
        String component,
        double confidence) implements java.io.Serializable {

    public Mention {
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ") for '" + text + "'");
        }
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence out of [0, 1]: " + confidence);
        }
    }
}
