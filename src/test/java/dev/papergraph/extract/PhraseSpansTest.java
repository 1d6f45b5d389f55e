package dev.papergraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.papergraph.ingest.Paper;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class PhraseSpansTest {

    /** Widens the named spans (given as their texts, in order) of a one-sentence text and returns the widened texts. */
    private static List<String> widen(String text, String... names) {
        FieldReading field = new FieldReading(Field.abstract_, AnalyzedText.of(SharedNlp.pipeline(), text));
        List<edu.stanford.nlp.ling.CoreLabel> sentence = field.text().sentences().get(0);
        int searchFrom = 0;
        for (String name : names) {
            int words = name.split(" ").length;
            for (int i = searchFrom; i + words <= sentence.size(); i++) {
                if (field.text().spanText(sentence, i, i + words).equals(name)) {
                    field.accepted().add(new Candidate(0, i, i + words, MentionType.Method, CrfTagger.COMPONENT, 0.9));
                    searchFrom = i + words;
                    break;
                }
            }
        }
        assertEquals(names.length, field.accepted().size(), "every name is found in the text");
        PhraseSpans.widen(field);
        return field.accepted().stream().map(field::spanText).toList();
    }

    @Test
    void a_long_form_takes_its_bracketed_short_form_and_its_head_noun() {
        assertEquals(List.of("Markov random field (MRF) models"),
                widen("We fit Markov random field (MRF) models to the textures.", "Markov random field", "MRF"));
    }

    @Test
    void a_name_takes_the_head_noun_the_name_convention_trims() {
        assertEquals(List.of("text mining method"), widen("They apply a text mining method to the logs.", "text mining"));
    }

    @Test
    void modifiers_that_say_what_kind_join_the_phrase_but_judging_ones_do_not() {
        assertEquals(List.of("linear-chain conditional random field"),
                widen("We train a linear-chain conditional random field on the corpus.", "conditional random field"));
        assertEquals(List.of("estimation algorithm"),
                widen("We give an efficient estimation algorithm for the task.", "estimation algorithm"));
    }

    @Test
    void adjectives_coordinated_before_one_head_join_the_phrase_but_judging_ones_and_nouns_do_not() {
        assertEquals(List.of("syntactic and semantic parsing models"),
                widen("We combine syntactic and semantic parsing models.", "semantic parsing"));
        assertEquals(List.of("lexical or statistical disambiguation"),
                widen("They need lexical or statistical disambiguation of the input.", "statistical disambiguation"));
        assertEquals(List.of("statistical parser"), widen("We give an efficient and statistical parser.", "statistical parser"));
        assertEquals(List.of("text processing"), widen("They study speech and text processing.", "text processing"));
    }

    @Test
    void a_phrase_stops_at_the_previous_mention() {
        assertEquals(List.of("ResNet", "image encoder"), widen("We use ResNet image encoder outputs.", "ResNet", "image encoder"));
    }

    /** A one-sentence field of {@code text} and a candidate over the given words of it. */
    private static Candidate span(FieldReading field, String words, MentionType type, String component, double confidence) {
        List<edu.stanford.nlp.ling.CoreLabel> sentence = field.text().sentences().get(0);
        int length = words.split(" ").length;
        for (int i = 0; i + length <= sentence.size(); i++) {
            if (field.text().spanText(sentence, i, i + length).equals(words)) {
                return new Candidate(0, i, i + length, type, component, confidence);
            }
        }
        throw new AssertionError(words + " is not in the text");
    }

    @Test
    void tagged_methods_and_tasks_the_name_rules_dropped_come_back_when_the_tagger_is_sure_enough() {
        FieldReading field = new FieldReading(Field.abstract_, AnalyzedText.of(SharedNlp.pipeline(),
                "We combine statistical parsing with lexical rules for word alignment and report precision on the Hansard corpus."));
        field.accepted().add(span(field, "lexical rules", MentionType.Method, CuePatterns.COMPONENT, 0.8));
        field.learned().add(span(field, "statistical parsing", MentionType.Method, CrfTagger.COMPONENT, 0.55));
        field.learned().add(span(field, "rules", MentionType.Method, CrfTagger.COMPONENT, 0.9));
        field.learned().add(span(field, "word alignment", MentionType.Task, CrfTagger.COMPONENT, 0.62));
        field.learned().add(span(field, "precision", MentionType.Metric, CrfTagger.COMPONENT, 0.9));
        field.learned().add(span(field, "Hansard corpus", MentionType.Task, CrfTagger.COMPONENT, 0.45));
        PhraseSpans.recover(field);
        // "rules" overlaps an accepted mention, a metric is no phrase the name rules drop, and 0.45 is too unsure.
        assertEquals(List.of("statistical parsing", "lexical rules", "word alignment"),
                field.accepted().stream().map(field::spanText).toList());
    }

    @Test
    void a_tagged_phrase_overlapping_a_widened_name_stays_out() {
        FieldReading field = new FieldReading(Field.abstract_, AnalyzedText.of(SharedNlp.pipeline(),
                "They apply a text mining method to the logs."));
        field.accepted().add(span(field, "text mining", MentionType.Method, CrfTagger.COMPONENT, 0.9));
        field.learned().add(span(field, "method", MentionType.Method, CrfTagger.COMPONENT, 0.7));
        PhraseSpans.apply(field);
        assertEquals(List.of("text mining method"), field.accepted().stream().map(field::spanText).toList());
    }

    @Test
    void the_phrase_extractor_tags_whole_phrases_with_its_own_model_and_the_name_extractor_does_not() {
        String text = "We present a statistical machine translation system that uses a maximum entropy model for reordering.";
        Paper paper = new Paper("p", null, text, null, null, null, null, null, null, null);
        CoreNlpMentionExtractor phrases = CoreNlpMentionExtractor.create(SharedNlp.pipeline(), SpanConvention.PHRASE);
        Set<String> phraseForms = phrases.extract(paper).mentions().stream().map(Mention::text).collect(Collectors.toSet());
        Set<String> nameForms = SharedNlp.extractor().extract(paper).mentions().stream().map(Mention::text).collect(Collectors.toSet());
        assertTrue(phraseForms.contains("maximum entropy model"), phraseForms.toString());
        assertTrue(!nameForms.contains("maximum entropy model"), nameForms.toString());
        assertTrue(phrases.version().endsWith("spans=phrase"), phrases.version());
    }
}
