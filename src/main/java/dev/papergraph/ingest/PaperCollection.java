package dev.papergraph.ingest;

import java.util.List;

/** The papers of one run, merged by id and sorted by id, and the report of what was read and skipped. */
public record PaperCollection(List<Paper> papers, IngestReport report) {
    public PaperCollection {
        papers = List.copyOf(papers);
    }
}
