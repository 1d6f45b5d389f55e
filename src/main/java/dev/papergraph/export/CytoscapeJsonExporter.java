package dev.papergraph.export;

import dev.papergraph.export.Columns.Column;
import dev.papergraph.export.VisualGraph.VisualEdge;
import dev.papergraph.export.VisualGraph.VisualNode;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.apache.jena.atlas.json.io.JSWriter;

/**
 * Cytoscape.js JSON ({@code .cyjs}), as Cytoscape desktop imports it (File > Import > Network from
 * File) and as {@code cytoscape({elements: …})} takes it in a browser: {@code elements.nodes[].data}
 * and {@code elements.edges[].data} with {@link Columns}, plus {@code name} (Cytoscape's node label
 * column), {@code interaction} (its edge type column) and {@code directed}.
 */
final class CytoscapeJsonExporter implements SingleFileExporter {

    @Override
    public void write(VisualGraph graph, OutputStream out) throws IOException {
        JSWriter json = new JSWriter(out);
        json.startOutput();
        json.startObject();
        json.pair("format_version", "1.0");
        json.pair("generated_by", "papergraph");
        json.pair("target_cytoscapejs_version", "~3.0");
        json.key("data");
        json.startObject();
        json.pair("name", "papergraph " + graph.view().cliName());
        json.finishObject();
        json.key("elements");
        json.startObject();
        json.key("nodes");
        json.startArray();
        boolean first = true;
        for (VisualNode node : graph.nodes()) {
            first = separate(json, first);
            json.startObject().key("data").startObject();
            json.pair("id", node.id());
            json.pair("name", node.label());
            data(json, Columns.NODE, node);
            json.finishObject().finishObject();
        }
        json.finishArray();
        json.key("edges");
        json.startArray();
        first = true;
        for (VisualEdge edge : graph.edges()) {
            first = separate(json, first);
            json.startObject().key("data").startObject();
            json.pair("id", edge.id());
            json.pair("source", edge.source());
            json.pair("target", edge.target());
            json.pair("interaction", edge.relation());
            json.pair("directed", edge.directed());
            data(json, Columns.EDGE, edge);
            json.finishObject().finishObject();
        }
        json.finishArray();
        json.finishObject();
        json.finishObject();
        json.finishOutput();
        out.flush();
    }

    private static boolean separate(JSWriter json, boolean first) {
        if (!first) {
            json.arraySep();
        }
        return false;
    }

    private static <T> void data(JSWriter json, List<Column<T>> columns, T item) {
        for (Column<T> c : columns) {
            Object value = c.value().apply(item);
            if (value instanceof Number number) {
                json.pair(c.name(), number);
            } else if (value != null) {
                json.pair(c.name(), value.toString());
            }
        }
    }
}
