package dev.papergraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreLabel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class CrfTrainerTest {
    /** A SciERC-style record: a parser (Method) for parsing (Task) using lexical features (Other). */
    private static final String SENTENCE = "We train a statistical parser for parsing with lexical features .";

    @TempDir
    Path corpora;

    /** Writes copies of {@link #SENTENCE}, annotated as SciERC annotates it, as both shared corpora's training files. */
    private void writeCorpora() throws IOException {
        List<String> records = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            records.add("{\"id\": \"r" + i + "\", \"source\": \"SciERC\", \"text\": \"" + SENTENCE + "\", \"entities\": ["
                    + entity("statistical parser", "Method") + ", " + entity("parsing", "Task") + ", "
                    + entity("lexical features", "Other") + "]}");
        }
        for (String corpus : List.of("scier", "scierc")) {
            Files.createDirectories(corpora.resolve(corpus));
            Files.write(corpora.resolve(corpus).resolve("train.jsonl"), records);
        }
    }

    private static String entity(String text, String type) {
        int start = SENTENCE.indexOf(text);
        return "{\"start\": " + start + ", \"end\": " + (start + text.length()) + ", \"type\": \"" + type + "\", \"text\": \"" + text + "\"}";
    }

    private Path train(SpanConvention convention) {
        Path model = corpora.resolve(convention.name().toLowerCase(Locale.ROOT) + ".ser.gz");
        new CrfTrainer(SharedNlp.pipeline()).train(convention, corpora, null, 1, null, 30, 1, model);
        return model;
    }

    private static List<String> tagged(Path model) {
        AnalyzedText text = AnalyzedText.of(SharedNlp.pipeline(), SENTENCE);
        List<CoreLabel> sentence = text.sentences().get(0);
        return CrfTagger.fromFile(model).tag(sentence, 0).stream()
                .map(c -> c.type() + " " + text.spanText(sentence, c.from(), c.to())).toList();
    }

    @Test
    void the_phrase_tagger_learns_other_terms_as_their_own_label_and_never_proposes_them() throws Exception {
        writeCorpora();
        Path model = train(SpanConvention.PHRASE);
        assertTrue(CRFClassifier.getClassifier(model.toFile()).labels().contains(CrfTagger.OTHER_TERM));
        assertEquals(List.of("Method statistical parser", "Task parsing"), tagged(model));
    }

    @Test
    void the_name_tagger_leaves_other_terms_outside() throws Exception {
        writeCorpora();
        assertFalse(CRFClassifier.getClassifier(train(SpanConvention.NAME).toFile()).labels().contains(CrfTagger.OTHER_TERM));
    }
}
