package dev.papergraph.eval;

import java.util.Comparator;

/**
 * A typed span of one field of one paper, gold or predicted. Offsets are code points, end exclusive.
 *
 * @param component the extractor component that predicted it; empty for gold spans
 */
public record Span(String paper, String field, int start, int end, String type, String text, String component)
        implements Comparable<Span> {

    private static final Comparator<Span> ORDER = Comparator.comparing(Span::paper)
            .thenComparing(Span::field)
            .thenComparingInt(Span::start)
            .thenComparingInt(Span::end)
            .thenComparing(Span::type);

    public boolean overlaps(Span other) {
        return paper.equals(other.paper) && field.equals(other.field) && start < other.end && other.start < end;
    }

    public boolean sameBoundaries(Span other) {
        return paper.equals(other.paper) && field.equals(other.field) && start == other.start && end == other.end;
    }

    Span withType(String newType) {
        return new Span(paper, field, start, end, newType, text, component);
    }

    @Override
    public int compareTo(Span other) {
        return ORDER.compare(this, other);
    }
}
