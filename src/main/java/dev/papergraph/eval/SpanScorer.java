package dev.papergraph.eval;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/** Scores predicted spans against gold spans. */
public final class SpanScorer {
    private SpanScorer() {}

    public static SpanScores score(Collection<Span> gold, Collection<Span> predicted) {
        SortedMap<String, Counts> exact = new TreeMap<>();
        SortedMap<String, Counts> overlap = new TreeMap<>();
        List<ScoringError> errors = new ArrayList<>();
        Map<String, List<Span>> goldByField = byField(gold);
        Map<String, List<Span>> predictedByField = byField(predicted);
        Set<String> keys = new HashSet<>(goldByField.keySet());
        keys.addAll(predictedByField.keySet());
        for (String key : keys) {
            scoreField(goldByField.getOrDefault(key, List.of()), predictedByField.getOrDefault(key, List.of()),
                    exact, overlap, errors);
        }
        errors.sort(null);
        return new SpanScores(exact, overlap, errors);
    }

    private static Map<String, List<Span>> byField(Collection<Span> spans) {
        Map<String, List<Span>> grouped = new HashMap<>();
        for (Span span : spans) {
            grouped.computeIfAbsent(span.paper() + "\t" + span.field(), k -> new ArrayList<>()).add(span);
        }
        grouped.values().forEach(list -> list.sort(null));
        return grouped;
    }

    private static void scoreField(List<Span> gold, List<Span> predicted, Map<String, Counts> exact,
            Map<String, Counts> overlap, List<ScoringError> errors) {
        for (Span g : gold) {
            add(exact, g.type(), new Counts(0, 0, 1));
            add(overlap, g.type(), new Counts(0, 0, 1));
        }
        boolean[] goldOverlapUsed = new boolean[gold.size()];
        boolean[] goldExactUsed = new boolean[gold.size()];
        for (Span p : predicted) {
            add(exact, p.type(), new Counts(0, 1, 0));
            add(overlap, p.type(), new Counts(0, 1, 0));
            int exactIndex = -1;
            for (int i = 0; i < gold.size(); i++) {
                if (!goldExactUsed[i] && gold.get(i).sameBoundaries(p) && gold.get(i).type().equals(p.type())) {
                    exactIndex = i;
                    break;
                }
            }
            if (exactIndex >= 0) {
                goldExactUsed[exactIndex] = true;
                add(exact, p.type(), new Counts(1, 0, 0));
            }
            // The overlapping gold span of the same type that shares most characters with p.
            int best = -1;
            int bestShared = 0;
            for (int i = 0; i < gold.size(); i++) {
                Span g = gold.get(i);
                if (!goldOverlapUsed[i] && g.type().equals(p.type()) && g.overlaps(p)) {
                    int shared = Math.min(g.end(), p.end()) - Math.max(g.start(), p.start());
                    if (shared > bestShared || (exactIndex == i && shared == bestShared)) {
                        best = i;
                        bestShared = shared;
                    }
                }
            }
            if (best >= 0) {
                goldOverlapUsed[best] = true;
                add(overlap, p.type(), new Counts(1, 0, 0));
            }
            if (exactIndex < 0) {
                errors.add(classify(p, gold));
            }
        }
        for (Span g : gold) {
            if (predicted.stream().noneMatch(g::overlaps)) {
                errors.add(new ScoringError(ErrorKind.missed, g, null));
            }
        }
    }

    private static ScoringError classify(Span p, List<Span> gold) {
        Span sameType = null;
        Span otherType = null;
        for (Span g : gold) {
            if (g.sameBoundaries(p)) {
                return new ScoringError(ErrorKind.wrong_type, g, p);
            }
            if (g.overlaps(p)) {
                if (g.type().equals(p.type())) {
                    sameType = sameType == null ? g : sameType;
                } else {
                    otherType = otherType == null ? g : otherType;
                }
            }
        }
        if (sameType != null) {
            return new ScoringError(ErrorKind.wrong_boundary, sameType, p);
        }
        if (otherType != null) {
            return new ScoringError(ErrorKind.wrong_type, otherType, p);
        }
        return new ScoringError(ErrorKind.spurious, null, p);
    }

    private static void add(Map<String, Counts> counts, String type, Counts delta) {
        counts.merge(type, delta, Counts::plus);
    }

    /**
     * Paper-level scoring of what papers introduce: a (paper, surface form) pair matches when the
     * forms are equal ignoring case.
     */
    public static Counts introduced(Map<String, Set<String>> gold, Map<String, Set<String>> predicted) {
        Counts total = Counts.ZERO;
        Set<String> papers = new HashSet<>(gold.keySet());
        papers.addAll(predicted.keySet());
        for (String paper : papers) {
            Set<String> g = lower(gold.getOrDefault(paper, Set.of()));
            Set<String> p = lower(predicted.getOrDefault(paper, Set.of()));
            int matched = (int) p.stream().filter(g::contains).count();
            total = total.plus(new Counts(matched, p.size(), g.size()));
        }
        return total;
    }

    private static Set<String> lower(Set<String> forms) {
        Set<String> lowered = new HashSet<>();
        forms.forEach(f -> lowered.add(f.trim().toLowerCase(Locale.ROOT)));
        return lowered;
    }
}
