package dev.papergraph.eval;

import dev.papergraph.eval.GoldRecord.GoldSpan;
import dev.papergraph.extract.Mention;
import dev.papergraph.extract.MentionExtractor;
import dev.papergraph.extract.PaperExtraction;
import dev.papergraph.extract.SpanConvention;
import dev.papergraph.ingest.Paper;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Runs an extractor over gold records and scores it. Types are mapped ({@code Model=Method}) on both
 * sides, then only the selected types are scored.
 */
public final class Evaluation {
    private final Map<String, String> typeMap;
    private final Set<String> types;

    /**
     * @param typeMap type renamings applied to gold and predictions alike (e.g. Model to Method)
     * @param types the types scored after mapping; empty scores all
     */
    public Evaluation(Map<String, String> typeMap, Set<String> types) {
        this.typeMap = Map.copyOf(typeMap);
        this.types = Collections.unmodifiableSet(new TreeSet<>(types));
    }

    /** Corpora whose annotators kept the longest span: their records are scored with phrase spans. */
    private static final Set<String> PHRASE_CORPORA = Set.of("scierc");

    /**
     * The span convention a gold file was annotated with: phrases for a corpus whose annotators kept
     * the longest span (SciERC), names for the seeds gold and the other corpora.
     */
    public static SpanConvention spanConvention(List<GoldRecord> gold) {
        boolean phrases = !gold.isEmpty() && gold.stream()
                .allMatch(r -> r.source() != null && PHRASE_CORPORA.contains(r.source().toLowerCase(Locale.ROOT)));
        return phrases ? SpanConvention.PHRASE : SpanConvention.NAME;
    }

    /** What a run produced: the extractions (in gold order) and the scores. */
    public record Result(List<PaperExtraction> extractions, SpanScores spans, SpanScores merged, Counts introduced,
            boolean goldHasIntroduced) {}

    /**
     * @param extractorFor the extractor for each record (cross-validation picks the model that did
     *     not train on the record)
     */
    public Result run(List<GoldRecord> gold, Function<GoldRecord, MentionExtractor> extractorFor, int threads) {
        Set<String> scored = scoredTypes(gold);
        List<PaperExtraction> extractions = extractAll(gold, extractorFor, threads);
        List<Span> goldSpans = new ArrayList<>();
        List<Span> predicted = new ArrayList<>();
        Map<String, Set<String>> goldIntroduced = new HashMap<>();
        Map<String, Set<String>> predictedIntroduced = new HashMap<>();
        boolean goldHasIntroduced = false;
        for (int i = 0; i < gold.size(); i++) {
            GoldRecord record = gold.get(i);
            PaperExtraction extraction = extractions.get(i);
            addGold(record.id(), "abstract", record.entities(), scored, goldSpans);
            addGold(record.id(), "title", record.titleEntities(), scored, goldSpans);
            for (Mention m : extraction.mentions()) {
                String type = typeMap.getOrDefault(m.type().name(), m.type().name());
                if (scored.contains(type)) {
                    predicted.add(new Span(record.id(), m.field().label(), m.start(), m.end(), type, m.text(), m.component()));
                }
            }
            goldIntroduced.put(record.id(), new TreeSet<>(record.introduced()));
            predictedIntroduced.put(record.id(), extraction.introduced());
            goldHasIntroduced |= !record.introduced().isEmpty();
        }
        SpanScores scores = SpanScorer.score(goldSpans, predicted);
        SpanScores merged = SpanScorer.score(merge(goldSpans), merge(predicted));
        return new Result(extractions, scores, merged, SpanScorer.introduced(goldIntroduced, predictedIntroduced),
                goldHasIntroduced);
    }

    /**
     * The selected types, or else every type the gold file annotates: a corpus without Metric spans
     * (SciER) cannot say whether a predicted metric is right.
     */
    public Set<String> scoredTypes(List<GoldRecord> gold) {
        if (!types.isEmpty()) {
            return types;
        }
        Set<String> annotated = new TreeSet<>();
        for (GoldRecord record : gold) {
            record.entities().forEach(g -> annotated.add(typeMap.getOrDefault(g.type(), g.type())));
            record.titleEntities().forEach(g -> annotated.add(typeMap.getOrDefault(g.type(), g.type())));
        }
        return annotated;
    }

    private void addGold(String paper, String field, List<GoldSpan> spans, Set<String> scored, List<Span> into) {
        for (GoldSpan g : spans) {
            String type = typeMap.getOrDefault(g.type(), g.type());
            if (scored.contains(type)) {
                into.add(new Span(paper, field, g.start(), g.end(), type, g.text(), ""));
            }
        }
    }

    /** Method and Model as one type: annotators disagree most on that boundary (gold README). */
    private static List<Span> merge(List<Span> spans) {
        return spans.stream().map(s -> s.type().equals("Model") ? s.withType("Method") : s).toList();
    }

    private static List<PaperExtraction> extractAll(List<GoldRecord> gold, Function<GoldRecord, MentionExtractor> extractorFor,
            int threads) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads), runnable -> {
            Thread thread = new Thread(runnable, "eval");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<PaperExtraction>> futures = new ArrayList<>();
            for (GoldRecord record : gold) {
                futures.add(pool.submit(() -> extractorFor.apply(record).extract(paperOf(record))));
            }
            List<PaperExtraction> extractions = new ArrayList<>();
            for (Future<PaperExtraction> future : futures) {
                extractions.add(future.get());
            }
            return extractions;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    static Paper paperOf(GoldRecord record) {
        return new Paper(record.id(), record.title(), record.text(), null, null, null, null, null, null, null);
    }
}
