package dev.papergraph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.papergraph.eval.GoldRecord.GoldSpan;
import dev.papergraph.extract.Field;
import dev.papergraph.extract.Mention;
import dev.papergraph.extract.MentionExtractor;
import dev.papergraph.extract.MentionType;
import dev.papergraph.extract.PaperExtraction;
import dev.papergraph.extract.SpanConvention;
import dev.papergraph.ingest.Paper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class EvaluationTest {
    private static final String TEXT = "We train GPT-3 on ImageNet and report accuracy.";

    /** Predicts GPT-3 as a Model, ImageNet as a Dataset and accuracy as a Metric, and introduces GPT-3. */
    private static final MentionExtractor FIXED = new MentionExtractor() {
        @Override
        public PaperExtraction extract(Paper paper) {
            return new PaperExtraction(paper.id(), List.of(
                    mention(MentionType.Model, "GPT-3"), mention(MentionType.Dataset, "ImageNet"), mention(MentionType.Metric, "accuracy")),
                    List.of(), Set.of("GPT-3"), List.of());
        }

        @Override
        public String version() {
            return "fixed";
        }
    };

    private static Mention mention(MentionType type, String text) {
        int start = TEXT.indexOf(text);
        return new Mention(Field.abstract_, type, text, start, start + text.length(), TEXT, "test", 1.0);
    }

    private static GoldSpan gold(String type, String text) {
        int start = TEXT.indexOf(text);
        return new GoldSpan(start, start + text.length(), type, text);
    }

    /** A corpus-style record: Method for the model, no Metric annotated, nothing introduced. */
    private static final GoldRecord CORPUS = new GoldRecord("c1", null, TEXT,
            List.of(gold("Method", "GPT-3"), gold("Dataset", "ImageNet")), List.of(), List.of(), List.of(), "SciER");

    @Test
    void a_corpus_is_scored_on_the_types_it_annotates_after_mapping() {
        Evaluation evaluation = new Evaluation(Map.of("Model", "Method"), Set.of());
        Evaluation.Result result = evaluation.run(List.of(CORPUS), r -> FIXED, 1);
        assertEquals(Set.of("Dataset", "Method"), evaluation.scoredTypes(List.of(CORPUS)));
        assertEquals(new Counts(2, 2, 2), result.spans().exactMicro());
        assertTrue(!result.goldHasIntroduced());
    }

    @Test
    void without_the_map_a_model_is_a_wrong_type_when_models_are_scored() {
        Evaluation.Result result = new Evaluation(Map.of(), Set.of("Method", "Model", "Dataset")).run(List.of(CORPUS), r -> FIXED, 1);
        assertEquals(new Counts(1, 2, 2), result.spans().exactMicro());
        assertEquals(ErrorKind.wrong_type, result.spans().errors().get(0).kind());
        assertEquals(new Counts(2, 2, 2), result.merged().exactMicro());
    }

    @Test
    void introduced_forms_and_written_reports(@TempDir Path dir) throws Exception {
        GoldRecord seed = new GoldRecord("s1", null, TEXT, List.of(gold("Model", "GPT-3")), List.of(), List.of("GPT-3"), List.of(), null);
        Evaluation.Result result = new Evaluation(Map.of(), Set.of("Model")).run(List.of(seed), r -> FIXED, 2);
        assertEquals(new Counts(1, 1, 1), result.introduced());
        assertTrue(EvalReport.table(result).contains("introduced (paper level): gold 1, predicted 1, P 1.000 R 1.000"));
        EvalReport.writePredictions(result, dir.resolve("p.jsonl"));
        EvalReport.writeErrors(result, dir.resolve("e.tsv"));
        assertTrue(Files.readString(dir.resolve("p.jsonl")).startsWith("{\"id\": \"s1\", \"mentions\": [{\"field\": \"abstract\", \"start\": 9"));
        assertEquals(1, Files.readAllLines(dir.resolve("e.tsv")).size());
    }

    @Test
    void the_span_convention_follows_the_corpus_a_gold_file_comes_from(@TempDir Path dir) throws Exception {
        Path scierc = dir.resolve("scierc.jsonl");
        Files.writeString(scierc, "{\"id\": \"a\", \"source\": \"SciERC\", \"text\": \"We parse .\", \"entities\": []}\n"
                + "{\"id\": \"b\", \"source\": \"SciERC\", \"text\": \"We tag .\", \"entities\": []}\n");
        List<GoldRecord> records = GoldReader.read(scierc);
        assertEquals("SciERC", records.get(0).source());
        assertEquals(SpanConvention.PHRASE, Evaluation.spanConvention(records));
        assertEquals(SpanConvention.NAME, Evaluation.spanConvention(List.of(CORPUS)));
        assertEquals(SpanConvention.NAME, Evaluation.spanConvention(List.of(records.get(0), CORPUS)));
        assertEquals(SpanConvention.NAME, Evaluation.spanConvention(List.of()));
    }
}
