package dev.papergraph.extract;

import dev.papergraph.ingest.Paper;

/**
 * Turns a paper's title and abstract into mentions. Implementations are thread-safe: the pipeline
 * calls {@link #extract} from several threads.
 */
public interface MentionExtractor {
    PaperExtraction extract(Paper paper);

    /** Identifies the extractor's behaviour (components and model), recorded with every mention. */
    String version();
}
