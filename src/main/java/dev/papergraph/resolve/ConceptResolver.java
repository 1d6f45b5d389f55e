package dev.papergraph.resolve;

import dev.papergraph.extract.PaperExtraction;
import dev.papergraph.ingest.Paper;
import java.util.Collection;

/** Turns every paper's mentions into canonical concepts shared across papers. */
public interface ConceptResolver {
    /** One paper with what was extracted from it. */
    record PaperInput(Paper paper, PaperExtraction extraction) {}

    /** Must give the same result for the same set of inputs in any order. */
    Resolution resolve(Collection<PaperInput> papers);
}
