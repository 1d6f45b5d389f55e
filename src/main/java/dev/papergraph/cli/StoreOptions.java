package dev.papergraph.cli;

import dev.papergraph.graph.IriMinter;
import dev.papergraph.store.KnowledgeStore;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where the graph lives: a TDB2 folder (default {@code ./papergraph-store}) or memory. */
final class StoreOptions {
    static final String DEFAULT_STORE = "papergraph-store";

    @Option(names = "--store", paramLabel = "DIR", description = "TDB2 store folder (default: ${DEFAULT-VALUE}).", defaultValue = DEFAULT_STORE)
    Path store;

    @Option(names = "--in-memory", description = "Use a store in memory for a one-shot run; nothing is written to disk.")
    boolean inMemory;

    @Option(names = "--base", paramLabel = "IRI", description = "Base IRI for papers and concepts (default: ${DEFAULT-VALUE}).", defaultValue = IriMinter.DEFAULT_BASE)
    String base;

    IriMinter iris() {
        return new IriMinter(base);
    }

    KnowledgeStore open() {
        if (inMemory) {
            return KnowledgeStore.inMemory(iris());
        }
        if (Files.exists(store) && !Files.isDirectory(store)) {
            throw new UserError(store + ": not a folder; --store needs a folder for the TDB2 store");
        }
        try {
            return KnowledgeStore.open(store, iris());
        } catch (RuntimeException e) {
            if (String.valueOf(e.getMessage()).contains("lock") || e.getClass().getSimpleName().contains("Lock")) {
                throw new UserError(store + ": the store is in use by another papergraph process (one process per store)");
            }
            throw new UserError(store + ": cannot open the store: " + e.getMessage());
        }
    }

    /** Opens an existing store for reading; a missing folder is a user error, not a new empty store. */
    KnowledgeStore openExisting() {
        if (!inMemory && !Files.isDirectory(store)) {
            throw new UserError(store + ": no store here; run 'papergraph ingest --store " + store + " INPUT...' first");
        }
        return open();
    }
}
