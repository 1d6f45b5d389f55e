package dev.papergraph.export;

import dev.papergraph.export.VisualGraph.VisualEdge;
import dev.papergraph.export.VisualGraph.VisualNode;
import java.util.List;
import java.util.function.Function;

/**
 * The data every graph format attaches to nodes and edges, declared once so that all formats carry
 * the same attributes under the same names: tools colour by {@code type} (or use {@code color}), size
 * by {@code support}, lay out time by {@code year}, and thicken edges by {@code weight}.
 */
final class Columns {

    enum ValueType {
        STRING,
        INT,
        DOUBLE
    }

    /** One attribute; {@code value} gives a String, Integer or Double, or null when the item has none. */
    record Column<T>(String name, ValueType type, Function<T, Object> value) {}

    static final List<Column<VisualNode>> NODE = List.of(
            new Column<>("type", ValueType.STRING, n -> n.kind().label()),
            new Column<>("label", ValueType.STRING, VisualNode::label),
            new Column<>("iri", ValueType.STRING, VisualNode::iri),
            new Column<>("support", ValueType.INT, VisualNode::support),
            new Column<>("date", ValueType.STRING, VisualNode::date),
            new Column<>("year", ValueType.INT, VisualNode::year),
            new Column<>("color", ValueType.STRING, n -> n.kind().color()));

    static final List<Column<VisualEdge>> EDGE = List.of(
            new Column<>("relation", ValueType.STRING, VisualEdge::relation),
            new Column<>("label", ValueType.STRING, VisualEdge::label),
            new Column<>("weight", ValueType.INT, VisualEdge::weight),
            new Column<>("confidence", ValueType.DOUBLE, e -> Double.isNaN(e.confidence()) ? null : e.confidence()));

    private Columns() {}

    /** A value as text: integers plainly, doubles in shortest round-trip form, never localised. */
    static String text(Object value) {
        return value == null ? null : String.valueOf(value);
    }
}
