package dev.papergraph.export;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Which node-and-edge view of the store a graph format shows. */
public enum GraphView {
    /** Concept nodes; edges are the typed concept relations and co-occurrences (undirected, weighted). */
    CONCEPTS,
    /** Paper and concept nodes; edges go from a paper to each concept it introduces or uses. */
    BIPARTITE;

    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static GraphView fromCliName(String name) {
        return Arrays.stream(values())
                .filter(v -> v.cliName().equalsIgnoreCase(name.trim()))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown view '" + name + "'; expected one of "
                        + Arrays.stream(values()).map(GraphView::cliName).collect(Collectors.joining(", "))));
    }
}
