package dev.papergraph.cli;

import dev.papergraph.IngestOptions;
import picocli.CommandLine.Option;

/** How papers enter a store, for the commands that write one: confidence floor, threads, batch size. */
final class BatchOptions {
    @Option(names = "--min-confidence", paramLabel = "X", defaultValue = "0",
            description = "Drop mentions below this confidence, in [0, 1] (default: ${DEFAULT-VALUE}).")
    double minConfidence;

    @Option(names = "--threads", paramLabel = "N", description = "Extraction threads (default: the number of cores).")
    Integer threads;

    @Option(names = "--batch", paramLabel = "N", defaultValue = "" + IngestOptions.DEFAULT_BATCH_SIZE,
            description = "Papers extracted, resolved and written together; an interruption loses at most one batch (default: ${DEFAULT-VALUE}).")
    int batch;

    IngestOptions options(int minSupport) {
        return new IngestOptions(minConfidence, minSupport, threads == null ? IngestOptions.defaults().threads() : threads, batch);
    }
}
