package dev.papergraph.cli;

import dev.papergraph.IngestOptions;
import dev.papergraph.IngestOutcome;
import dev.papergraph.Pipeline;
import dev.papergraph.extract.NlpLevel;
import dev.papergraph.extract.SpanConvention;
import dev.papergraph.ingest.IngestReport;
import dev.papergraph.ingest.IngestProgress;
import dev.papergraph.ingest.PaperStream;
import dev.papergraph.store.KnowledgeStore;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "ingest", description = {
        "Reads abstracts, extracts their concepts and adds them to the store. Ingesting the same input again changes nothing.",
        "Example: papergraph ingest --store papergraph-store abstracts/ more.jsonl"})
final class IngestCommand implements Callable<Integer> {
    @Mixin
    StoreOptions storeOptions;

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

    @Option(names = "--min-support", paramLabel = "N", defaultValue = "1",
            description = "Keep only concepts named by at least N papers (default: ${DEFAULT-VALUE}).")
    int minSupport;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        var err = spec.commandLine().getErr();
        NlpLevel level = nlpOptions.level();
        SpanConvention spans = spanOptions.convention();
        IngestOptions options = batchOptions.options(minSupport);
        ProgressMeter meter = new ProgressMeter(System.err, quiet);
        long started = System.nanoTime();
        AtomicLong extracted = new AtomicLong();
        AtomicReference<IngestProgress> read = new AtomicReference<>();
        IngestOutcome outcome;
        IngestReport report;
        try (PaperStream papers = inputOptions.collector(err, meter, progress -> {
                    read.set(progress);
                    meter.showIngest(progress, extracted.get());
                }).open()) {
            if (!papers.hasNext()) {
                meter.finish();
                err.println("papergraph: nothing to ingest: " + papers.report().summary());
                return 1;
            }
            try (KnowledgeStore store = storeOptions.open()) {
                Pipeline pipeline = Pipeline.standard(store.iris(), level, spans);
                outcome = pipeline.ingest(() -> papers, store, options, done -> {
                    extracted.set(done);
                    if (read.get() != null) {
                        meter.showIngest(read.get(), done);
                    }
                });
            }
            report = papers.report();
        }
        meter.finish();
        if (!quiet) {
            var out = spec.commandLine().getOut();
            double seconds = (System.nanoTime() - started) / 1e9;
            out.println("read:      " + report.summary());
            out.printf(Locale.ROOT, "ingested:  %,d new papers, %,d updated, %,d extracted, %,d stored papers rewritten; %,d concepts; %,d triples in %s (%.1f s)%n",
                    outcome.papersAdded(), outcome.papersUpdated(), outcome.papersExtracted(), outcome.papersRewritten(), outcome.concepts(),
                    outcome.triples(), storeOptions.inMemory ? "memory" : storeOptions.store, seconds);
        }
        return 0;
    }
}
