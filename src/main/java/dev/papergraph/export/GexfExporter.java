package dev.papergraph.export;

import dev.papergraph.export.Columns.Column;
import dev.papergraph.export.VisualGraph.VisualEdge;
import dev.papergraph.export.VisualGraph.VisualNode;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * GEXF 1.2, Gephi's own format: node and edge attributes declared per {@link Columns} (the label goes
 * in the element's {@code label}), edge {@code weight} for thickness, co-occurrence edges
 * {@code type="undirected"} in an otherwise directed graph. Colours and sizes are left to Gephi's
 * Appearance panel (partition by {@code type}, rank by {@code support}), which keeps the file valid
 * against the published schema.
 */
final class GexfExporter implements SingleFileExporter {
    private static final String NS = "http://www.gexf.net/1.2";

    @Override
    public void write(VisualGraph graph, OutputStream out) throws IOException {
        try (IndentingXmlWriter xml = new IndentingXmlWriter(out)) {
            xml.start("gexf", "version", "1.2").namespace("", NS);
            xml.start("meta");
            xml.text("creator", "papergraph");
            xml.text("description", "papergraph " + graph.view().cliName() + " view");
            xml.end();
            xml.start("graph", "defaultedgetype", "directed", "mode", "static", "idtype", "string");
            declare(xml, "node", Columns.NODE);
            declare(xml, "edge", Columns.EDGE);
            xml.start("nodes", "count", Integer.toString(graph.nodes().size()));
            for (VisualNode node : graph.nodes()) {
                xml.start("node", "id", node.id(), "label", node.label());
                values(xml, Columns.NODE, node);
                xml.end();
            }
            xml.end();
            xml.start("edges", "count", Integer.toString(graph.edges().size()));
            for (VisualEdge edge : graph.edges()) {
                xml.start("edge", "id", edge.id(), "source", edge.source(), "target", edge.target(),
                        "type", edge.directed() ? null : "undirected", "label", edge.label(),
                        "weight", Integer.toString(edge.weight()));
                values(xml, Columns.EDGE, edge);
                xml.end();
            }
            xml.end().end().end();
        }
    }

    private static <T> void declare(IndentingXmlWriter xml, String domain, List<Column<T>> columns)
            throws IOException {
        xml.start("attributes", "class", domain, "mode", "static");
        for (Column<T> c : columns) {
            String type = switch (c.type()) {
                case STRING -> "string";
                case INT -> "integer";
                case DOUBLE -> "double";
            };
            xml.empty("attribute", "id", c.name(), "title", c.name(), "type", type);
        }
        xml.end();
    }

    private static <T> void values(IndentingXmlWriter xml, List<Column<T>> columns, T item) throws IOException {
        xml.start("attvalues");
        for (Column<T> c : columns) {
            String value = Columns.text(c.value().apply(item));
            if (value != null) {
                xml.empty("attvalue", "for", c.name(), "value", value);
            }
        }
        xml.end();
    }
}
