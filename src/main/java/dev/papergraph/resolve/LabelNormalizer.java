package dev.papergraph.resolve;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The match form that decides which surface forms name one concept: case, hyphens, spaces and the
 * plural of the last word are ignored; digits, versions and sizes are kept, so that "GPT-3" and
 * "GPT-4", "ResNet-50" and "ResNet-101" never meet. No fuzzy matching: "BERT" and "BART" stay apart.
 */
public final class LabelNormalizer {
    /** "LLMs", "CNNs", "ViTs", "NeRFs": an acronym with a lower-case plural s. */
    private static final Pattern ACRONYM_PLURAL = Pattern.compile("[A-Z0-9][A-Za-z0-9]*[A-Z0-9]s");
    /** Words ending in s that are not plurals, or whose singular the suffix rules get wrong. */
    private static final Set<String> NOT_PLURAL = Set.of(
            "series", "species", "means", "news", "lens", "data", "bias", "chaos", "atlas",
            "canvas", "thesis", "analysis", "corpus", "focus", "consensus", "status", "class", "loss", "gas");
    /** Plurals in "-ches" that only add an s. */
    private static final Set<String> PLURAL_OF_E = Set.of("caches", "niches", "headaches", "avalanches");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private LabelNormalizer() {}

    /**
     * The match form of a surface form: lower case, accents dropped, separators removed (an underscore
     * keeps two numbers apart: "Llama-2-7B" is {@code llama2_7b}), "&" read as "and", "+" as "plus",
     * and the last word made singular. Empty when the form has no letter or digit.
     */
    public static String matchForm(String surface) {
        List<String> words = words(surface);
        if (words.isEmpty()) {
            return "";
        }
        words.set(words.size() - 1, singular(words.get(words.size() - 1)));
        StringBuilder form = new StringBuilder();
        for (String word : words) {
            if (!form.isEmpty() && Character.isDigit(form.charAt(form.length() - 1)) && Character.isDigit(word.charAt(0))) {
                form.append('_');
            }
            form.append(word.toLowerCase(Locale.ROOT));
        }
        return form.toString();
    }

    /** The match form with case and plural kept: tells a hyphenation variant from a plural one. */
    static String separatorFree(String surface) {
        return String.join("", words(surface));
    }

    /** Runs of letters and digits; a dot between two digits ("GPT-3.5") stays inside its word. */
    static List<String> words(String surface) {
        String text = MARKS.matcher(Normalizer.normalize(surface, Normalizer.Form.NFKD)).replaceAll("")
                .replace("&", " and ")
                .replace("+", " plus ");
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean decimalPoint = c == '.' && i > 0 && i + 1 < text.length()
                    && Character.isDigit(text.charAt(i - 1)) && Character.isDigit(text.charAt(i + 1));
            if (Character.isLetterOrDigit(c) || decimalPoint) {
                word.append(c);
            } else if (!word.isEmpty()) {
                words.add(word.toString());
                word.setLength(0);
            }
        }
        if (!word.isEmpty()) {
            words.add(word.toString());
        }
        return words;
    }

    /** The singular of one word as written; names in capitals ("MS", "SARS") and words with digits keep their s. */
    static String singular(String word) {
        if (ACRONYM_PLURAL.matcher(word).matches()) {
            return word.substring(0, word.length() - 1);
        }
        String lower = word.toLowerCase(Locale.ROOT);
        boolean capitals = word.chars().noneMatch(Character::isLowerCase);
        boolean digits = word.chars().anyMatch(Character::isDigit);
        if (capitals || digits || lower.length() <= 3 || NOT_PLURAL.contains(lower) || !lower.endsWith("s")
                || lower.endsWith("ss") || lower.endsWith("us") || lower.endsWith("is") || lower.endsWith("ics")) {
            return word;
        }
        if (lower.endsWith("ies") && lower.length() > 4) {
            return word.substring(0, word.length() - 3) + "y";
        }
        if (PLURAL_OF_E.contains(lower)) {
            return word.substring(0, word.length() - 1);
        }
        if (lower.endsWith("sses") || lower.endsWith("ches") || lower.endsWith("shes") || lower.endsWith("xes")) {
            return word.substring(0, word.length() - 2);
        }
        return word.substring(0, word.length() - 1);
    }

    /**
     * Whether a surface form can serve as a label: no surrounding blanks or punctuation, no TeX, brackets
     * balanced, at most 80 characters.
     */
    static boolean wellFormed(String label) {
        if (label.isEmpty() || label.length() > 80 || !label.equals(label.strip()) || label.matches(".*[$\\{}].*")) {
            return false;
        }
        int depth = 0;
        for (char c : label.toCharArray()) {
            depth += c == '(' || c == '[' ? 1 : c == ')' || c == ']' ? -1 : 0;
            if (depth < 0) {
                return false;
            }
        }
        return depth == 0
                && Character.isLetterOrDigit(label.codePointAt(0))
                && (Character.isLetterOrDigit(label.codePointBefore(label.length())) || label.endsWith(")") || label.endsWith("+"));
    }

    /**
     * An IRI-safe key ({@code [a-z0-9][a-z0-9._-]*}) for a match form: letters outside a-z become
     * {@code u} and their hex code point, so that the mapping stays one to one.
     */
    public static String key(String matchForm) {
        StringBuilder key = new StringBuilder();
        matchForm.codePoints().forEach(cp -> {
            if ((cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9') || cp == '.' || cp == '_') {
                key.appendCodePoint(cp);
            } else {
                key.append('-').append('u').append(Integer.toHexString(cp)).append('-');
            }
        });
        if (key.isEmpty() || !Character.isLetterOrDigit(key.charAt(0))) {
            key.insert(0, 'x');
        }
        return key.toString();
    }
}
