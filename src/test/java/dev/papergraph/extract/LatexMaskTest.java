package dev.papergraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class LatexMaskTest {

    @Test
    void math_delimiters_and_commands_become_spaces_of_the_same_length() {
        String text = "on $12$ datasets, $\\times$ 3 faster, \\emph{BeamVQ} gains 5\\%";
        String masked = LatexMask.mask(text);
        assertEquals(text.length(), masked.length());
        assertEquals("on  12  datasets,          3 faster,       BeamVQ  gains 5 %", masked);
    }

    @Test
    void text_without_markup_is_returned_unchanged() {
        String text = "We propose BeamVQ (Beam search by Vector Quantization).";
        assertEquals(text, LatexMask.mask(text));
    }

    @Test
    void the_tagged_pipeline_reads_latex_numbers_as_numbers() {
        AnalyzedText analyzed = AnalyzedText.of(SharedNlp.pipeline(), "We collect $12$ datasets.");
        assertEquals("12", analyzed.sentences().get(0).get(2).word());
        assertEquals("CD", analyzed.sentences().get(0).get(2).tag());
    }
}
