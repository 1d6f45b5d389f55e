package dev.papergraph.cli;

import dev.papergraph.eval.AliasEvaluation;
import dev.papergraph.eval.GoldReader;
import dev.papergraph.extract.CoreNlpMentionExtractor;
import dev.papergraph.extract.MentionExtractor;
import dev.papergraph.resolve.NormalizingConceptResolver;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "eval-aliases", description = {
        "Scores concept resolution against the gold aliases: the share of gold alias pairs resolved to one concept,",
        "and the share of merged pairs gold keeps apart. By default the gold mentions and alias pairs go in, so",
        "extraction does not count; with --extracted the extractor's own mentions and acronym pairs go in, as in ingest.",
        "Example: papergraph eval-aliases --gold ../shared/gold/seeds-gold.jsonl --extracted --list"})
final class AliasEvalCommand implements Callable<Integer> {
    @Option(names = "--gold", description = "Gold file in the seeds-gold format (default: ${DEFAULT-VALUE}).")
    Path gold = Path.of("../shared/gold/seeds-gold.jsonl");

    @Option(names = "--extracted", description = "Resolve what the extractor finds in the gold texts instead of the gold mentions.")
    boolean extracted;

    @Option(names = "--threads", defaultValue = "2", description = "Extraction threads with --extracted (default: ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--list", description = "Also list every missed alias pair and every merge gold keeps apart.")
    boolean list;

    @Spec
    CommandSpec spec;

    private final MentionExtractor extractor;

    /** Builds the shipped extractor when run with --extracted. */
    AliasEvalCommand() {
        this(null);
    }

    /** Uses the given extractor with --extracted. */
    AliasEvalCommand(MentionExtractor extractor) {
        this.extractor = extractor;
    }

    @Override
    public Integer call() {
        var records = GoldReader.read(gold);
        AliasEvaluation.Result result = extracted
                ? AliasEvaluation.evaluateExtracted(records, extractor != null ? extractor : CoreNlpMentionExtractor.create(),
                        new NormalizingConceptResolver(), threads)
                : AliasEvaluation.evaluate(records, new NormalizingConceptResolver());
        PrintWriter out = spec.commandLine().getOut();
        int all = result.aliasPairs() + result.unextracted();
        out.printf("gold alias pairs, both forms found %.3f (%d of %d; the rest are not scored)%n",
                all == 0 ? 1 : result.aliasPairs() / (double) all, result.aliasPairs(), all);
        out.printf("gold alias pairs in one concept   %.3f (%d of %d; target >= 0.90)%n",
                result.aliasRecall(), result.aliasPairs() - result.missed().size(), result.aliasPairs());
        out.printf("merged pairs gold keeps apart     %.3f (%d of %d; target <= 0.05)%n",
                result.wrongMergeShare(), result.wrongMerges().size(), result.mergedPairs());
        if (list) {
            result.missed().forEach(m -> out.printf("missed  %s  %s = %s%n", m.paperId(), m.shortForm(), m.longForm()));
            result.wrongMerges().forEach(w -> out.printf("apart   %s  %s + %s%n", w.conceptKey(), w.first(), w.second()));
        }
        return 0;
    }
}
