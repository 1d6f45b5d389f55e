package dev.papergraph.cli;

import dev.papergraph.BulkBuild;
import dev.papergraph.Pipeline;
import dev.papergraph.extract.NlpLevel;
import dev.papergraph.graph.IriMinter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "rebuild", description = {
        "Resolves and loads a store again from its extraction file, without NLP (for instance after resolution",
        "rules changed). The new store replaces the old one once complete.",
        "Example: papergraph rebuild --store papergraph-store --extractions papergraph-store/extractions.jsonl"})
final class RebuildCommand implements Callable<Integer> {
    @Option(names = "--store", paramLabel = "DIR", defaultValue = StoreOptions.DEFAULT_STORE,
            description = "The store to replace (default: ${DEFAULT-VALUE}).")
    Path store;

    @Option(names = "--base", paramLabel = "IRI", defaultValue = IriMinter.DEFAULT_BASE,
            description = "Base IRI for papers and concepts (default: ${DEFAULT-VALUE}).")
    String base;

    @Option(names = "--extractions", paramLabel = "FILE",
            description = "The extraction file written by build (default: extractions.jsonl inside the store).")
    Path extractions;

    @Option(names = {"-q", "--quiet"}, description = "No summary.")
    boolean quiet;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Path file = extractions == null ? BulkBuild.defaultExtractions(store) : extractions;
        if (!Files.isRegularFile(file)) {
            throw new UserError(file + ": no extraction file here; give one with --extractions FILE");
        }
        long started = System.nanoTime();
        // the extractor is not run: only its version is recorded with the graph
        Pipeline pipeline = Pipeline.standard(new IriMinter(base), NlpLevel.FAST);
        BulkBuild.Outcome outcome = new BulkBuild(pipeline).rebuild(file, store);
        if (!quiet) {
            BuildCommand.print(spec.commandLine().getOut(), outcome, store, (System.nanoTime() - started) / 1e9);
        }
        return 0;
    }
}
