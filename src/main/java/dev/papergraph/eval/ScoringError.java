package dev.papergraph.eval;

/** One line of the error listing: the gold span, the prediction, or both (null where absent). */
public record ScoringError(ErrorKind kind, Span gold, Span predicted) implements Comparable<ScoringError> {

    Span anchor() {
        return predicted != null ? predicted : gold;
    }

    @Override
    public int compareTo(ScoringError other) {
        int byAnchor = anchor().compareTo(other.anchor());
        return byAnchor != 0 ? byAnchor : kind.compareTo(other.kind);
    }
}
