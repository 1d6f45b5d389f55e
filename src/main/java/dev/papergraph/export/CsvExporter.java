package dev.papergraph.export;

import dev.papergraph.export.Columns.Column;
import dev.papergraph.export.VisualGraph.VisualEdge;
import dev.papergraph.export.VisualGraph.VisualNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Two RFC 4180 CSV files (UTF-8, CRLF, fields quoted when they hold a comma, quote or line break):
 * {@code nodes} with {@code Id} then the {@link Columns}, and {@code edges} with {@code Id, Source,
 * Target, Type} ({@code Directed} or {@code Undirected}) then the {@link Columns}. These first columns
 * are the names Gephi's spreadsheet import recognises; Cytoscape lets one pick columns on import.
 */
final class CsvExporter implements GraphExporter {

    @Override
    public void write(VisualGraph graph, ExportSink sink) throws IOException {
        List<Column<VisualNode>> nodeColumns = new ArrayList<>();
        nodeColumns.add(new Column<>("Id", Columns.ValueType.STRING, VisualNode::id));
        nodeColumns.addAll(Columns.NODE);
        try (OutputStream out = sink.open("nodes")) {
            table(out, nodeColumns, graph.nodes());
        }
        List<Column<VisualEdge>> edgeColumns = new ArrayList<>();
        edgeColumns.add(new Column<>("Id", Columns.ValueType.STRING, VisualEdge::id));
        edgeColumns.add(new Column<>("Source", Columns.ValueType.STRING, VisualEdge::source));
        edgeColumns.add(new Column<>("Target", Columns.ValueType.STRING, VisualEdge::target));
        edgeColumns.add(new Column<>("Type", Columns.ValueType.STRING,
                e -> e.directed() ? "Directed" : "Undirected"));
        edgeColumns.addAll(Columns.EDGE);
        try (OutputStream out = sink.open("edges")) {
            table(out, edgeColumns, graph.edges());
        }
    }

    private static <T> void table(OutputStream out, List<Column<T>> columns, List<T> rows) throws IOException {
        Writer csv = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        line(csv, columns, Column::name);
        for (T row : rows) {
            line(csv, columns, c -> {
                String value = Columns.text(c.value().apply(row));
                return value == null ? "" : value;
            });
        }
        csv.flush();
    }

    private static <T> void line(Writer csv, List<Column<T>> columns, Function<Column<T>, String> cell)
            throws IOException {
        for (int i = 0; i < columns.size(); i++) {
            if (i > 0) {
                csv.write(',');
            }
            csv.write(field(cell.apply(columns.get(i))));
        }
        csv.write("\r\n");
    }

    private static String field(String value) {
        boolean quote = value.indexOf(',') >= 0 || value.indexOf('"') >= 0
                || value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0;
        return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }
}
