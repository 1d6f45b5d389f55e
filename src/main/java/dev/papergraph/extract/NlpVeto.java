package dev.papergraph.extract;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.Set;

/**
 * The {@link NlpLevel#FULL} level's use of CoreNLP's stock named-entity recogniser: a person, a
 * place, a date or an amount is never a method, model, data set, task or metric, so a candidate from
 * the tagger or the cue patterns whose every word the recogniser labels so is dropped before the
 * proposals are reconciled. Gazetteer entries and acronym definitions are not vetoed: they name
 * concepts whatever the recogniser thinks.
 */
final class NlpVeto {
    /** Coarse and fine-grained labels of things that are not research concepts. */
    private static final Set<String> NAME_LABELS = Set.of("PERSON", "LOCATION", "CITY", "COUNTRY", "STATE_OR_PROVINCE",
            "NATIONALITY");
    private static final Set<String> QUANTITY_LABELS = Set.of("DATE", "TIME", "DURATION", "NUMBER", "ORDINAL", "MONEY",
            "PERCENT");

    private NlpVeto() {}

    /** Drops the vetoed candidates of the tagger and the cue patterns from one field's proposals. */
    static void apply(FieldReading reading) {
        List<List<CoreLabel>> sentences = reading.text().sentences();
        reading.learned().removeIf(c -> vetoes(sentences.get(c.sentence()), c));
        reading.cued().removeIf(c -> vetoes(sentences.get(c.sentence()), c));
    }

    /**
     * Whether every word of the candidate (punctuation aside) carries a vetoed label. A person or place
     * label counts only on a plainly capitalised word: the stock models also call coined names people
     * and places ("BERT" PERSON, "LoRA" LOCATION), and a coined name has inner capitals or digits.
     */
    static boolean vetoes(List<CoreLabel> sentence, Candidate c) {
        boolean anyWord = false;
        for (int i = c.from(); i < c.to(); i++) {
            CoreLabel token = sentence.get(i);
            String word = token.word();
            if (word.codePoints().noneMatch(Character::isLetterOrDigit)) {
                continue;
            }
            anyWord = true;
            String label = token.ner();
            boolean vetoed = label != null
                    && (QUANTITY_LABELS.contains(label) || NAME_LABELS.contains(label) && plainlyCapitalised(word));
            if (!vetoed) {
                return false;
            }
        }
        return anyWord;
    }

    /** "Paris", "Smith": no capital after the first letter and no digit. */
    private static boolean plainlyCapitalised(String word) {
        return word.codePoints().skip(1).noneMatch(ch -> Character.isUpperCase(ch) || Character.isDigit(ch));
    }
}
