package dev.papergraph.extract;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;

/**
 * One text run through CoreNLP: its sentences of tokens, whose character offsets (UTF-16, as
 * CoreNLP counts) point into the original text. Training and extraction both read text through
 * here, so the tagger sees tokens made the same way in both.
 */
final class AnalyzedText {
    private final String text;
    private final List<List<CoreLabel>> sentences;

    private AnalyzedText(String text, List<List<CoreLabel>> sentences) {
        this.text = text;
        this.sentences = sentences;
    }

    static AnalyzedText of(StanfordCoreNLP nlp, String text) {
        Annotation annotation = new Annotation(LatexMask.mask(text));
        nlp.annotate(annotation);
        List<List<CoreLabel>> sentences = new ArrayList<>();
        for (CoreMap sentence : annotation.get(CoreAnnotations.SentencesAnnotation.class)) {
            List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
            if (!tokens.isEmpty()) {
                sentences.add(tokens);
            }
        }
        return new AnalyzedText(text, sentences);
    }

    String text() {
        return text;
    }

    List<List<CoreLabel>> sentences() {
        return sentences;
    }

    /** The original text of tokens [from, to) of a sentence. */
    String spanText(List<CoreLabel> sentence, int from, int to) {
        return text.substring(sentence.get(from).beginPosition(), sentence.get(to - 1).endPosition());
    }

    String sentenceText(List<CoreLabel> sentence) {
        return spanText(sentence, 0, sentence.size());
    }

    /** Converts a UTF-16 offset into this text to a code-point offset (what Python's str counts). */
    int codePoints(int utf16Offset) {
        return text.codePointCount(0, utf16Offset);
    }

    /** Converts a code-point offset into this text to a UTF-16 offset. */
    int utf16(int codePointOffset) {
        return text.offsetByCodePoints(0, codePointOffset);
    }

    /** Whether two tokens touch, with no space between them: the parts of "few-shot" or "GPT-4". */
    static boolean glued(CoreLabel left, CoreLabel right) {
        return left.endPosition() == right.beginPosition();
    }

    static boolean isOpening(String word) {
        return word.equals("(") || word.equals("-LRB-");
    }

    static boolean isClosing(String word) {
        return word.equals(")") || word.equals("-RRB-");
    }
}
