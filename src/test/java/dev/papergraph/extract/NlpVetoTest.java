package dev.papergraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.papergraph.ingest.Paper;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class NlpVetoTest {
    private static final String PLACES = "Results on ImageNet collected by John Smith in Paris show gains over BERT and LoRA.";
    private static final String PERSON = "We propose Smith, a new model for image classification, trained in Paris in 2019.";

    /** The candidate over the words {@code words} of the first sentence of {@code text}. */
    private static boolean vetoes(StanfordCoreNLP nlp, String text, String words) {
        List<CoreLabel> sentence = AnalyzedText.of(nlp, text).sentences().get(0);
        List<String> wanted = List.of(words.split(" "));
        for (int i = 0; i + wanted.size() <= sentence.size(); i++) {
            int from = i;
            boolean match = true;
            for (int k = 0; k < wanted.size(); k++) {
                match &= sentence.get(from + k).word().equals(wanted.get(k));
            }
            if (match) {
                return NlpVeto.vetoes(sentence, new Candidate(0, from, from + wanted.size(), MentionType.Method, CrfTagger.COMPONENT, 0.9));
            }
        }
        throw new AssertionError("no '" + words + "' in: " + text);
    }

    private static Set<String> texts(CoreNlpMentionExtractor extractor, String text) {
        return extractor.extract(new Paper("p", null, text, null, null, null, null, null, null, null)).mentions().stream()
                .map(Mention::text)
                .collect(Collectors.toSet());
    }

    @Test
    void a_person_a_place_a_date_and_a_number_are_vetoed() {
        StanfordCoreNLP full = SharedNlp.fullPipeline();
        assertTrue(vetoes(full, PLACES, "John Smith"));
        assertTrue(vetoes(full, PLACES, "Paris"));
        assertTrue(vetoes(full, PERSON, "2019"));
        assertTrue(vetoes(full, "We train on 10,000 examples.", "10,000"));
    }

    @Test
    void a_coined_name_and_a_span_with_an_unlabelled_word_are_kept() {
        StanfordCoreNLP full = SharedNlp.fullPipeline();
        assertFalse(vetoes(full, PLACES, "ImageNet"));
        assertFalse(vetoes(full, PLACES, "BERT"));
        assertFalse(vetoes(full, PLACES, "LoRA"));
        assertFalse(vetoes(full, PLACES, "Paris show gains"));
    }

    @Test
    void without_the_recogniser_nothing_is_vetoed() {
        assertFalse(vetoes(SharedNlp.pipeline(), PLACES, "Paris"));
    }

    @Test
    void the_full_extractor_drops_a_tagged_place_and_a_cued_person_that_the_fast_one_keeps() {
        assertTrue(texts(SharedNlp.extractor(), PLACES).contains("Paris"));
        assertTrue(texts(SharedNlp.extractor(), PERSON).contains("Smith"));
        assertFalse(texts(SharedNlp.fullExtractor(), PLACES).contains("Paris"));
        assertFalse(texts(SharedNlp.fullExtractor(), PERSON).contains("Smith"));
        // Gazetteer names stay, whatever the recogniser says.
        assertTrue(texts(SharedNlp.fullExtractor(), PLACES).containsAll(Set.of("ImageNet", "BERT", "LoRA")));
    }

    @Test
    void fast_is_the_default_level_and_its_version_is_unchanged() {
        assertEquals(NlpLevel.FAST, SharedNlp.extractor().level());
        assertEquals(NlpLevel.FULL, SharedNlp.fullExtractor().level());
        assertFalse(SharedNlp.extractor().version().contains("nlp="));
        assertTrue(SharedNlp.fullExtractor().version().endsWith(" nlp=full"));
    }

    @Test
    void levels_are_read_by_their_command_line_names() {
        assertEquals(NlpLevel.FULL, NlpLevel.fromCliName("full").orElseThrow());
        assertEquals(NlpLevel.FAST, NlpLevel.fromCliName("fast").orElseThrow());
        assertTrue(NlpLevel.fromCliName("FULL").isEmpty());
        assertEquals("fast, full", NlpLevel.cliNames());
    }
}
