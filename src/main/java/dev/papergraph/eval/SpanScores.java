package dev.papergraph.eval;

import java.util.List;
import java.util.SortedMap;

/**
 * Per-type counts for exact-span and overlap matching, and the errors behind them.
 *
 * @param exact by type, a prediction matching a gold span with the same boundaries and type
 * @param overlap by type, a prediction matching one overlapping gold span of its type (one to one)
 */
public record SpanScores(SortedMap<String, Counts> exact, SortedMap<String, Counts> overlap, List<ScoringError> errors) {

    public Counts exactMicro() {
        return exact.values().stream().reduce(Counts.ZERO, Counts::plus);
    }

    public Counts overlapMicro() {
        return overlap.values().stream().reduce(Counts.ZERO, Counts::plus);
    }
}
