package dev.papergraph.export;

import dev.papergraph.export.Columns.Column;
import dev.papergraph.export.VisualGraph.VisualEdge;
import dev.papergraph.export.VisualGraph.VisualNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * Graphviz DOT: a {@code digraph} whose nodes are filled with their type's colour and whose edges are
 * labelled with their relation, thicker ({@code penwidth}) as their weight grows; co-occurrence edges
 * have no arrow ({@code dir=none}). Every {@link Columns} value is also written as an attribute, which
 * Graphviz ignores and tools reading DOT (Gephi, NetworkX) keep.
 */
final class DotExporter implements SingleFileExporter {

    @Override
    public void write(VisualGraph graph, OutputStream out) throws IOException {
        PrintWriter dot = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        dot.println("digraph papergraph {");
        dot.println("  graph [label=" + quote("papergraph " + graph.view().cliName()) + ", overlap=false];");
        dot.println("  node [shape=ellipse, style=filled, fontname=\"Helvetica\"];");
        dot.println("  edge [fontname=\"Helvetica\", fontsize=10];");
        for (VisualNode node : graph.nodes()) {
            dot.print("  " + quote(node.id()) + " [");
            attributes(dot, Columns.NODE, node);
            dot.println(", fillcolor=" + quote(node.kind().color()) + "];");
        }
        for (VisualEdge edge : graph.edges()) {
            dot.print("  " + quote(edge.source()) + " -> " + quote(edge.target()) + " [id=" + quote(edge.id()) + ", ");
            attributes(dot, Columns.EDGE, edge);
            dot.print(String.format(Locale.ROOT, ", penwidth=%.2f", 1 + Math.log(Math.max(1, edge.weight()))));
            dot.println(edge.directed() ? "];" : ", dir=none];");
        }
        dot.println("}");
        dot.flush();
        if (dot.checkError()) {
            throw new IOException("could not write the DOT output");
        }
    }

    private static <T> void attributes(PrintWriter dot, List<Column<T>> columns, T item) {
        StringBuilder line = new StringBuilder();
        for (Column<T> c : columns) {
            Object value = c.value().apply(item);
            if (value != null) {
                line.append(line.isEmpty() ? "" : ", ").append(c.name()).append('=');
                line.append(value instanceof Number ? value.toString() : quote(value.toString()));
            }
        }
        dot.print(line);
    }

    /** A DOT double-quoted string: backslashes and quotes escaped, line breaks as {@code \n}. */
    private static String quote(String s) {
        return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\r", "").replace("\n", "\\n") + '"';
    }
}
