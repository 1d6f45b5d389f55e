package dev.papergraph;

/**
 * Thresholds applied when papers enter the store.
 *
 * @param minConfidence mentions below this confidence are dropped before resolution
 * @param minSupport concepts named by fewer papers are left out of the graph, with their edges
 * @param threads extraction threads
 */
public record IngestOptions(double minConfidence, int minSupport, int threads) {
    public static IngestOptions defaults() {
        // One extraction thread per core: threads share one CoreNLP pipeline, whose locks they barely contend for.
        return new IngestOptions(0.0, 1, Runtime.getRuntime().availableProcessors());
    }

    public IngestOptions {
        if (minConfidence < 0 || minConfidence > 1) {
            throw new IllegalArgumentException("--min-confidence must be in [0, 1], not " + minConfidence);
        }
        if (minSupport < 1) {
            throw new IllegalArgumentException("--min-support must be at least 1, not " + minSupport);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("--threads must be at least 1, not " + threads);
        }
    }
}
