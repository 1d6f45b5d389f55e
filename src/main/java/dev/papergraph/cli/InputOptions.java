package dev.papergraph.cli;

import dev.papergraph.ingest.IngestProgress;
import dev.papergraph.ingest.InputFormat;
import dev.papergraph.ingest.PaperCollection;
import dev.papergraph.ingest.PaperCollector;
import java.io.PrintWriter;
import java.util.List;
import java.util.function.Consumer;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Which papers to read: files, folders, standard input, or the bundled sample corpus. */
final class InputOptions {
    @Parameters(paramLabel = "INPUT", arity = "0..*",
            description = "Files, folders (searched recursively) or - for standard input; gzip and bzip2 are unpacked.")
    List<String> inputs = List.of();

    @Option(names = "--sample", description = "Read the bundled sample corpus (the seed abstracts: 412 records, 395 papers).")
    boolean sample;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "Force the input format: abstracts, listing or jsonl (default: detected from content).")
    String format;

    @Option(names = "--max-abstract-chars", paramLabel = "N", defaultValue = "100000",
            description = "Skip abstracts longer than this (default: ${DEFAULT-VALUE}).")
    int maxAbstractChars;

    /** Reads every input and merges papers by id; problems go to {@code err} as they happen. */
    PaperCollection collect(PrintWriter err, ProgressMeter meter) {
        PaperCollection collection = collector(err, meter).collect();
        meter.finish();
        return collection;
    }

    /** A collector for the chosen inputs, format and limits, for callers that stream the papers. */
    PaperCollector collector(PrintWriter err, ProgressMeter meter) {
        return collector(err, meter, meter::showReading);
    }

    /** A collector that reports how far reading is to {@code progress}. */
    PaperCollector collector(PrintWriter err, ProgressMeter meter, Consumer<IngestProgress> progress) {
        if (inputs.isEmpty() && !sample) {
            throw new UserError("give at least one INPUT (file, folder or -), or --sample");
        }
        PaperCollector.Builder collector = PaperCollector.create()
                .paths(inputs)
                .stdin(System.in)
                .maxAbstractChars(maxAbstractChars)
                .warnings(line -> {
                    meter.finish();
                    err.println(line);
                })
                .progress(progress);
        if (sample) {
            collector.sample();
        }
        if (format != null) {
            collector.format(InputFormat.fromCliName(format)
                    .orElseThrow(() -> new UserError("unknown --format '" + format + "' (one of " + InputFormat.cliNames() + ")")));
        }
        return collector.build();
    }
}
