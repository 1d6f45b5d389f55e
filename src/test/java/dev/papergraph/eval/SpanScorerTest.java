package dev.papergraph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class SpanScorerTest {

    private static Span gold(int start, int end, String type) {
        return new Span("p1", "abstract", start, end, type, "g" + start, "");
    }

    private static Span pred(int start, int end, String type) {
        return new Span("p1", "abstract", start, end, type, "p" + start, "crf");
    }

    /*
     * Gold: Dataset [0,5), Method [10,20), Method [22,30), Task [40,50), Metric [60,65).
     * Predicted: Dataset [0,5) exact; Method [10,25) overlaps both Methods but counts once;
     * Method [26,30) overlaps the second Method, still free; Method [40,50) has the Task's boundaries;
     * Model [70,75) overlaps nothing. Metric [60,65) is missed.
     */
    private final List<Span> gold = List.of(gold(0, 5, "Dataset"), gold(10, 20, "Method"), gold(22, 30, "Method"),
            gold(40, 50, "Task"), gold(60, 65, "Metric"));
    private final List<Span> predicted = List.of(pred(0, 5, "Dataset"), pred(10, 25, "Method"), pred(26, 30, "Method"),
            pred(40, 50, "Method"), pred(70, 75, "Model"));

    @Test
    void exact_match_counts_only_same_boundaries_and_type() {
        SpanScores scores = SpanScorer.score(gold, predicted);
        assertEquals(new Counts(1, 1, 1), scores.exact().get("Dataset"));
        assertEquals(new Counts(0, 3, 2), scores.exact().get("Method"));
        assertEquals(new Counts(0, 0, 1), scores.exact().get("Task"));
        assertEquals(new Counts(1, 5, 5), scores.exactMicro());
        assertEquals(0.2, scores.exactMicro().precision(), 1e-9);
        assertEquals(0.2, scores.exactMicro().f1(), 1e-9);
    }

    @Test
    void an_overlapping_prediction_matches_one_gold_span_of_its_type() {
        SpanScores scores = SpanScorer.score(gold, predicted);
        assertEquals(new Counts(2, 3, 2), scores.overlap().get("Method"));
        assertEquals(new Counts(0, 1, 0), scores.overlap().get("Model"));
        Counts micro = scores.overlapMicro();
        assertEquals(new Counts(3, 5, 5), micro);
        assertEquals(0.6, micro.precision(), 1e-9);
        assertEquals(0.6, micro.recall(), 1e-9);
        assertEquals(0.6, micro.f1(), 1e-9);
    }

    @Test
    void errors_are_classified_and_sorted() {
        List<ErrorKind> kinds = SpanScorer.score(gold, predicted).errors().stream().map(ScoringError::kind).toList();
        assertEquals(List.of(ErrorKind.wrong_boundary, ErrorKind.wrong_boundary, ErrorKind.wrong_type, ErrorKind.missed,
                ErrorKind.spurious), kinds);
    }

    @Test
    void introduced_forms_match_per_paper_ignoring_case() {
        Counts counts = SpanScorer.introduced(
                Map.of("p1", Set.of("BeamVQ", "Beam search by Vector Quantization"), "p2", Set.of()),
                Map.of("p1", Set.of("beamvq"), "p2", Set.of("SEVIR")));
        assertEquals(new Counts(1, 2, 2), counts);
        assertEquals(0.5, counts.precision(), 1e-9);
        assertEquals(0.5, counts.recall(), 1e-9);
    }

    @Test
    void nothing_predicted_scores_zero_without_dividing_by_zero() {
        SpanScores scores = SpanScorer.score(gold, List.of());
        assertEquals(0.0, scores.exactMicro().precision());
        assertEquals(0.0, scores.exactMicro().f1());
    }
}
