package dev.papergraph.eval;

import dev.papergraph.extract.Mention;
import dev.papergraph.extract.PaperExtraction;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.commons.text.StringEscapeUtils;

/** Writes an evaluation's score table, its predictions (JSON Lines) and its error listing (TSV). */
public final class EvalReport {
    private EvalReport() {}

    public static String table(Evaluation.Result result) {
        StringBuilder out = new StringBuilder();
        SpanScores s = result.spans();
        out.append(String.format(Locale.ROOT, "%-14s %6s %6s | %-20s | %-20s%n", "", "", "", "exact span", "overlap"));
        out.append(String.format(Locale.ROOT, "%-14s %6s %6s | %6s %6s %6s | %6s %6s %6s%n",
                "type", "gold", "pred", "P", "R", "F1", "P", "R", "F1"));
        TreeSet<String> types = new TreeSet<>(s.exact().keySet());
        for (String type : types) {
            row(out, type, s.exact().get(type), s.overlap().get(type));
        }
        if (types.contains("Model") && types.contains("Method")) {
            row(out, "Method+Model", result.merged().exact().get("Method"), result.merged().overlap().get("Method"));
        }
        row(out, "micro", s.exactMicro(), s.overlapMicro());
        if (result.goldHasIntroduced()) {
            Counts i = result.introduced();
            out.append(String.format(Locale.ROOT, "introduced (paper level): gold %d, predicted %d, P %.3f R %.3f F1 %.3f%n",
                    i.gold(), i.predicted(), i.precision(), i.recall(), i.f1()));
        }
        return out.toString();
    }

    private static void row(StringBuilder out, String label, Counts exact, Counts overlap) {
        out.append(String.format(Locale.ROOT, "%-14s %6d %6d | %6.3f %6.3f %6.3f | %6.3f %6.3f %6.3f%n", label,
                exact.gold(), exact.predicted(), exact.precision(), exact.recall(), exact.f1(),
                overlap.precision(), overlap.recall(), overlap.f1()));
    }

    public static void writePredictions(Evaluation.Result result, Path file) {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (PaperExtraction e : result.extractions()) {
                String mentions = e.mentions().stream().map(EvalReport::json).collect(Collectors.joining(", "));
                String introduced = new TreeSet<>(e.introduced()).stream().map(EvalReport::quote).collect(Collectors.joining(", "));
                out.write("{\"id\": " + quote(e.paperId()) + ", \"mentions\": [" + mentions + "], \"introduced\": ["
                        + introduced + "]}\n");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
    }

    private static String json(Mention m) {
        return String.format(Locale.ROOT,
                "{\"field\": %s, \"start\": %d, \"end\": %d, \"type\": %s, \"text\": %s, \"component\": %s, \"confidence\": %.3f}",
                quote(m.field().label()), m.start(), m.end(), quote(m.type().name()), quote(m.text()), quote(m.component()),
                m.confidence());
    }

    private static String quote(String text) {
        return "\"" + StringEscapeUtils.escapeJson(text) + "\"";
    }

    public static void writeErrors(Evaluation.Result result, Path file) {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("kind\tpaper\tfield\tgold_type\tgold_start\tgold_text\tpredicted_type\tpredicted_start\tpredicted_text\tcomponent\n");
            for (ScoringError e : result.spans().errors()) {
                Span g = e.gold();
                Span p = e.predicted();
                Span a = e.anchor();
                out.write(String.join("\t", e.kind().name(), a.paper(), a.field(),
                        g == null ? "" : g.type(), g == null ? "" : Integer.toString(g.start()), g == null ? "" : clean(g.text()),
                        p == null ? "" : p.type(), p == null ? "" : Integer.toString(p.start()), p == null ? "" : clean(p.text()),
                        p == null ? "" : p.component()) + "\n");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
    }

    private static String clean(String text) {
        return text.replace('\t', ' ').replace('\n', ' ');
    }
}
