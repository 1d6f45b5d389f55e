package dev.papergraph.export;

import java.io.IOException;
import java.io.OutputStream;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * The one entry point of the export stage: any {@link ExportFormat} of a store (TDB2 or in memory).
 *
 * <pre>{@code
 * ExportRequest request = new ExportRequest(ExportFormat.GEXF, GraphView.CONCEPTS,
 *         ExportFilter.NONE.withMinSupport(2), false);
 * ExportResult result = Exporter.export(dataset, request, ExportSink.toFile(Path.of("graph.gexf"), request.format()));
 * }</pre>
 */
public final class Exporter {

    private Exporter() {}

    public static ExportResult export(DatasetGraph dataset, ExportRequest request, ExportSink sink)
            throws IOException {
        ExportFormat format = request.format();
        if (format.isRdf()) {
            try (OutputStream out = sink.open(ExportFormat.SINGLE_PART)) {
                long statements = new RdfExporter(format, request.filter(), request.canonical(), request.leftOutGraphs()).write(dataset, out);
                return new ExportResult(format, statements, 0, 0);
            }
        }
        // The graph views read concepts, papers and their edges only, which no left-out graph (the log) holds.
        VisualGraph graph = VisualGraph.build(dataset, request.view(), request.filter());
        GraphExporter.of(format).write(graph, sink);
        return new ExportResult(format, 0, graph.nodes().size(), graph.edges().size());
    }
}
