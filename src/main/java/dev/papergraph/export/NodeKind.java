package dev.papergraph.export;

import dev.papergraph.graph.PG;
import dev.papergraph.graph.Palette;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Resource;

/**
 * The kinds of node a graph view shows, each with the class it comes from and a colour, so that every
 * graph format colours a type the same way, and as the explorer does ({@link Palette}).
 */
public enum NodeKind {
    PAPER("Paper", PG.Paper),
    METHOD("Method", PG.Method),
    MODEL("Model", PG.Model),
    DATASET("Dataset", PG.Dataset),
    TASK("Task", PG.Task),
    METRIC("Metric", PG.Metric);

    private final String label;
    private final Resource type;
    private final String color;

    NodeKind(String label, Resource type) {
        this.label = label;
        this.type = type;
        this.color = Palette.colour(label);
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
