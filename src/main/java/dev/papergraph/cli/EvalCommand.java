package dev.papergraph.cli;

import dev.papergraph.eval.EvalReport;
import dev.papergraph.eval.Evaluation;
import dev.papergraph.eval.Folds;
import dev.papergraph.eval.GoldReader;
import dev.papergraph.eval.GoldRecord;
import dev.papergraph.extract.CoreNlpMentionExtractor;
import dev.papergraph.extract.MentionExtractor;
import dev.papergraph.extract.MentionType;
import dev.papergraph.extract.SpanConvention;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Scores the extractor against a gold file. */
@Command(
        name = "eval",
        description = "Run the extractor over a gold file and print precision, recall and F1 per type (exact span and overlap).")
public final class EvalCommand implements Callable<Integer> {
    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--gold", required = true, description = "Gold JSON Lines: the seeds gold or a shared corpus file.")
    Path gold;

    @Option(names = "--map", split = ",", description = "Rename types before scoring, on both sides, e.g. Model=Method.")
    List<String> map = new ArrayList<>();

    @Option(names = "--types", split = ",", description = "Score only these types (after --map), e.g. Method,Task; default: the types the gold file annotates.")
    List<String> types = new ArrayList<>();

    @Option(names = "--predictions", description = "Write the predictions here (JSON Lines).")
    Path predictions;

    @Option(names = "--errors", description = "Write the error listing here (TSV: missed, spurious, wrong_type, wrong_boundary).")
    Path errors;

    @Option(names = "--model", description = "Use this tagger model file instead of the one shipped for the span convention "
            + "(see --spans): ner-model.ser.gz for name, phrase-model.ser.gz for phrase; train it with the same --spans.")
    Path model;

    @Option(names = "--cv-model", description = "Cross-validation: tagger models trained with fold i of N held out "
            + "(train --hold-out i/N), given in fold order; each record is tagged by the model that did not see it.")
    List<Path> cvModels = new ArrayList<>();

    @Option(names = "--spans", description = "Span convention of the predictions: name, phrase, or auto (default: the gold "
            + "corpus's own convention, phrase for SciERC, which annotates the longest span; name otherwise).")
    private String spans = "auto";

    @Mixin
    NlpOptions nlpOptions;

    @Option(names = "--threads", description = "Extraction threads (default: the number of cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    private final MentionExtractor extractor;

    /** Builds the default extractor when run. */
    public EvalCommand() {
        this(null);
    }

    /** Scores the given extractor (ignores --cv-model). */
    public EvalCommand(MentionExtractor extractor) {
        this.extractor = extractor;
    }

    @Override
    public Integer call() {
        if (!Files.isRegularFile(gold)) {
            throw new UserError(gold + ": no such gold file");
        }
        // Null for auto: the gold file's own convention, known once it is read.
        SpanConvention chosen = spans.equalsIgnoreCase("auto") ? null : SpanOptions.parse(spans, "name, phrase or auto");
        Evaluation evaluation = new Evaluation(typeMap(), typeSet());
        List<GoldRecord> records = GoldReader.read(gold);
        long started = System.nanoTime();
        SpanConvention convention = chosen != null ? chosen : Evaluation.spanConvention(records);
        Evaluation.Result result = evaluation.run(records, extractors(convention), threads);
        double seconds = (System.nanoTime() - started) / 1e9;
        spec.commandLine().getOut().printf("%s: %d records in %.1f s%s%n", gold, records.size(), seconds,
                cvModels.isEmpty() ? "" : " (" + cvModels.size() + "-fold cross-validation)");
        spec.commandLine().getOut().println("scored types: " + String.join(", ", evaluation.scoredTypes(records))
                + (map.isEmpty() ? "" : " (mapped " + String.join(", ", map) + ")")
                + "; spans: " + convention.name().toLowerCase(Locale.ROOT));
        spec.commandLine().getOut().print(EvalReport.table(result));
        if (predictions != null) {
            EvalReport.writePredictions(result, predictions);
        }
        if (errors != null) {
            EvalReport.writeErrors(result, errors);
        }
        spec.commandLine().getOut().flush();
        return 0;
    }

    private Function<GoldRecord, MentionExtractor> extractors(SpanConvention convention) {
        if (extractor != null) {
            return record -> extractor;
        }
        if (cvModels.size() == 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--cv-model needs one model per fold, at least two");
        }
        CoreNlpMentionExtractor shipped = CoreNlpMentionExtractor.create(nlpOptions.level(), convention);
        if (cvModels.isEmpty()) {
            MentionExtractor single = model == null ? shipped : shipped.withModel(model);
            return record -> single;
        }
        List<MentionExtractor> byFold = new ArrayList<>();
        for (Path model : cvModels) {
            byFold.add(shipped.withModel(model));
        }
        return record -> byFold.get(Folds.of(record.id(), byFold.size()));
    }

    private Map<String, String> typeMap() {
        Map<String, String> renames = new TreeMap<>();
        for (String entry : map) {
            String[] parts = entry.split("=");
            if (parts.length != 2) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--map takes FROM=TO, e.g. Model=Method; got '" + entry + "'");
            }
            renames.put(typeName(parts[0]), typeName(parts[1]));
        }
        return renames;
    }

    private Set<String> typeSet() {
        Set<String> set = new LinkedHashSet<>();
        types.forEach(t -> set.add(typeName(t)));
        return set;
    }

    private String typeName(String text) {
        try {
            return MentionType.parse(text).name();
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    public static void main(String[] args) {
        // Run alone (before the root command registers it): a user's mistake is one line, no stack trace.
        System.exit(new CommandLine(new EvalCommand())
                .setExecutionExceptionHandler((e, commandLine, parsed) -> {
                    commandLine.getErr().println("error: " + e.getMessage());
                    return 1;
                })
                .execute(args));
    }
}
