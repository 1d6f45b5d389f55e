package dev.papergraph.extract;

/**
 * A proposed mention before the components' proposals are reconciled: tokens [from, to) of one
 * sentence of one field.
 */
record Candidate(int sentence, int from, int to, MentionType type, String component, double confidence) {

    Candidate withType(MentionType newType) {
        return new Candidate(sentence, from, to, newType, component, confidence);
    }

    boolean overlaps(Candidate other) {
        return sentence == other.sentence && from < other.to && other.from < to;
    }

    int length() {
        return to - from;
    }
}
