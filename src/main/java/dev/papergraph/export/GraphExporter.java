package dev.papergraph.export;

import java.io.IOException;

/** Writes a {@link VisualGraph} in one graph format. */
public interface GraphExporter {

    /** Writes the graph, opening from the sink each part the format has ({@link ExportFormat#parts()}). */
    void write(VisualGraph graph, ExportSink sink) throws IOException;

    /** The exporter of a graph format. */
    static GraphExporter of(ExportFormat format) {
        return switch (format) {
            case GRAPHML -> new GraphMlExporter();
            case GEXF -> new GexfExporter();
            case CYJS -> new CytoscapeJsonExporter();
            case DOT -> new DotExporter();
            case CSV -> new CsvExporter();
            default -> throw new IllegalArgumentException(format.cliName() + " is not a graph format");
        };
    }
}
