package dev.papergraph.cli;

import dev.papergraph.eval.AliasEvaluation;
import dev.papergraph.eval.GoldReader;
import dev.papergraph.resolve.NormalizingConceptResolver;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "eval-aliases", description = {
        "Scores concept resolution against the gold aliases (gold mentions in, so extraction does not count):",
        "the share of gold alias pairs resolved to one concept, and the share of merged pairs gold keeps apart.",
        "Example: papergraph eval-aliases --gold ../shared/gold/seeds-gold.jsonl --list"})
final class AliasEvalCommand implements Callable<Integer> {
    @Option(names = "--gold", description = "Gold file in the seeds-gold format (default: ${DEFAULT-VALUE}).")
    Path gold = Path.of("../shared/gold/seeds-gold.jsonl");

    @Option(names = "--list", description = "Also list every missed alias pair and every merge gold keeps apart.")
    boolean list;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        AliasEvaluation.Result result = AliasEvaluation.evaluate(GoldReader.read(gold), new NormalizingConceptResolver());
        PrintWriter out = spec.commandLine().getOut();
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
