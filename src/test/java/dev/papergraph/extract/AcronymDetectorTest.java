package dev.papergraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class AcronymDetectorTest {

    private static List<String> definitions(String text) {
        AnalyzedText analyzed = AnalyzedText.of(SharedNlp.pipeline(), text);
        List<CoreLabel> sentence = analyzed.sentences().get(0);
        return AcronymDetector.find(analyzed, sentence, 0).stream()
                .map(d -> analyzed.spanText(sentence, d.shortFrom(), d.shortTo()) + " = " + analyzed.spanText(sentence, d.longFrom(), d.longTo()))
                .toList();
    }

    @Test
    void finds_the_shortest_long_form_whose_words_spell_the_short_form() {
        assertEquals(List.of("BeamVQ = Beam search by Vector Quantization"),
                definitions("Here we propose Beam search by Vector Quantization (BeamVQ) to enhance alignment."));
    }

    @Test
    void plural_short_forms_and_hyphenated_long_forms() {
        assertEquals(List.of("SFT = Supervised fine-tuning", "LLMs = large language models"),
                definitions("Supervised fine-tuning (SFT) and alignment of large language models (LLMs) are key steps."));
    }

    @Test
    void a_short_form_given_for_short_after_a_comma_defines_the_words_before_it() {
        assertEquals(List.of("LOOK = Leave-One-Out K-Nearest-Neighbor"),
                definitions("We propose a pre-training method based on Leave-One-Out K-Nearest-Neighbor, or LOOK for short."));
        assertEquals(List.of(), definitions("We compare Adapter, LoRA, or Prefix, on the benchmark."));
    }

    @Test
    void a_digit_read_as_repeats_may_not_reach_far_back_and_a_size_is_no_short_form() {
        assertEquals(List.of("I2I = image-to-image"),
                definitions("This inspires us to study image-to-image (I2I) translation with diffusion."));
        assertEquals(List.of(), definitions("It beats benchmark datasets, surpassing LLaVA-1.5 (13B) on most."));
    }

    @Test
    void version_digits_need_not_be_spelled_out() {
        assertEquals(List.of("L3Ms = Lagrange Large Language Models"),
                definitions("To solve this, we propose Lagrange Large Language Models (L3Ms), which employ barriers."));
    }

    @Test
    void latex_markup_around_the_long_form_is_skipped() {
        assertEquals(List.of("BeamVQ = Beam search by Vector Quantization"),
                definitions("We propose \\emph{Beam search by Vector Quantization} (BeamVQ) to enhance it."));
    }

    @Test
    void parenthesised_text_that_is_no_short_form_is_ignored() {
        assertEquals(List.of(), definitions("The gain is large (see Table 2) and robust (e.g. on noisy inputs)."));
        assertFalse(AcronymDetector.isShortForm("e.g."));
        assertTrue(AcronymDetector.isShortForm("GPT-4"));
    }

    @Test
    void letters_that_the_long_form_lacks_mean_no_definition() {
        assertEquals(-1, AcronymDetector.bestLongForm("XYZ", "a simple baseline"));
        assertEquals(0, AcronymDetector.bestLongForm("EO", "Earth observation"));
    }

    @Test
    void a_long_form_in_brackets_after_the_short_form_spells_it_out() {
        assertEquals(List.of("FPDM = Fast Pre-training Technique using Document Level Metadata"),
                definitions("In this paper, we propose FPDM (Fast Pre-training Technique using Document Level Metadata), a novel framework."));
        assertEquals(List.of("DAF:re = DanbooruAnimeFaces:revamped"),
                definitions("For this purpose we present DAF:re (DanbooruAnimeFaces:revamped), a large-scale dataset."));
        assertEquals(List.of(), definitions("We compare with OpenFlamingo (an open-sourced version of Flamingo) and GPT-4 (OpenAI, 2023)."));
    }
}
