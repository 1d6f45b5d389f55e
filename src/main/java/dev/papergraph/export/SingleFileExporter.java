package dev.papergraph.export;

import java.io.IOException;
import java.io.OutputStream;

/** A graph format that is one file. */
interface SingleFileExporter extends GraphExporter {

    void write(VisualGraph graph, OutputStream out) throws IOException;

    @Override
    default void write(VisualGraph graph, ExportSink sink) throws IOException {
        try (OutputStream out = sink.open(ExportFormat.SINGLE_PART)) {
            write(graph, out);
        }
    }
}
