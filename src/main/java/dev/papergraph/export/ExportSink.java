package dev.papergraph.export;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where an export's bytes go: one stream per part of the format ({@link ExportFormat#parts()}). */
@FunctionalInterface
public interface ExportSink {

    /** Opens the stream for one part; the exporter closes it. */
    OutputStream open(String part) throws IOException;

    /** Files named after {@code out}, see {@link ExportFormat#pathFor(Path, String)}. */
    static ExportSink toFile(Path out, ExportFormat format) {
        // Buffered: the XML and text writers write a few bytes at a time, each a system call unbuffered.
        return part -> new BufferedOutputStream(Files.newOutputStream(format.pathFor(out, part)), 1 << 16);
    }

    /**
     * A single stream (standard output, an HTTP response) that the exporter flushes but does not close.
     * A multi-file format cannot go there.
     */
    static ExportSink toStream(OutputStream out) {
        return part -> {
            if (!part.equals(ExportFormat.SINGLE_PART)) {
                throw new IllegalArgumentException(
                        "the csv format writes two files (nodes and edges); give an output file");
            }
            return new FilterOutputStream(out) {
                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    out.write(b, off, len);
                }

                @Override
                public void close() throws IOException {
                    flush();
                }
            };
        };
    }
}
