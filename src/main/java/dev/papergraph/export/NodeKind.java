package dev.papergraph.export;

import dev.papergraph.graph.PG;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Resource;

/**
 * The kinds of node a graph view shows, each with the class it comes from and a colour, so that every
 * graph format colours a type the same way (a colour-blind-safe Tableau palette).
 */
public enum NodeKind {
    PAPER("Paper", PG.Paper, "#7f7f7f"),
    METHOD("Method", PG.Method, "#1f77b4"),
    MODEL("Model", PG.Model, "#ff7f0e"),
    DATASET("Dataset", PG.Dataset, "#2ca02c"),
    TASK("Task", PG.Task, "#d62728"),
    METRIC("Metric", PG.Metric, "#9467bd");

    private final String label;
    private final Resource type;
    private final String color;

    NodeKind(String label, Resource type, String color) {
        this.label = label;
        this.type = type;
        this.color = color;
    }

    /** The class's local name, as shown in the exported attribute {@code type}. */
    public String label() {
        return label;
    }

    public Resource type() {
        return type;
    }

    /** Colour as {@code #rrggbb}. */
    public String color() {
        return color;
    }

    public boolean isConcept() {
        return this != PAPER;
    }

    static Optional<NodeKind> ofClass(Node type) {
        return Arrays.stream(values()).filter(k -> k.type.asNode().equals(type)).findFirst();
    }

    /** A concept kind by its class name, case-insensitive ("dataset", "Dataset"). */
    public static NodeKind conceptKind(String name) {
        String wanted = name.trim();
        return Arrays.stream(values())
                .filter(k -> k.isConcept() && k.label.equalsIgnoreCase(wanted))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown concept type '" + name
                        + "'; expected one of "
                        + Arrays.stream(values())
                                .filter(NodeKind::isConcept)
                                .map(k -> k.label.toLowerCase(Locale.ROOT))
                                .collect(Collectors.joining(", "))));
    }
}
