package dev.papergraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.CoreLabel;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class GazetteerTest {
    private static final Gazetteer SHIPPED = Gazetteer.shipped(SharedNlp.pipeline());

    private static List<String> found(String text) {
        AnalyzedText analyzed = AnalyzedText.of(SharedNlp.pipeline(), text);
        List<CoreLabel> sentence = analyzed.sentences().get(0);
        return SHIPPED.find(sentence, 0).stream()
                .map(c -> analyzed.spanText(sentence, c.from(), c.to()) + "/" + c.type())
                .toList();
    }

    @Test
    void the_shipped_files_load_with_every_type() {
        assertTrue(SHIPPED.size() > 300, "entries: " + SHIPPED.size());
        assertEquals(Optional.of(MentionType.Dataset), SHIPPED.typeOf("ImageNet"));
        assertEquals(Optional.of(MentionType.Model), SHIPPED.typeOf("GPT-3"));
        assertEquals(Optional.of(MentionType.Method), SHIPPED.typeOf("Transformer"));
        assertEquals(Optional.of(MentionType.Metric), SHIPPED.typeOf("BLEU"));
    }

    @Test
    void cased_names_match_as_written_and_lower_case_names_in_any_case() {
        assertEquals(List.of("ResNet-50/Model", "CIFAR-10/Dataset", "Accuracy/Metric"),
                found("We train ResNet-50 on CIFAR-10 and report Accuracy but not imagenet."));
        assertEquals(Optional.of(MentionType.Metric), SHIPPED.typeOf("Top-1 Accuracy"));
        assertEquals(Optional.empty(), SHIPPED.typeOf("bert"));
    }

    @Test
    void a_long_cased_name_also_matches_in_another_capitalisation_but_a_short_one_does_not() {
        assertEquals(List.of("Big-Bench/Dataset", "Imagenet/Dataset"), found("Scores on Big-Bench and Imagenet improve."));
        assertEquals(List.of(), found("The Sun rises over the pile."));
    }

    @Test
    void the_longest_name_wins() {
        assertEquals(List.of("Fashion-MNIST/Dataset", "MNIST/Dataset"), found("Both Fashion-MNIST and MNIST are used."));
    }

    @Test
    void a_bad_line_is_reported_with_its_file_and_line() throws Exception {
        byte[] tsv = "# comment\nImageNet\tDataset\nGPT-3\tLanguageModel\n".getBytes(StandardCharsets.UTF_8);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Gazetteer.read(new ByteArrayInputStream(tsv), "test.tsv", SharedNlp.pipeline()));
        assertTrue(e.getMessage().startsWith("test.tsv:3: "), e.getMessage());
    }

    @Test
    void a_model_with_a_hyphenated_version_also_matches_without_the_hyphen() {
        assertEquals(List.of("GPT4/Model", "BLIP2/Model"), found("We compare GPT4 with BLIP2 on captions."));
        assertEquals(Optional.of(MentionType.Model), SHIPPED.typeOf("GPT4"));
    }

    @Test
    void a_data_set_named_by_capitalised_words_also_matches_written_as_one_word() {
        assertEquals(List.of("VisualGenome/Dataset", "MSMARCO/Dataset"), found("We train on VisualGenome and rank MSMARCO passages."));
    }

    @Test
    void a_lower_case_listed_data_set_counts_only_before_a_data_head_noun() {
        assertEquals(List.of("charades/Dataset"), found("Results on the charades dataset differ from the kinetics of the ball."));
    }

    @Test
    void a_language_before_a_listed_corpus_is_part_of_its_name() {
        assertEquals(List.of("English Wikipedia/Dataset", "Chinese PropBank/Dataset"),
                found("We pre-train on English Wikipedia and test on Chinese PropBank."));
    }

    @Test
    void a_listed_problem_noun_takes_the_lower_case_nouns_before_it() {
        assertEquals(List.of("methane detection/Task", "classification/Task"),
                found("The model improves methane detection and classification."));
        assertEquals(Optional.of(MentionType.Task), SHIPPED.typeOf("few-shot learning"));
    }

    @Test
    void companies_and_labs_are_listed_as_organisations_but_data_sources_are_not() {
        assertTrue(SHIPPED.namesOrganisation("OpenAI"));
        assertTrue(!SHIPPED.namesOrganisation("Amazon") && !SHIPPED.namesOrganisation("Reddit"));
    }
}
