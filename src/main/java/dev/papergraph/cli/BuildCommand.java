package dev.papergraph.cli;

import dev.papergraph.BulkBuild;
import dev.papergraph.IngestOptions;
import dev.papergraph.Pipeline;
import dev.papergraph.graph.IriMinter;
import dev.papergraph.ingest.PaperStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "build", description = {
        "Builds a new store from many papers at once: parallel extraction into an extraction file, one resolution,",
        "the graph written as N-Quads and loaded with Jena's TDB2 bulk loader. Run again after an interruption, it",
        "extracts only the papers it lacks. To add papers to a store later, use ingest.",
        "Example: papergraph build --store papergraph-store arxiv-metadata.jsonl.gz"})
final class BuildCommand implements Callable<Integer> {
    @Option(names = "--store", paramLabel = "DIR", defaultValue = StoreOptions.DEFAULT_STORE,
            description = "The new store's folder; it must not hold anything yet (default: ${DEFAULT-VALUE}).")
    Path store;

    @Option(names = "--base", paramLabel = "IRI", defaultValue = IriMinter.DEFAULT_BASE,
            description = "Base IRI for papers and concepts (default: ${DEFAULT-VALUE}).")
    String base;

    @Option(names = "--extractions", paramLabel = "FILE",
            description = "Where to write the extraction file (default: extractions.jsonl inside the new store).")
    Path extractions;

    @Mixin
    InputOptions inputOptions;

    @Mixin
    NlpOptions nlpOptions;

    @Mixin
    BatchOptions batchOptions;

    @Mixin
    SpanOptions spanOptions;

    @Option(names = {"-q", "--quiet"}, description = "No progress line and no summary; warnings still go to stderr.")
    boolean quiet;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        var err = spec.commandLine().getErr();
        IngestOptions options = batchOptions.options(1);
        ProgressMeter meter = new ProgressMeter(System.err, quiet);
        long started = System.nanoTime();
        BulkBuild.Outcome outcome;
        try (PaperStream papers = inputOptions.collector(err, meter).open()) {
            if (!papers.hasNext()) {
                meter.finish();
                err.println("papergraph: nothing to build from: " + papers.report().summary());
                return 1;
            }
            Pipeline pipeline = Pipeline.standard(new IriMinter(base), nlpOptions.level(), spanOptions.convention());
            outcome = new BulkBuild(pipeline).build(papers, store, extractions, options, done -> {});
            meter.finish();
            if (!quiet) {
                spec.commandLine().getOut().println("read:      " + papers.report().summary());
            }
        }
        if (!quiet) {
            print(spec.commandLine().getOut(), outcome, store, (System.nanoTime() - started) / 1e9);
        }
        return 0;
    }

    static void print(java.io.PrintWriter out, BulkBuild.Outcome outcome, Path store, double seconds) {
        out.printf(Locale.ROOT, "built:     %,d papers (%,d extracted); %,d concepts; %,d triples in %s (%.1f s)%n",
                outcome.papers(), outcome.extracted(), outcome.concepts(), outcome.quads(), store, seconds);
        out.printf(Locale.ROOT, "stages:    extract %.1f s, resolve %.1f s, write N-Quads %.1f s, load %.1f s (%,.0f triples/s)%n",
                outcome.extractMillis() / 1e3, outcome.resolveMillis() / 1e3, outcome.writeMillis() / 1e3, outcome.loadMillis() / 1e3,
                outcome.quads() / Math.max(1e-3, outcome.loadMillis() / 1e3));
    }
}
