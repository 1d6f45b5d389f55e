package dev.papergraph.cli;

import dev.papergraph.bench.ScaleCorpus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Writes a synthetic benchmark corpus of real sentences; {@link ScaleCorpus} does the work. */
@Command(
        name = "corpus",
        description = {"Write N synthetic abstracts composed of real sentences from the annotated corpora, as JSON Lines "
                + "in the arXiv metadata shape (gzip when FILE ends in .gz), for scale benchmarks.",
                "Example: papergraph corpus --papers 100000 --seed 1 --out papers-100k.jsonl.gz"})
final class CorpusCommand implements Callable<Integer> {
    @Option(names = "--papers", defaultValue = "1000", paramLabel = "N", description = "How many papers (default: ${DEFAULT-VALUE}).")
    long papers;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "Same seed and papers, same file byte for byte (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--corpora", defaultValue = "../shared/corpora", paramLabel = "DIR",
            description = "Folder of annotated corpora; every *.jsonl under it with a 'text' field is read (default: ${DEFAULT-VALUE}).")
    Path corpora;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The JSON Lines file to write (.gz: compressed).")
    Path out;

    @Option(names = "--years", defaultValue = "2015-2024", paramLabel = "FIRST-LAST",
            description = "Years the papers' dates spread over (default: ${DEFAULT-VALUE}).")
    String years;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (!Files.isDirectory(corpora)) {
            throw new UserError(corpora + ": corpora folder not found (give --corpora, the folder of annotated corpora *.jsonl)");
        }
        if (papers < 1) {
            throw new UserError("--papers must be 1 or more: " + papers);
        }
        String[] range = years.split("-");
        if (range.length != 2 || !range[0].matches("\\d{4}") || !range[1].matches("\\d{4}")) {
            throw new UserError("--years must be FIRST-LAST, e.g. 2015-2024: " + years);
        }
        Path parent = out.toAbsolutePath().getParent();
        if (parent != null && !Files.isDirectory(parent)) {
            throw new UserError(out + ": no such folder " + parent);
        }
        long started = System.nanoTime();
        ScaleCorpus corpus = ScaleCorpus.create()
                .corpora(corpora)
                .papers(papers)
                .seed(seed)
                .years(Integer.parseInt(range[0]), Integer.parseInt(range[1]))
                .build();
        double readSeconds = (System.nanoTime() - started) / 1e9;
        ScaleCorpus.Summary summary = corpus.writeTo(out);
        var stdout = spec.commandLine().getOut();
        stdout.printf("pool: %,d sentences, %,d concepts from %d corpus files in %.1f s%n",
                corpus.poolSentences(), corpus.poolConcepts(), corpus.poolFiles(), readSeconds);
        stdout.printf("wrote %,d papers to %s (%.1f MB JSON, %.1f MB file) in %.2f s: %,.0f papers/s, %.1f MB/s "
                        + "(%.2f s CPU: %,.0f papers per CPU second)%n",
                summary.papers(), out, summary.jsonBytes() / 1e6, summary.fileBytes() / 1e6, summary.seconds(),
                summary.papersPerSecond(), summary.megabytesPerSecond(), summary.cpuSeconds(), summary.papersPerCpuSecond());
        stdout.printf("concepts: %,d of %,d in at least one paper; papers per concept ~ rank^-%.2f (ranks 1-1,000); most: %s%n",
                summary.conceptsUsed(), corpus.poolConcepts(), summary.zipfExponent(),
                summary.topConcepts().stream().limit(5).map(c -> c.label() + " " + String.format("%,d", c.papers()))
                        .collect(Collectors.joining(", ")));
        stdout.flush();
        return 0;
    }
}
