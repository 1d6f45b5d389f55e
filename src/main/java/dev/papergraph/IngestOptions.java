package dev.papergraph;

/**
 * Thresholds applied when papers enter the store.
 *
 * @param minConfidence mentions below this confidence are dropped before resolution
 * @param minSupport concepts named by fewer papers are left out of the graph, with their edges
 * @param threads extraction threads
 * @param batchSize papers read, extracted, resolved and written together (one write transaction);
 *     an interrupted ingest keeps every batch written before the interruption
 */
public record IngestOptions(double minConfidence, int minSupport, int threads, int batchSize) {
    public static final int DEFAULT_BATCH_SIZE = 1000;

    public IngestOptions(double minConfidence, int minSupport, int threads) {
        this(minConfidence, minSupport, threads, DEFAULT_BATCH_SIZE);
    }

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
        if (batchSize < 1) {
            throw new IllegalArgumentException("--batch must be at least 1, not " + batchSize);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("--threads must be at least 1, not " + threads);
        }
    }
}
