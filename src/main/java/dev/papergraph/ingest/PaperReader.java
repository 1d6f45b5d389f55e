package dev.papergraph.ingest;

/**
 * Reads the papers of one input in one {@link InputFormat}, fed one line at a time, so that the caller
 * decides when to read on and never more than one record is held. Each paper goes to the sink with one
 * source (its file and the line its record starts on); merging papers read twice is not a reader's job.
 * A reader keeps the state of its input: use a new one for each input.
 */
public interface PaperReader {
    /**
     * Takes the input's next line and hands on every record it completes. A bad record goes to
     * {@link PaperSink#skip}; nothing is thrown.
     *
     * @param at where the line is, for the sources and problems of the records it starts
     */
    void readLine(SourceLines.Line line, SourceRef at, PaperSink sink);

    /** The input has no more lines: hands on a record still open. */
    default void endOfInput(PaperSink sink) {}
}
