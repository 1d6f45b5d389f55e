package dev.papergraph.extract;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides which introduced names are phrases that no component found whole, and makes each the mention of
 * its words in place of the pieces: a plain phrase after "we propose" that names the authors' variant of a
 * known technique ("a structured iterative pruning procedure"), words the authors put in quotes ("a novel
 * "virtual group" initialization scheme"), and the capitalised long form before ", or X" ("General Retrieval
 * Adaptors for Continual Editing, or GRACE"). The components read names, not descriptions, so these
 * boundaries come from the proposing sentence itself.
 */
final class IntroducedPhraseFinder {
    /** Quotation marks as the tokenizer writes them. */
    static final Set<String> QUOTES = Set.of("``", "''", "\"", "\u201c", "\u201d");

    private final List<FieldReading> fields;
    private final Gazetteer gazetteer;
    private final IntroducedNames names;

    IntroducedPhraseFinder(List<FieldReading> fields, Gazetteer gazetteer, IntroducedNames names) {
        this.fields = fields;
        this.gazetteer = gazetteer;
        this.names = names;
    }

    /** Words before what is proposed that praise or size it but name nothing: "a novel, simple yet effective …". */
    private static final Set<String> EVALUATIVE = Set.of("a", "an", "the", "novel", "new", "innovative", "simple", "straightforward",
            "effective", "efficient", "lightweight", "general", "generic", "unified", "principled", "powerful", "flexible", "robust",
            "scalable", "practical", "elegant", "first", "yet", "and", ",", "very", "highly", "more", "additional", "extra", "special");
    /** Head nouns that say only what kind of thing is proposed and stay out of its name: "a … pruning procedure". */
    private static final Set<String> KIND_HEADS = Set.of("technique", "techniques", "method", "methods", "procedure", "procedures",
            "approach", "approaches", "framework", "frameworks", "strategy", "strategies", "scheme", "schemes", "algorithm", "algorithms");
    /** Adjectives by which authors call what they make new. */
    private static final Set<String> NOVELTY = Set.of("novel", "new", "innovative");

    /**
     * A plain phrase right after a verb of making, that specifies an established technique, names the
     * authors' variant of it: "we propose a novel graph prompt tuning technique", "we then propose a
     * structured iterative pruning procedure". The phrase ends in a technique the gazetteer knows (prompt
     * tuning, pruning, fine-tuning) and has words of its own before it; a head noun that only says the kind
     * of thing ("technique", "procedure") is left out. A phrase that is itself well known ("we propose
     * continual pre-training") is not new. The phrase becomes the mention in place of the shorter ones in it.
     */
    void introduceProposedPhrases(FieldReading field) {
        for (Candidate cue : field.introducedCues()) {
            if (CuePatterns.WINDOW.equals(cue.component()) && cue.confidence() > CuePatterns.WEAK_WINDOW) {
                List<CoreLabel> sentence = field.text().sentences().get(cue.sentence());
                int object = skipEvaluative(sentence, cue.from(), cue.to());
                if (object < cue.to() && QUOTES.contains(sentence.get(object).word())) {
                    introduceQuoted(field, cue.sentence(), object, cue.to());
                } else {
                    introduceProposedPhrase(field, cue.sentence(), cue.from(), cue.to(), true);
                }
            }
        }
        // "we introduce a novel approach for reward-free pre-training of X", "we introduce X, a framework for cross-table
        // pretraining": a head noun of mere kind hands the naming over to the phrase after "for".
        for (int s = 0; s < field.text().sentences().size(); s++) {
            List<CoreLabel> sentence = field.text().sentences().get(s);
            for (int k = 1; k + 2 < sentence.size(); k++) {
                if (KIND_HEADS.contains(sentence.get(k).word().toLowerCase(Locale.ROOT)) && sentence.get(k + 1).word().equalsIgnoreCase("for")
                        && kindOnly(sentence, k) && MakingCueFinder.authorsMake(sentence.subList(0, k))) {
                    introduceProposedPhrase(field, s, k + 2, sentence.size(), true);
                }
            }
            // "our model employs an innovative cross-sensor pretraining approach": where the authors speak, a
            // phrase called new is theirs whatever the verb. Without a verb of making the cue is weaker, so the
            // phrase must end in a known technique, not just in a part ("a new tensor normalization scheme").
            boolean authors = MakingCueFinder.authorsSpeak(sentence);
            for (int k = 0; authors && k + 2 < sentence.size(); k++) {
                if (sentence.get(k).word().matches("(?i)an?") && NOVELTY.contains(sentence.get(k + 1).word().toLowerCase(Locale.ROOT))) {
                    introduceProposedPhrase(field, s, k, sentence.size(), false);
                }
            }
        }
    }

    /** Whether the head noun at {@code k} stands alone after its article: "a novel approach", "a framework". */
    private static boolean kindOnly(List<CoreLabel> sentence, int k) {
        int i = k - 1;
        while (i >= 0 && EVALUATIVE.contains(sentence.get(i).word().toLowerCase(Locale.ROOT))
                && !sentence.get(i).word().matches("(?i)an?|,")) {
            i--;
        }
        return i >= 0 && sentence.get(i).word().matches("(?i)an?");
    }

    /** Words that count what follows: "several loss functions", "multiple pruning criteria". */
    private static final Set<String> QUANTIFIERS = Set.of("several", "multiple", "various", "some", "many", "few", "two", "three",
            "four", "both", "different");
    /** Head nouns of a technical part a paper designs: "a LoRA-guided pruning criterion", "the identity loss". */
    private static final Set<String> PART_HEADS = Set.of("loss", "criterion", "guidance", "gate", "regularization", "regularizer",
            "objective", "initialization", "embedding", "normalization");
    /** Last words of a model family rather than a technique: "geospatial foundation models", "a biomedical LM", "a deep CNN". */
    private static final Pattern FAMILY_END = Pattern.compile("(?i)(models?|networks?|transformers?|autoencoders?|"
            + "\\p{L}*(lm|cnn|rnn|gnn|gcn|gan|lstm|gru|mlp|vae|ssm|vit|net)s?)");
    /** Participles that hand over to a name: "an approach called X". */
    private static final Set<String> NAMING = Set.of("called", "named", "termed", "dubbed", "coined");

    /**
     * Introduces the phrase that opens at {@code start} (before {@code limit}) when it names a variant of a known
     * technique, or with {@code parts} of a part such as a loss.
     */
    private void introduceProposedPhrase(FieldReading field, int s, int start, int limit, boolean parts) {
        List<CoreLabel> sentence = field.text().sentences().get(s);
        int from = skipEvaluative(sentence, start, limit);
        // A gerund opening the object is a verb ("we propose aligning instruction tuning with …"); a count or a
        // quantifier speaks of several things, not of one named technique ("we design several loss functions").
        if (from < limit && (sentence.get(from).tag() != null && sentence.get(from).tag().matches("VBG|CD|DT")
                || QUANTIFIERS.contains(sentence.get(from).word().toLowerCase(Locale.ROOT))
                || KIND_HEADS.contains(sentence.get(from).word().toLowerCase(Locale.ROOT)))) {
            return;
        }
        int end = from;
        while (end < limit && nounPhraseWord(sentence, end, limit)) {
            end++;
        }
        if (end > from && KIND_HEADS.contains(sentence.get(end - 1).word().toLowerCase(Locale.ROOT))) {
            end--;
        }
        if (end - from < 2 || sentence.get(end - 1).word().equals("-") || FAMILY_END.matcher(sentence.get(end - 1).word()).matches()
                || !endsInTechnique(field, sentence, from, end, parts) || gazetteer.typeOf(field.text().spanText(sentence, from, end)).isPresent()
                || namedAfter(field, s, end)) {
            return;
        }
        Candidate phrase = new Candidate(s, from, end, MentionType.Method, CuePatterns.COMPONENT, 0.8);
        replaceOverlapping(field, phrase);
        // A technique, whatever head noun follows ("a new tensor normalization scheme to accelerate the model").
        names.setType(field.spanText(phrase), MentionType.Method);
        names.introduce(field.spanText(phrase), phrase, sentence, null);
    }

    /**
     * A word of a noun phrase before {@code to}: a noun, an adjective, a hyphen inside a word, or a participle that
     * modifies what follows ("structured pruning", "LoRA-guided") but not one that opens a clause ("a technique aligned with").
     */
    private static boolean nounPhraseWord(List<CoreLabel> sentence, int i, int to) {
        CoreLabel token = sentence.get(i);
        if (token.word().equals("-")) {
            return i > 0 && AnalyzedText.glued(sentence.get(i - 1), token);
        }
        String tag = token.tag() == null ? "" : token.tag();
        if (NAMING.contains(token.word().toLowerCase(Locale.ROOT))) {
            return false;
        }
        if (tag.matches("VBG|VBN") && !(i > 0 && sentence.get(i - 1).word().equals("-"))) {
            return i + 1 < to && sentence.get(i + 1).tag() != null && sentence.get(i + 1).tag().matches("NN.*|JJ.*|VBG|VBN");
        }
        return tag.matches("NN.*|JJ.*|VBG|VBN") && !Reconciler.isPunctuation(token.word());
    }

    /** Whether a name is given later in the sentence ("a novel pruning method …, termed X"), which the phrase only describes. */
    private static boolean namedAfter(FieldReading field, int sentence, int end) {
        return field.introducedCues().stream().anyMatch(c -> c.sentence() == sentence && c.from() >= end && !CuePatterns.WINDOW.equals(c.component()));
    }

    /** Whether [from, to) ends in a technique the gazetteer knows, after at least one word of its own. */
    private boolean endsInTechnique(FieldReading field, List<CoreLabel> sentence, int from, int to, boolean parts) {
        if (parts && PART_HEADS.contains(sentence.get(to - 1).word().toLowerCase(Locale.ROOT))) {
            return true;
        }
        for (int start = from + 1; start < to; start++) {
            boolean wordStart = !sentence.get(start).word().equals("-") && !sentence.get(start - 1).word().equals("-");
            if (wordStart && gazetteer.typeOf(field.text().spanText(sentence, start, to)).filter(t -> t == MentionType.Method).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /** The first word from {@code from} on that does more than praise: "a novel, simple" are skipped. */
    private static int skipEvaluative(List<CoreLabel> sentence, int from, int limit) {
        int at = from;
        while (at < limit && EVALUATIVE.contains(sentence.get(at).word().toLowerCase(Locale.ROOT))) {
            at++;
        }
        return at;
    }

    /**
     * Words the authors put in quotes right after a verb of making are their coinage, without the head noun
     * after the quotes: "we propose a novel "virtual group" initialization scheme" introduces "virtual group".
     */
    private void introduceQuoted(FieldReading field, int s, int open, int limit) {
        List<CoreLabel> sentence = field.text().sentences().get(s);
        int close = open + 1;
        while (close < limit && close <= open + 5 && !QUOTES.contains(sentence.get(close).word())) {
            close++;
        }
        if (close >= limit || close > open + 5 || close == open + 1 || !sentence.subList(open + 1, close).stream()
                .allMatch(t -> t.word().equals("-") || t.word().codePoints().allMatch(Character::isLetterOrDigit))) {
            return;
        }
        Candidate quoted = new Candidate(s, open + 1, close, MentionType.Method, CuePatterns.COMPONENT, 0.8);
        replaceOverlapping(field, quoted);
        names.introduce(field.spanText(quoted), quoted, sentence, null);
    }

    /** Small words inside a long form whose initials skip them: "General Retrieval Adaptors for Continual Editing". */
    private static final Set<String> LONG_FORM_LINKS = Set.of("for", "of", "with", "via", "in", "on", "and", "to");

    /**
     * The capitalised words before ", or X" whose initials spell an introduced short form X are its long form,
     * small words ("for", "of") included: "we introduce General Retrieval Adaptors for Continual Editing, or GRACE,
     * which …". The long form becomes the mention in place of the pieces the components found.
     */
    void introduceOrLongForms(FieldReading field) {
        for (int s = 0; s < field.text().sentences().size(); s++) {
            List<CoreLabel> sentence = field.text().sentences().get(s);
            for (int c = 2; c + 2 < sentence.size(); c++) {
                String shortForm = sentence.get(c + 2).word();
                if (!sentence.get(c).word().equals(",") || !sentence.get(c + 1).word().equalsIgnoreCase("or") || !names.contains(shortForm)) {
                    continue;
                }
                String letters = shortForm.codePoints().filter(Character::isUpperCase)
                        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
                int from = c;
                StringBuilder initials = new StringBuilder();
                while (from > 0 && initials.length() < letters.length()) {
                    String word = sentence.get(from - 1).word();
                    if (Character.isUpperCase(word.codePointAt(0))) {
                        initials.insert(0, word.charAt(0));
                    } else if (!LONG_FORM_LINKS.contains(word)) {
                        break;
                    }
                    from--;
                }
                if (letters.length() < 2 || !initials.toString().equals(letters) || !Character.isUpperCase(sentence.get(from).word().codePointAt(0))) {
                    continue;
                }
                Candidate longForm = new Candidate(s, from, c, MentionType.Method, CuePatterns.COMPONENT, 0.8);
                replaceOverlapping(field, longForm);
                names.introduce(field.spanText(longForm), longForm, sentence, null);
            }
        }
    }

    /**
     * Makes {@code mention} the mention of its words in place of the ones it overlaps; a form introduced from an
     * overlapped mention that is left nowhere else was a wrong boundary ("virtual group" initialization) and goes.
     */
    private void replaceOverlapping(FieldReading field, Candidate mention) {
        List<String> overlapped = field.accepted().stream().filter(a -> a.overlaps(mention)).map(field::spanText).toList();
        field.acceptInPlaceOfOverlaps(mention);
        for (String form : overlapped) {
            if (fields.stream().noneMatch(f -> f.accepted().stream().anyMatch(a -> f.spanText(a).equals(form)))) {
                names.remove(form);
            }
        }
    }
}
