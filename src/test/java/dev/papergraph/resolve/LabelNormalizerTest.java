package dev.papergraph.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class LabelNormalizerTest {
    @ParameterizedTest
    @CsvSource({
        "Pre-Training, pretraining", "LLMs, llm", "large language models, largelanguagemodel", "ViTs, vit",
        "GPT-3.5, gpt3.5", "Llama-2-7B, llama2_7b", "Llama 2 7B, llama2_7b", "Llama-27B, llama27b", "MS, ms",
        "SARS, sars", "classes, class", "approaches, approach", "caches, cache", "properties, property",
        "series, series", "loss, loss", "C++, cplusplus", "Q&A, qanda", "Fréchet distance, frechetdistance"})
    void match_form(String surface, String form) {
        assertEquals(form, LabelNormalizer.matchForm(surface));
    }

    @Test
    void keys_are_iri_safe_and_one_to_one() {
        assertEquals("x-u3b1-entmax", LabelNormalizer.key(LabelNormalizer.matchForm("α-entmax")));
        assertEquals("gpt3.5", LabelNormalizer.key("gpt3.5"));
        assertEquals("x-u25-", LabelNormalizer.key("%"));
    }

    @Test
    void family_names_strip_one_suffix_at_a_time() {
        assertEquals(List.of("LLaMA-2", "LLaMA"), FamilyNames.ancestors("LLaMA-2-7B"));
        assertEquals(List.of("ViT-B", "ViT"), FamilyNames.ancestors("ViT-B/16"));
        assertEquals(List.of("ResNet"), FamilyNames.ancestors("ResNet50"));
        assertEquals(List.of("BERT"), FamilyNames.ancestors("BERT-base"));
        assertEquals(List.of(), FamilyNames.ancestors("T5"));
        assertEquals(List.of(), FamilyNames.ancestors("CC12M"));
        assertEquals(List.of(), FamilyNames.ancestors("Word2Vec"));
    }
}
