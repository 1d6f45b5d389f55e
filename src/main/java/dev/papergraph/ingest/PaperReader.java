package dev.papergraph.ingest;

import java.io.IOException;

/**
 * Reads the papers of one input in one {@link InputFormat}. Each paper goes to the sink with one source
 * (its file and the line its record starts on); merging papers read twice is the collector's job.
 */
public interface PaperReader {
    /**
     * Reads every record. A bad record goes to {@link PaperSink#skip} and reading goes on; only a failure
     * of the stream itself ends early, as an IOException.
     */
    void read(SourceLines lines, PaperSink sink) throws IOException;
}
