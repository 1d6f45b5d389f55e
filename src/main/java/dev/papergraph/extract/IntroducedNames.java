package dev.papergraph.extract;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The forms of the names one paper introduces, the types their cues give them, and the other forms one
 * introduced name brings in: its short or long form, a phrase in apposition that spells it out, and the same
 * name in another case, number or size. The finders decide that a name is new; this class decides which
 * written forms count as that name, because the evaluation and the graph match forms, not concepts.
 */
final class IntroducedNames {
    private final Set<String> forms = new TreeSet<>();
    private final Map<String, MentionType> types = new HashMap<>();
    /** The types that cues' own head nouns give introduced names ("X, a new benchmark"), not guesses. */
    private final Map<String, Set<MentionType>> declaredTypes = new HashMap<>();

    /** The introduced forms, sorted. */
    Set<String> forms() {
        return Collections.unmodifiableSet(forms);
    }

    boolean contains(String form) {
        return forms.contains(form);
    }

    /** The type a cue or the words after an introduced name give it, or null when nothing does. */
    MentionType type(String form) {
        return types.get(form);
    }

    /** The types the cues' own head nouns declare for {@code form}; empty when none does. */
    Set<MentionType> declaredTypes(String form) {
        return declaredTypes.getOrDefault(form, Set.of());
    }

    /** Adds {@code form} alone: where it was found says nothing of its type. */
    void add(String form) {
        forms.add(form);
    }

    void remove(String form) {
        forms.remove(form);
    }

    /** Gives {@code form} the type {@code type} unless something already gave it one. */
    void typeIfAbsent(String form, MentionType type) {
        types.putIfAbsent(form, type);
    }

    /** Gives {@code form} the type {@code type}, whatever gave it one before. */
    void setType(String form, MentionType type) {
        types.put(form, type);
    }

    /**
     * Introduces the mention {@code text}, typed by the head noun after it ("X, a new benchmark") when there is
     * one, and by the type of its cue when {@code cueType} is not null.
     */
    void introduce(String text, Candidate mention, List<CoreLabel> sentence, MentionType cueType) {
        forms.add(text);
        CuePatterns.typeAfter(sentence, mention.to()).ifPresent(t -> types.putIfAbsent(text, t));
        if (cueType != null) {
            types.putIfAbsent(text, cueType);
            declaredTypes.computeIfAbsent(text, k -> EnumSet.noneOf(MentionType.class)).add(cueType);
        }
    }

    /** Replaces the introduced {@code form} by {@code cut}, a shorter mention of the same name, with its type. */
    void rename(String form, String cut) {
        forms.remove(form);
        MentionType type = types.remove(form);
        if (type != null) {
            types.putIfAbsent(cut, type);
        }
        forms.add(cut);
    }

    /** Adds the partner of each introduced form: a long form and its short form count as one name. */
    void addPartners(Map<String, String> partners) {
        for (String form : new ArrayList<>(forms)) {
            String partner = partners.get(form);
            if (partner != null) {
                forms.add(partner);
                if (types.containsKey(form)) {
                    types.putIfAbsent(partner, types.get(form));
                }
            }
        }
    }

    /**
     * A phrase in apposition to an introduced short name that spells it out is its long form: "we present
     * msGFM, a multisensor geospatial foundation model". The phrase must open with the name's first letter and
     * hold its letters in order, as a bracketed definition would.
     */
    void addSpelledAppositives(FieldReading field, Gazetteer gazetteer) {
        for (Candidate a : List.copyOf(field.accepted())) {
            String name = field.spanText(a);
            List<CoreLabel> sentence = field.text().sentences().get(a.sentence());
            if (!forms.contains(name) || name.contains(" ") || !AcronymDetector.isShortForm(name)
                    || a.to() >= sentence.size() || !sentence.get(a.to()).word().equals(",")) {
                continue;
            }
            int from = a.to() + 1;
            if (from < sentence.size() && sentence.get(from).tag() != null && sentence.get(from).tag().equals("DT")) {
                from++;
            }
            int start = from;
            field.accepted().stream().filter(b -> b.sentence() == a.sentence() && b.from() == start).findFirst().ifPresent(b -> {
                String phrase = field.spanText(b);
                if (phrase.contains(" ") && Character.toLowerCase(phrase.charAt(0)) == Character.toLowerCase(name.charAt(0))
                        && AcronymDetector.bestLongForm(name, phrase) == 0 && gazetteer.typeOf(phrase).isEmpty()) {
                    introduce(phrase, b, sentence, null);
                }
            });
        }
    }

    /**
     * The same name written in another case, number or size ("Neural Semantic Matching Networks" in the title,
     * "neural semantic matching network" in the abstract; "HSM" and "HSMs"; "OPT" and "OPT-175B") is introduced too.
     */
    void addVariants(List<FieldReading> fields) {
        Set<String> introducedForms = Set.copyOf(forms);
        for (FieldReading field : fields) {
            for (Candidate a : field.accepted()) {
                String text = field.spanText(a);
                if (introducedForms.stream().anyMatch(f -> isVariant(text, f))) {
                    forms.add(text);
                }
            }
        }
    }

    /** A size or version after a model family's name: "OPT-175B", "UL2 20B", "Vega v2", "HuatuoGPT-II". */
    private static final Pattern SIZE_SUFFIX = Pattern.compile("[-\\s](v?\\d+(\\.\\d+)*[BMKT]?|II|III|IV)");
    /** An acronym in upper case and digits, whose plural adds "s": "HSM" and "HSMs", "GE" and "GEs". */
    private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}[\\p{Lu}\\d]+");

    /**
     * Whether {@code text} writes the introduced {@code form} in another case or number, or adds a size: a
     * phrase in any case and number, a coined word of five letters or more in any case ("Preselect",
     * "PreSelect"), an acronym's singular or plural, the family's name with a size or version.
     */
    private static boolean isVariant(String text, String form) {
        if (text.equals(form)) {
            return false;
        }
        if (variantKey(text).equals(variantKey(form))
                || !text.contains(" ") && text.length() >= 5 && text.equalsIgnoreCase(form)) {
            return true;
        }
        String plural = text.length() > form.length() ? text : form;
        String singular = text.length() > form.length() ? form : text;
        if (plural.equals(singular + "s") && ACRONYM.matcher(singular).matches()) {
            return true;
        }
        return text.startsWith(form) && !form.contains(" ") && CuePatterns.hasCapitalOrDigit(form)
                && SIZE_SUFFIX.matcher(text.substring(form.length())).matches();
    }

    /** A name in lower case without a final plural "s", for matching case and number variants of a multi-word name. */
    private static String variantKey(String text) {
        String key = text.toLowerCase(Locale.ROOT);
        // Only phrases: "SFT" and "sft", or "LLM" and "LLMs", may name different things.
        return key.contains(" ") ? key.replaceAll("s$", "") : text;
    }
}
