package dev.papergraph.extract;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides which mentions share the status of an introduced name because they are its parts or its fellow
 * list items: the techniques a "we propose two techniques, namely …" clause lists, the parts named after a
 * verb whose subject is an introduced name ("OSP combines three key innovations: …"), and the items of a
 * list that goes on after an introduced mention ("MentalXLNet and MentalLongformer"). A paper's
 * contribution is often a whole made of named pieces, and the cue of making sits on the whole only; the
 * parts are found from the structure of the sentence, not from a cue of their own.
 */
final class IntroducedPartFinder {
    private final Gazetteer gazetteer;
    private final IntroducedNames names;

    IntroducedPartFinder(Gazetteer gazetteer, IntroducedNames names) {
        this.gazetteer = gazetteer;
        this.names = names;
    }

    /** Plural nouns that announce the parts of what the authors made: "two techniques, namely …", "enhancements such as …". */
    private static final Pattern PARTS_NOUN = Pattern.compile("(?i)techniques|strategies|enhancements|components|modules|mechanisms|"
            + "innovations|improvements|modifications|extensions|designs|objectives|losses|tricks|ingredients");
    /** Words that end a listed part's phrase: "dataset augmentation via downsampling", "momentum reset, to enhance …". */
    private static final Set<String> PART_ENDS = Set.of("via", "for", "to", "with", "on", "in", "of", "by", "which", "that",
            "from", "using", "through", "based", "where", "while", "as");

    /**
     * The items of a list that a "we propose" clause opens with a plural noun of parts are each a new technique,
     * written as whole phrases: "we propose two practical techniques, namely weight refactorization and momentum
     * reset", "we introduce several novel enhancements such as adaptive patching, dataset augmentation via
     * downsampling, and resolution prefix tuning". Each item, up to a word that ends its phrase, becomes a
     * mention if no component found it whole.
     */
    void introduceListedParts(FieldReading field) {
        field.introducedCues().stream().filter(c -> CuePatterns.WINDOW.equals(c.component()) && c.confidence() > CuePatterns.WEAK_WINDOW)
                .toList().forEach(cue -> introduceListedParts(field, cue));
    }

    private void introduceListedParts(FieldReading field, Candidate cue) {
        List<CoreLabel> sentence = field.text().sentences().get(cue.sentence());
        int open = -1;
        for (int i = cue.from() + 1; i < cue.to() && i + 1 < sentence.size(); i++) {
            String word = sentence.get(i).word().toLowerCase(Locale.ROOT);
            int noun = sentence.get(i - 1).word().equals(",") || word.equals("as") ? i - 2 : i - 1;
            if (opensList(sentence, i) && noun >= 0 && PARTS_NOUN.matcher(sentence.get(noun).word()).matches()) {
                open = i + 1;
                break;
            }
        }
        int i = open;
        while (i > 0 && i < sentence.size()) {
            int from = i;
            while (i < sentence.size() && partWord(sentence.get(i))) {
                i++;
            }
            if (i == from || i - from > 5) {
                return;
            }
            addPart(field, cue.sentence(), from, i);
            // "dataset augmentation via downsampling": a short rest of an item, up to the next joiner, is no part of its name.
            int rest = i;
            while (i < sentence.size() && !LIST_JOINERS.contains(sentence.get(i).word().toLowerCase(Locale.ROOT))) {
                if (sentence.get(i).word().equals(".") || sentence.get(i).word().equals(";") || i - rest >= 3) {
                    return;
                }
                i++;
            }
            boolean joined = false;
            while (i < sentence.size() && (sentence.get(i).word().equals(",") || sentence.get(i).word().equalsIgnoreCase("and")
                    || sentence.get(i).word().equalsIgnoreCase("or"))) {
                joined = true;
                i++;
            }
            // A comma before a clause ("…, to enhance") ends the list: the next item must start with a word of a name.
            if (!joined || i >= sentence.size() || !partWord(sentence.get(i))) {
                return;
            }
        }
    }

    /** A word of a listed part's phrase: a noun, adjective or gerund, or a hyphen, and no word that ends the phrase. */
    private static boolean partWord(CoreLabel token) {
        String tag = token.tag() == null ? "" : token.tag();
        return !PART_ENDS.contains(token.word().toLowerCase(Locale.ROOT)) && (token.word().equals("-") || tag.matches("NN.*|JJ.*|VBG|VBN"));
    }

    private void addPart(FieldReading field, int s, int from, int to) {
        List<CoreLabel> sentence = field.text().sentences().get(s);
        String text = field.text().spanText(sentence, from, to);
        if (gazetteer.typeOf(text).isPresent() || Reconciler.GENERIC.contains(text.toLowerCase(Locale.ROOT))
                || Reconciler.ADJECTIVAL.matcher(text).matches() || to - from == 1 && !CuePatterns.hasCapitalOrDigit(text)) {
            return;
        }
        Candidate part = field.acceptedAt(s, from, to).orElseGet(() -> new Candidate(s, from, to, MentionType.Method, CuePatterns.COMPONENT, 0.7));
        // A component's shorter or overlapping span ("momentum" in "momentum reset") gives way to the whole part.
        field.accepted().removeIf(a -> a.overlaps(part) && a != part);
        if (!field.accepted().contains(part)) {
            field.accepted().add(part);
        }
        names.introduce(text, part, sentence, null);
    }

    /** Verbs by which an introduced name is said to be made of parts: "PIBD, consisting of …", "VITask employs …". */
    private static final Pattern PART_VERB = Pattern.compile("consist|comprise|combine|incorporate|contain|employ|integrate|"
            + "introduce|propose");
    /** Words that may stand between the introduced name and the verb: "HSMs) , which further comprise". */
    private static final Set<String> BEFORE_PART_VERB = Set.of(",", ")", "-RRB-", "which", "also", "further", "then", "mainly",
            "first", "additionally", "is", "are", "jointly");
    /** Where the parts of a name stop: "… (CRT) to improve …", "… which allows …". */
    private static final Set<String> PART_CLAUSE_ENDS = Set.of(".", "to", "for", "which", "that", "while", "where", "by",
            "on", "in", "over", "than", "from");

    /**
     * The parts named after a verb whose subject is an introduced name are the paper's own too: "OSP combines
     * three key innovations: … Single-Scale RMSNorm …", "PIBD, consisting of Prototypical Information
     * Bottleneck (PIB) module and …", "VITask employs three key strategies: exemplar prompting (EP), …".
     * Only names and short forms of defined pairs count, not plain phrases or well-known names, up to the
     * end of the clause.
     */
    void introduceParts(FieldReading field) {
        Set<String> pairs = new HashSet<>();
        field.definitions().forEach(d -> pairs.add(field.text().spanText(field.text().sentences().get(d.sentence()), d.shortFrom(), d.shortTo())));
        for (int s = 0; s < field.text().sentences().size(); s++) {
            List<CoreLabel> sentence = field.text().sentences().get(s);
            for (int v = 1; v < sentence.size(); v++) {
                CoreLabel verb = sentence.get(v);
                if (verb.lemma() == null || verb.tag() == null || !verb.tag().matches("VB[ZPG]?")
                        || !PART_VERB.matcher(verb.lemma()).matches() || !subjectIntroduced(field, s, v)) {
                    continue;
                }
                int sentenceAt = s;
                int verbAt = v;
                List<Candidate> after = field.accepted().stream().filter(a -> a.sentence() == sentenceAt && a.from() > verbAt)
                        .sorted(Comparator.comparingInt(Candidate::from)).toList();
                int end = v + 1;
                // A participle opens a clause about something else ("an encoder taking … SAR data as input"), unless it
                // ends a name ("exemplar prompting (EP)").
                while (end < sentence.size() && !PART_CLAUSE_ENDS.contains(sentence.get(end).word().toLowerCase(Locale.ROOT))
                        && !(end > v + 1 && participleOpensClause(field, sentenceAt, end))) {
                    end++;
                }
                for (Candidate a : after) {
                    String text = field.spanText(a);
                    if (a.to() > end) {
                        break;
                    }
                    if ((coined(sentence, a) || pairs.contains(text)) && gazetteer.typeOf(text).isEmpty()
                            && a.type() != MentionType.Task && a.type() != MentionType.Dataset) {
                        names.introduce(text, a, sentence, null);
                    }
                }
            }
        }
    }

    private static boolean participleOpensClause(FieldReading field, int s, int i) {
        List<CoreLabel> sentence = field.text().sentences().get(s);
        boolean inName = field.accepted().stream().anyMatch(a -> a.sentence() == s && a.from() <= i && a.to() > i)
                || i + 1 < sentence.size() && AnalyzedText.isOpening(sentence.get(i + 1).word());
        return !inName && sentence.get(i).tag() != null && sentence.get(i).tag().matches("VB[GN]");
    }

    /** A coined name: a word with inner capitals or digits ("RMSNorm"), or capitalised words only ("Motion Adapter"). */
    private static boolean coined(List<CoreLabel> sentence, Candidate a) {
        return CuePatterns.hasInnerCapitalOrDigit(sentence, a.from(), a.to()) || sentence.subList(a.from(), a.to()).stream()
                .allMatch(t -> t.word().equals("-") || Character.isUpperCase(t.word().codePointAt(0)));
    }

    /** Whether the words right before {@code verb} end an introduced name, or "our method" and the like. */
    private boolean subjectIntroduced(FieldReading field, int s, int verb) {
        List<CoreLabel> sentence = field.text().sentences().get(s);
        int i = verb - 1;
        while (i >= 0 && (BEFORE_PART_VERB.contains(sentence.get(i).word().toLowerCase(Locale.ROOT))
                || "RB".equals(sentence.get(i).tag()))) {
            i--;
        }
        if (i < 0) {
            return false;
        }
        int last = i;
        if (last > 0 && sentence.get(last - 1).word().equalsIgnoreCase("our") && Reconciler.GENERIC.contains(sentence.get(last).word().toLowerCase(Locale.ROOT))) {
            return true;
        }
        // What a data set comprises is its content, not its parts: "OpticalRS-13M comprises 13 million images".
        return field.accepted().stream().anyMatch(a -> a.sentence() == s && a.to() == last + 1 && a.type() != MentionType.Dataset
                && names.contains(field.spanText(a)));
    }

    /** Words that open a list of what is introduced: "two techniques, namely A and B", "enhancements such as A". */
    private static final Set<String> LIST_OPENINGS = Set.of("namely", "including", "as", ":", "i.e.", "e.g.");
    /** Words that join the items of a list: "X, Y and Z", "X (XA), Y (YB), or Z". */
    private static final Set<String> LIST_JOINERS = Set.of(",", "and", "or", "(", ")", "-LRB-", "-RRB-");

    /** Whether the word at {@code i} opens a list of what is introduced; "as" only after "such". */
    private static boolean opensList(List<CoreLabel> sentence, int i) {
        return i > 0 && LIST_OPENINGS.contains(sentence.get(i).word().toLowerCase(Locale.ROOT))
                && (!sentence.get(i).word().equalsIgnoreCase("as") || sentence.get(i - 1).word().equalsIgnoreCase("such"));
    }

    /** Whether a list opening, and perhaps commas, stand right before {@code from}: "namely A", "such as, A". */
    static boolean listOpensBefore(List<CoreLabel> sentence, int from) {
        int i = from - 1;
        while (i >= 0 && sentence.get(i).word().equals(",")) {
            i--;
        }
        return opensList(sentence, i);
    }

    /**
     * The items of a list that goes on after an introduced mention are introduced too: "we release the
     * X family, including X-Base, X-Instruct, and X-Reward", "we train and release MentalXLNet and
     * MentalLongformer". Only mentions joined by commas, "and", "or" and brackets count; well-known
     * names (in the gazetteer) stay used.
     */
    void introduceListedAfter(FieldReading field, Candidate first) {
        List<CoreLabel> sentence = field.text().sentences().get(first.sentence());
        List<Candidate> later = field.accepted().stream().filter(a -> a.sentence() == first.sentence() && a.from() >= first.to())
                .sorted(Comparator.comparingInt(Candidate::from)).toList();
        Candidate previous = first;
        for (Candidate next : later) {
            boolean joined = next.from() > previous.to();
            for (int i = previous.to(); i < next.from(); i++) {
                joined &= LIST_JOINERS.contains(sentence.get(i).word().toLowerCase(Locale.ROOT));
            }
            String text = field.spanText(next);
            if (!joined || gazetteer.typeOf(text).isPresent()) {
                return;
            }
            names.introduce(text, next, sentence, null);
            previous = next;
        }
    }
}
