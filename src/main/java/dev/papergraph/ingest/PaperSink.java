package dev.papergraph.ingest;

/** Receives what a {@link PaperReader} reads: each paper as read, and each record it had to skip. */
public interface PaperSink {
    void paper(Paper paper);

    /** A record that was skipped; {@code reason} is one line, without the file and line. */
    void skip(SourceRef at, String reason);
}
