package dev.papergraph.eval;

import dev.papergraph.graph.GraphBuilder;
import dev.papergraph.graph.IriMinter;
import dev.papergraph.resolve.Concept;
import dev.papergraph.resolve.ConceptRelation;
import dev.papergraph.resolve.NormalizingConceptResolver;
import dev.papergraph.resolve.RelationEvidence;
import dev.papergraph.resolve.Resolution;
import dev.papergraph.store.KnowledgeStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A reproducible sample of a store's concept-to-concept relations, each with one evidence sentence,
 * for judging by hand, and the precision of a judged sample.
 *
 * <pre>
 * java -cp target/papergraph.jar dev.papergraph.eval.RelationSample sample --store DIR --n 100 --seed 7 --out FILE.tsv
 * java -cp target/papergraph.jar dev.papergraph.eval.RelationSample score FILE.tsv
 * </pre>
 *
 * The relations are the resolver's over the stored papers (what the concepts graph holds), one row
 * each, with the evidence of the first paper (by id) behind it. A "variant of" read from names has a
 * sentence only when one paper names both concepts; it is judged by the names. The judge fills in
 * {@code verdict} ({@code correct} or {@code wrong}) and an optional {@code note}.
 */
public final class RelationSample {
    static final List<String> HEADER = List.of("subject", "predicate", "object", "paper", "component", "sentence", "verdict", "note");
    static final String CORRECT = "correct";
    static final String WRONG = "wrong";

    /** One relation with one piece of evidence, and the judge's verdict once there is one. */
    public record Row(String subject, String predicate, String object, String paper, String component, String sentence,
                      String verdict, String note) {
        String line() {
            return List.of(subject, predicate, object, paper, component, sentence, verdict, note).stream()
                    .map(RelationSample::clean).collect(Collectors.joining("\t"));
        }
    }

    /** Precision of judged rows: correct over judged, overall and per predicate (sorted by name). */
    public record Precision(int correct, int judged, Map<String, int[]> perPredicate) {
        public double overall() {
            return judged == 0 ? 0 : correct / (double) judged;
        }
    }

    private RelationSample() {}

    public static void main(String[] args) {
        try {
            System.out.print(run(List.of(args)));
        } catch (IllegalArgumentException | UncheckedIOException e) {
            System.err.println("error: " + e.getMessage());
            System.exit(2);
        }
    }

    static String run(List<String> args) {
        if (args.size() == 2 && args.get(0).equals("score")) {
            return report(score(read(Path.of(args.get(1)))));
        }
        if (args.isEmpty() || !args.get(0).equals("sample") || args.size() % 2 == 0) {
            throw new IllegalArgumentException(
                    "usage: RelationSample sample --store DIR --n N --seed S --out FILE.tsv | RelationSample score FILE.tsv");
        }
        Map<String, String> options = new TreeMap<>();
        for (int i = 1; i < args.size(); i += 2) {
            options.put(args.get(i), args.get(i + 1));
        }
        Path store = Path.of(required(options, "--store"));
        if (!Files.isDirectory(store)) {
            throw new IllegalArgumentException(store + ": no store here");
        }
        int n = Integer.parseInt(options.getOrDefault("--n", "100"));
        long seed = Long.parseLong(options.getOrDefault("--seed", "7"));
        Path out = Path.of(required(options, "--out"));
        List<Row> all;
        try (KnowledgeStore knowledge = KnowledgeStore.open(store, IriMinter.defaults())) {
            all = candidates(new NormalizingConceptResolver().resolve(knowledge.readPapers().values()));
        }
        List<Row> sample = draw(all, n, seed);
        write(out, sample);
        return "sampled " + sample.size() + " of " + all.size() + " relations (seed " + seed + ") into " + out + System.lineSeparator();
    }

    private static String required(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null) {
            throw new IllegalArgumentException("missing " + name);
        }
        return value;
    }

    /** Every relation of a resolution as an unjudged row, sorted by subject, predicate, object. */
    public static List<Row> candidates(Resolution resolution) {
        Map<String, Concept> concepts = resolution.concepts().stream().collect(Collectors.toMap(Concept::key, Function.identity()));
        List<Row> rows = new ArrayList<>();
        for (ConceptRelation relation : resolution.relations()) {
            RelationEvidence first = relation.evidence().isEmpty() ? null : relation.evidence().get(0);
            rows.add(new Row(
                    concepts.get(relation.subjectKey()).prefLabel(),
                    GraphBuilder.predicate(relation.type()).getLocalName(),
                    concepts.get(relation.objectKey()).prefLabel(),
                    first == null ? "" : first.paperId(),
                    first == null ? "name" : first.mention().component(),
                    first == null || first.mention().subject().sentence() == null ? "" : first.mention().subject().sentence(),
                    "",
                    ""));
        }
        rows.sort(Comparator.comparing(Row::subject).thenComparing(Row::predicate).thenComparing(Row::object).thenComparing(Row::paper));
        return rows;
    }

    /** n rows drawn without replacement by a seeded shuffle, then sorted by predicate and subject for reading. */
    public static List<Row> draw(List<Row> rows, int n, long seed) {
        List<Row> shuffled = new ArrayList<>(rows);
        Collections.shuffle(shuffled, new Random(seed));
        List<Row> sample = new ArrayList<>(shuffled.subList(0, Math.min(n, shuffled.size())));
        sample.sort(Comparator.comparing(Row::predicate).thenComparing(Row::subject).thenComparing(Row::object));
        return sample;
    }

    public static Precision score(List<Row> rows) {
        Map<String, int[]> perPredicate = new TreeMap<>();
        int correct = 0;
        int judged = 0;
        for (Row row : rows) {
            if (!row.verdict().equals(CORRECT) && !row.verdict().equals(WRONG)) {
                continue;
            }
            int[] counts = perPredicate.computeIfAbsent(row.predicate(), p -> new int[2]);
            judged++;
            counts[1]++;
            if (row.verdict().equals(CORRECT)) {
                correct++;
                counts[0]++;
            }
        }
        return new Precision(correct, judged, perPredicate);
    }

    static String report(Precision precision) {
        StringBuilder out = new StringBuilder();
        out.append(String.format("%-14s %.3f (%d of %d)%n", "all", precision.overall(), precision.correct(), precision.judged()));
        precision.perPredicate().forEach((predicate, counts) ->
                out.append(String.format("%-14s %.3f (%d of %d)%n", predicate, counts[0] / (double) counts[1], counts[0], counts[1])));
        return out.toString();
    }

    static void write(Path file, List<Row> rows) {
        List<String> lines = new ArrayList<>();
        lines.add(String.join("\t", HEADER));
        rows.forEach(r -> lines.add(r.line()));
        try {
            Files.write(file, lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
    }

    /** The rows of a sample file; a verdict other than correct, wrong or empty is an error naming the line. */
    public static List<Row> read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot read: " + e.getMessage(), e);
        }
        if (lines.isEmpty() || !lines.get(0).equals(String.join("\t", HEADER))) {
            throw new IllegalArgumentException(file + ":1: expected the header " + String.join(" ", HEADER));
        }
        List<Row> rows = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            String[] f = lines.get(i).split("\t", -1);
            if (f.length != HEADER.size()) {
                throw new IllegalArgumentException(file + ":" + (i + 1) + ": expected " + HEADER.size() + " tab-separated fields, found " + f.length);
            }
            if (!f[6].isEmpty() && !f[6].equals(CORRECT) && !f[6].equals(WRONG)) {
                throw new IllegalArgumentException(file + ":" + (i + 1) + ": verdict must be correct or wrong, not '" + f[6] + "'");
            }
            rows.add(new Row(f[0], f[1], f[2], f[3], f[4], f[5], f[6], f[7]));
        }
        return rows;
    }

    private static String clean(String text) {
        return text.replaceAll("[\\t\\r\\n]+", " ");
    }
}
