package dev.papergraph.extract;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds "long form (SHORT)" definitions with the Schwartz–Hearst algorithm (Schwartz and Hearst, "A
 * simple algorithm for identifying abbreviation definitions in biomedical text", PSB 2003): the short
 * form's characters are matched right to left against the words before the parenthesis, the first
 * character at a word start. Digits of the short form may stay unmatched ("L3Ms" for "Lagrange Large
 * Language Models").
 */
final class AcronymDetector {
    static final String COMPONENT = "acronym";

    /** A definition in one sentence: tokens [longFrom, longTo) define tokens [shortFrom, shortTo). */
    record Definition(int sentence, int longFrom, int longTo, int shortFrom, int shortTo) {}

    private AcronymDetector() {}

    static List<Definition> find(AnalyzedText text, List<CoreLabel> sentence, int sentenceIndex) {
        List<Definition> found = new ArrayList<>();
        for (int open = 1; open < sentence.size(); open++) {
            if (!isOpen(sentence.get(open).word())) {
                continue;
            }
            int close = open + 1;
            while (close < sentence.size() && close <= open + 4 && !isClose(sentence.get(close).word())) {
                close++;
            }
            if (close >= sentence.size() || close == open + 1 || !isClose(sentence.get(close).word())
                    || !isShortForm(text.spanText(sentence, open + 1, close))) {
                spelledAfter(text, sentence, sentenceIndex, open).ifPresent(found::add);
                continue;
            }
            Optional<Integer> longFrom = longFormBefore(text, sentence, open, text.spanText(sentence, open + 1, close));
            if (longFrom.isPresent()) {
                int from = widenOverCapitals(sentence, longFrom.get(), open);
                found.add(new Definition(sentenceIndex, from, open, open + 1, close));
            }
        }
        orShort(text, sentence, sentenceIndex, found);
        return found;
    }

    /**
     * "a method based on Leave-One-Out K-Nearest-Neighbor, or LOOK for short": a short form given after
     * ", or" and before "for short" defines the words before the comma.
     */
    private static void orShort(AnalyzedText text, List<CoreLabel> sentence, int sentenceIndex, List<Definition> found) {
        for (int comma = 1; comma + 3 < sentence.size(); comma++) {
            if (!sentence.get(comma).word().equals(",") || !sentence.get(comma + 1).word().equalsIgnoreCase("or")) {
                continue;
            }
            int shortFrom = comma + 2;
            String shortForm = sentence.get(shortFrom).word();
            boolean forShort = sentence.get(shortFrom + 1).word().equalsIgnoreCase("for") && shortFrom + 2 < sentence.size()
                    && sentence.get(shortFrom + 2).word().equalsIgnoreCase("short");
            if (isShortForm(shortForm) && forShort) {
                Optional<Integer> longFrom = longFormBefore(text, sentence, comma, shortForm);
                if (longFrom.isPresent()) {
                    found.add(new Definition(sentenceIndex, longFrom.get(), comma, shortFrom, shortFrom + 1));
                }
            }
        }
    }

    /**
     * A long form in title case goes on over the capitalised words right before it, which the short form does
     * not spell: "we propose Dynamic Rank-Selective Low Rank Adaptation (LoRA)". A sentence's first word, small
     * words ("In", "The") and a name with inner capitals before it ("the DESI Bright Galaxy Survey") stop it.
     */
    private static int widenOverCapitals(List<CoreLabel> sentence, int longFrom, int open) {
        for (int i = longFrom; i < open; i++) {
            String word = sentence.get(i).word();
            if (!word.equals("-") && !Character.isUpperCase(word.codePointAt(0))) {
                return longFrom;
            }
        }
        int from = longFrom;
        while (from > 1) {
            String word = sentence.get(from - 1).word();
            boolean hyphen = word.equals("-") && AnalyzedText.glued(sentence.get(from - 2), sentence.get(from - 1))
                    && AnalyzedText.glued(sentence.get(from - 1), sentence.get(from));
            boolean capitalised = Character.isUpperCase(word.codePointAt(0)) && word.codePoints().skip(1).noneMatch(Character::isUpperCase)
                    && word.codePoints().allMatch(c -> Character.isLetter(c) || c == '-')
                    && !Reconciler.LEADING.contains(word.toLowerCase(Locale.ROOT));
            if (!hyphen && !capitalised) {
                break;
            }
            from--;
        }
        // The widened long form must start with a word, and a glued hyphen must lead to one.
        while (from < longFrom && sentence.get(from).word().equals("-")) {
            from++;
        }
        return from;
    }

    /** The first token of the long form that the words before {@code open} give {@code shortForm}, if any. */
    private static Optional<Integer> longFormBefore(AnalyzedText text, List<CoreLabel> sentence, int open, String shortForm) {
        if (expandRepeats(shortForm).chars().filter(Character::isLetter).count() < 2) {
            // "(13B)", "(V2)": one letter spells nothing; a size or a version is no short form.
            return Optional.empty();
        }
        int maxWords = Math.min(shortForm.length() + 5, shortForm.length() * 2);
        // Words as Schwartz–Hearst count them, separated by spaces: "Leave-One-Out" is one word of five tokens.
        int windowFrom = open - 1;
        int words = 0;
        while (windowFrom > 0 && words < maxWords && !isBarrier(sentence.get(windowFrom - 1).word())) {
            if (!AnalyzedText.glued(sentence.get(windowFrom - 1), sentence.get(windowFrom))) {
                words++;
            }
            windowFrom--;
        }
        int windowBegin = sentence.get(windowFrom).beginPosition();
        String window = text.text().substring(windowBegin, sentence.get(open - 1).endPosition());
        String expanded = expandRepeats(shortForm);
        int longStart = bestLongForm(expanded, window);
        // Each letter of an expanded short form opens about one word: "I2I" read as "III" must not
        // reach back over "inspires us to study image-to-image"; then the digit is just unspelled.
        if (longStart < 0 || wordCount(window.substring(longStart)) > expanded.chars().filter(Character::isLetter).count() + 1) {
            longStart = bestLongForm(shortForm, window);
        }
        if (longStart < 0) {
            return Optional.empty();
        }
        int longFrom = tokenAt(sentence, windowBegin + longStart, windowFrom, open);
        if (longFrom < 0) {
            return Optional.empty();
        }
        String longForm = text.spanText(sentence, longFrom, open);
        if (longForm.length() <= shortForm.length() || longForm.equalsIgnoreCase(shortForm)) {
            return Optional.empty();
        }
        return Optional.of(longFrom);
    }

    /**
     * Schwartz–Hearst's other order, "SHORT (long form)": "FPDM (Fast Pre-training Technique using
     * Document Level Metadata)". The whole bracket must spell the short form, from its first word on.
     */
    private static Optional<Definition> spelledAfter(AnalyzedText text, List<CoreLabel> sentence, int sentenceIndex, int open) {
        int shortFrom = open - 1;
        // A short form the tokenizer split ("DAF" ":" "re") is glued back together.
        while (shortFrom > 0 && sentence.get(shortFrom - 1).endPosition() == sentence.get(shortFrom).beginPosition()) {
            shortFrom--;
        }
        String shortForm = text.spanText(sentence, shortFrom, open);
        if (!isShortForm(shortForm)) {
            return Optional.empty();
        }
        int maxWords = Math.min(shortForm.length() + 5, shortForm.length() * 2);
        int close = open + 1;
        while (close < sentence.size() && close <= open + maxWords && !isClose(sentence.get(close).word())) {
            // A colon inside a word ("AnimeFaces:revamped") is no barrier.
            boolean glued = sentence.get(close - 1).endPosition() == sentence.get(close).beginPosition()
                    && close + 1 < sentence.size() && sentence.get(close).endPosition() == sentence.get(close + 1).beginPosition();
            if (!glued && (isBarrier(sentence.get(close).word()) || sentence.get(close).word().equals(","))) {
                return Optional.empty();
            }
            close++;
        }
        if (close >= sentence.size() || close == open + 1 || !isClose(sentence.get(close).word())) {
            return Optional.empty();
        }
        String longForm = text.spanText(sentence, open + 1, close);
        if (longForm.length() <= shortForm.length() || bestLongForm(shortForm, longForm) != 0
                || Character.toLowerCase(longForm.charAt(0)) != Character.toLowerCase(shortForm.charAt(0))) {
            return Optional.empty();
        }
        return Optional.of(new Definition(sentenceIndex, open + 1, close, shortFrom, open));
    }

    private static boolean isOpen(String word) {
        return word.equals("(") || word.equals("-LRB-");
    }

    private static boolean isClose(String word) {
        return word.equals(")") || word.equals("-RRB-");
    }

    private static boolean isBarrier(String word) {
        return word.equals("(") || word.equals(")") || word.equals(";") || word.equals(":") || word.equals(".");
    }

    /** Two to ten characters, one word, starting with a letter or digit, holding a capital letter. */
    static boolean isShortForm(String candidate) {
        if (candidate.length() < 2 || candidate.length() > 12 || candidate.contains(" ")) {
            return false;
        }
        if (!Character.isLetterOrDigit(candidate.codePointAt(0))) {
            return false;
        }
        return candidate.codePoints().anyMatch(Character::isUpperCase) && candidate.codePoints().anyMatch(Character::isLetter);
    }

    /**
     * Reads a letter followed by a small count as that letter repeated: "L3Ms" is three L-words and
     * "Ms" ("Lagrange Large Language Models"), "T5" is five T-words.
     */
    static String expandRepeats(String shortForm) {
        StringBuilder expanded = new StringBuilder();
        for (int i = 0; i < shortForm.length(); i++) {
            char c = shortForm.charAt(i);
            char next = i + 1 < shortForm.length() ? shortForm.charAt(i + 1) : ' ';
            boolean lastDigit = i + 2 >= shortForm.length() || !Character.isDigit(shortForm.charAt(i + 2));
            if (Character.isLetter(c) && next >= '2' && next <= '5' && lastDigit) {
                expanded.append(String.valueOf(c).repeat(next - '0'));
                i++;
            } else {
                expanded.append(c);
            }
        }
        return expanded.toString();
    }

    /**
     * Schwartz–Hearst's findBestLongForm: the start offset in {@code window} of the shortest suffix of
     * the window whose words hold the short form's letters in order, or -1.
     */
    static int bestLongForm(String shortForm, String window) {
        String s = shortForm.toLowerCase(Locale.ROOT);
        String l = window.toLowerCase(Locale.ROOT);
        int sIndex = s.length() - 1;
        int lIndex = l.length() - 1;
        while (sIndex >= 0) {
            char c = s.charAt(sIndex);
            if (!Character.isLetterOrDigit(c)) {
                sIndex--;
                continue;
            }
            int saved = lIndex;
            while ((lIndex >= 0 && l.charAt(lIndex) != c)
                    || (sIndex == 0 && lIndex > 0 && Character.isLetterOrDigit(l.charAt(lIndex - 1)))) {
                lIndex--;
            }
            if (lIndex < 0) {
                if (Character.isDigit(c) || (c == 's' && sIndex == s.length() - 1)) {
                    // A version digit or a plural "s" need not be spelled out in the long form.
                    lIndex = saved;
                    sIndex--;
                    continue;
                }
                return -1;
            }
            lIndex--;
            sIndex--;
        }
        return Math.max(l.lastIndexOf(' ', lIndex) + 1, 0);
    }

    private static int wordCount(String text) {
        return text.isBlank() ? 0 : text.trim().split("\\s+").length;
    }

    private static int tokenAt(List<CoreLabel> sentence, int offset, int from, int to) {
        for (int i = from; i < to; i++) {
            if (sentence.get(i).beginPosition() >= offset) {
                return i;
            }
        }
        return -1;
    }
}
