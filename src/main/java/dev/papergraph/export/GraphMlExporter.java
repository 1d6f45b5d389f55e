package dev.papergraph.export;

import dev.papergraph.export.Columns.Column;
import dev.papergraph.export.VisualGraph.VisualEdge;
import dev.papergraph.export.VisualGraph.VisualNode;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * GraphML 1.0 with the attributes extension: one {@code <key>} per {@link Columns} entry (ids
 * {@code n_NAME} for nodes, {@code e_NAME} for edges), a directed graph whose co-occurrence edges are
 * marked {@code directed="false"}. Read by Gephi, Cytoscape, yEd, NetworkX and igraph.
 */
final class GraphMlExporter implements SingleFileExporter {
    private static final String NS = "http://graphml.graphdrawing.org/xmlns";

    @Override
    public void write(VisualGraph graph, OutputStream out) throws IOException {
        try (IndentingXmlWriter xml = new IndentingXmlWriter(out)) {
            xml.start("graphml").namespace("", NS);
            keys(xml, "node", "n_", Columns.NODE);
            keys(xml, "edge", "e_", Columns.EDGE);
            xml.start("graph", "id", "papergraph-" + graph.view().cliName(), "edgedefault", "directed");
            for (VisualNode node : graph.nodes()) {
                xml.start("node", "id", node.id());
                data(xml, "n_", Columns.NODE, node);
                xml.end();
            }
            for (VisualEdge edge : graph.edges()) {
                xml.start("edge", "id", edge.id(), "source", edge.source(), "target", edge.target(),
                        "directed", edge.directed() ? null : "false");
                data(xml, "e_", Columns.EDGE, edge);
                xml.end();
            }
            xml.end().end();
        }
    }

    private static <T> void keys(IndentingXmlWriter xml, String domain, String prefix, List<Column<T>> columns)
            throws IOException {
        for (Column<T> c : columns) {
            String type = switch (c.type()) {
                case STRING -> "string";
                case INT -> "int";
                case DOUBLE -> "double";
            };
            xml.empty("key", "id", prefix + c.name(), "for", domain, "attr.name", c.name(), "attr.type", type);
        }
    }

    private static <T> void data(IndentingXmlWriter xml, String prefix, List<Column<T>> columns, T item)
            throws IOException {
        for (Column<T> c : columns) {
            String value = Columns.text(c.value().apply(item));
            if (value != null) {
                xml.text("data", value, "key", prefix + c.name());
            }
        }
    }
}
