package dev.papergraph.cli;

import dev.papergraph.ingest.IngestReport;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "read", description = {
        "Reads inputs as ingest does, without a store or NLP, and says what it read and how fast: a check of inputs"
                + " before an ingest. Papers are not held, so inputs of any size are read in little memory.",
        "Example: papergraph read arxiv-metadata-oai-snapshot.jsonl.gz"})
final class ReadCommand implements Callable<Integer> {
    @Mixin
    InputOptions inputOptions;

    @Option(names = {"-q", "--quiet"}, description = "No progress line and no summary; warnings still go to stderr.")
    boolean quiet;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        var err = spec.commandLine().getErr();
        ProgressMeter meter = new ProgressMeter(System.err, quiet);
        long started = System.nanoTime();
        IngestReport report = inputOptions.collector(err, meter).read(paper -> {});
        meter.finish();
        double seconds = Math.max(1e-3, (System.nanoTime() - started) / 1e9);
        if (!quiet) {
            var out = spec.commandLine().getOut();
            out.println("read:  " + report.summary());
            out.printf(Locale.ROOT, "speed: %,.1f MiB in %.1f s: %,.1f MiB/s, %,.0f papers/s%n",
                    report.bytesRead() / ProgressMeter.MIB, seconds, report.bytesRead() / ProgressMeter.MIB / seconds, report.papers() / seconds);
        }
        return report.outcome() == IngestReport.Outcome.NOTHING ? 1 : 0;
    }
}
