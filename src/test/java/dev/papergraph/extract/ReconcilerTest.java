package dev.papergraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ReconcilerTest {

    @Test
    void a_type_read_from_the_text_outvotes_the_taggers_repeated_guesses() {
        String text = "We release the PROVABGS catalog. PROVABGS holds galaxies. PROVABGS is large. We query PROVABGS.";
        FieldReading field = new FieldReading(Field.abstract_, AnalyzedText.of(SharedNlp.pipeline(), text));
        List<List<CoreLabel>> sentences = field.text().sentences();
        for (int s = 0; s < sentences.size(); s++) {
            for (int i = 0; i < sentences.get(s).size(); i++) {
                if (sentences.get(s).get(i).word().equals("PROVABGS")) {
                    // The head noun says Dataset once; the tagger says Method at every other occurrence.
                    if (s == 0) {
                        field.cued().add(new Candidate(s, i, i + 1, MentionType.Dataset, CuePatterns.COMPONENT, 0.85));
                    } else {
                        field.learned().add(new Candidate(s, i, i + 1, MentionType.Method, CrfTagger.COMPONENT, 0.8));
                    }
                }
            }
        }
        new Reconciler(List.of(field), Gazetteer.shipped(SharedNlp.pipeline()));
        Set<MentionType> types = field.accepted().stream().filter(c -> field.spanText(c).equals("PROVABGS"))
                .map(Candidate::type).collect(Collectors.toSet());
        assertEquals(4, field.accepted().stream().filter(c -> field.spanText(c).equals("PROVABGS")).count());
        assertEquals(Set.of(MentionType.Dataset), types);
    }

    @Test
    void an_amount_a_describing_compound_or_a_variable_is_no_mention() {
        String text = "We collect HPC-specific data and 7B tokens, and predict X_0 from GPT-4 outputs.";
        FieldReading field = new FieldReading(Field.abstract_, AnalyzedText.of(SharedNlp.pipeline(), text));
        List<CoreLabel> sentence = field.text().sentences().get(0);
        for (int i = 0; i < sentence.size(); i++) {
            String word = sentence.get(i).word();
            if (word.equals("HPC-specific") || word.equals("7B")) {
                field.cued().add(new Candidate(0, i, i + 1, MentionType.Dataset, CuePatterns.COMPONENT, 0.8));
            } else if (word.equals("X_0") || word.equals("GPT-4")) {
                field.learned().add(new Candidate(0, i, i + 1, MentionType.Method, CrfTagger.COMPONENT, 0.9));
            }
        }
        new Reconciler(List.of(field), Gazetteer.shipped(SharedNlp.pipeline()));
        assertEquals(List.of("GPT-4"), field.accepted().stream().map(field::spanText).toList());
    }
}
