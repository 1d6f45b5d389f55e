package dev.papergraph.cli;

import dev.papergraph.eval.Folds;
import dev.papergraph.extract.CrfTrainer;
import dev.papergraph.extract.NlpPipelineFactory;
import dev.papergraph.extract.SpanConvention;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Rebuilds the extractor's tagger model from the shared corpora. */
@Command(
        name = "train",
        description = "Train the mention tagger (a CoreNLP CRF) on the shared annotated corpora.")
public final class TrainCommand implements Callable<Integer> {
    @Option(names = "--corpora", required = true, description = "The shared corpora folder (holding scier/ and scierc/).")
    Path corpora;

    @Option(names = "--seeds-gold", description = "Also train on this seeds gold file.")
    Path seedsGold;

    @Option(names = "--seeds-weight", defaultValue = "1", description = "Repeat each seeds gold sentence this many times (default: ${DEFAULT-VALUE}).")
    int seedsWeight;

    @Option(names = "--hold-out", description = "Leave this seeds fold out of training, written INDEX/COUNT (e.g. 0/5), for cross-validation.")
    String holdOut;

    @Option(names = "--spans", defaultValue = "name", description = "The span convention the model learns: name (SciER, SciERC "
            + "and --seeds-gold) or phrase (SciERC alone, which annotates the longest span); default: ${DEFAULT-VALUE}.")
    String spans;

    @Option(names = "--out", description = "Where to write the model (default: the shipped model of the convention, "
            + "src/main/resources/dev/papergraph/extract/ner-model.ser.gz or phrase-model.ser.gz).")
    Path out;

    @Option(names = "--iterations", defaultValue = "150", description = "Most optimiser iterations (default: ${DEFAULT-VALUE}).")
    int iterations;

    @Option(names = "--threads", defaultValue = "2", description = "Threads computing the gradient (default: ${DEFAULT-VALUE}).")
    int threads;

    @Override
    public Integer call() {
        Folds.Fold fold = holdOut == null ? null : Folds.Fold.parse(holdOut);
        if (fold != null && seedsGold == null) {
            throw new CommandLine.ParameterException(new CommandLine(this), "--hold-out needs --seeds-gold");
        }
        SpanConvention convention;
        try {
            convention = SpanConvention.parse(spans);
        } catch (IllegalArgumentException e) {
            throw new UserError("--spans: " + e.getMessage());
        }
        Path target = out == null ? CrfTrainer.shippedModel(convention) : out;
        long started = System.nanoTime();
        new CrfTrainer(NlpPipelineFactory.create()).train(convention, corpora, seedsGold, seedsWeight, fold, iterations, threads, target);
        System.out.printf("trained %s in %.0f s%n", target, (System.nanoTime() - started) / 1e9);
        return 0;
    }

    public static void main(String[] args) {
        // Run alone (before the root command registers it): a user's mistake is one line, no stack trace.
        System.exit(new CommandLine(new TrainCommand())
                .setExecutionExceptionHandler((e, commandLine, parsed) -> {
                    commandLine.getErr().println("error: " + e.getMessage());
                    return 1;
                })
                .execute(args));
    }
}
