package dev.papergraph.export;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/**
 * What an export leaves out, the same for RDF and graph formats (see {@link Selection}):
 *
 * <ul>
 *   <li>{@code types}: keep only concepts of these kinds (empty: all kinds);
 *   <li>{@code minSupport}: keep only concepts named by at least this many papers;
 *   <li>{@code minConfidence}: keep only paper-concept edges whose best mention has at least this
 *       confidence, and only mentions that reach it;
 *   <li>{@code minEdgeSupport}: keep only concept-concept relations with at least this support and
 *       co-occurrences with at least this many papers in common.
 * </ul>
 *
 * A value the store does not record (no {@code pg:support}, no {@code pg:confidence}) counts as 0, so
 * any positive threshold drops it: publishing only well-supported edges must not let unknowns through.
 */
public record ExportFilter(Set<NodeKind> types, int minSupport, double minConfidence, int minEdgeSupport) {

    /** Keeps everything. */
    public static final ExportFilter NONE = new ExportFilter(Set.of(), 0, 0, 0);

    public ExportFilter {
        types = types.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(types));
        if (types.contains(NodeKind.PAPER)) {
            throw new IllegalArgumentException("the type filter takes concept types, not Paper");
        }
        if (minSupport < 0 || minEdgeSupport < 0) {
            throw new IllegalArgumentException("minimum support must be 0 or more");
        }
        if (!(minConfidence >= 0 && minConfidence <= 1)) {
            throw new IllegalArgumentException("minimum confidence must be in [0, 1], was " + minConfidence);
        }
    }

    /** Parses a comma-separated list of concept types ("method,dataset"); blank means all. */
    public static Set<NodeKind> parseTypes(String list) {
        if (list == null || list.isBlank()) {
            return Set.of();
        }
        EnumSet<NodeKind> kinds = EnumSet.noneOf(NodeKind.class);
        Arrays.stream(list.split(",")).filter(s -> !s.isBlank()).map(NodeKind::conceptKind).forEach(kinds::add);
        return kinds;
    }

    public ExportFilter withTypes(Set<NodeKind> newTypes) {
        return new ExportFilter(newTypes, minSupport, minConfidence, minEdgeSupport);
    }

    public ExportFilter withMinSupport(int value) {
        return new ExportFilter(types, value, minConfidence, minEdgeSupport);
    }

    public ExportFilter withMinConfidence(double value) {
        return new ExportFilter(types, minSupport, value, minEdgeSupport);
    }

    public ExportFilter withMinEdgeSupport(int value) {
        return new ExportFilter(types, minSupport, minConfidence, value);
    }

    public boolean keepsEverything() {
        return types.isEmpty() && minSupport == 0 && minConfidence == 0 && minEdgeSupport == 0;
    }

    boolean keepsConcept(NodeKind kind, int support) {
        return (types.isEmpty() || types.contains(kind)) && support >= minSupport;
    }

    /** {@code confidence} is NaN when no mention records one. */
    boolean keepsConfidence(double confidence) {
        return minConfidence == 0 || (!Double.isNaN(confidence) && confidence >= minConfidence);
    }

    boolean keepsEdgeSupport(int support) {
        return support >= minEdgeSupport;
    }
}
