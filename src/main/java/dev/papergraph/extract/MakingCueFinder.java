package dev.papergraph.extract;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Decides which mentions the authors say they made: the names in a clause after a verb of making ("we
 * propose X") or in a cited cue, a coined short form they define where they speak ("our … (MoCE)"), and the
 * name a naming verb gives its object ("we call these models X"). The cues only mark a stretch of words;
 * this class judges which mentions in it are new names, since such a clause also names what the paper
 * builds on ("we propose X, built on BERT"), and it cuts plain describing words off a coined name.
 */
final class MakingCueFinder {
    /** Verbs by which authors say they make something. */
    private static final Pattern PROPOSING_VERB = Pattern.compile("(?i)propose|introduce|present|develop|design|build|construct|"
            + "create|devise|call|name|dub|term|release|curate|collect|contribute");

    private final List<FieldReading> fields;
    private final Gazetteer gazetteer;
    private final Map<String, String> partners;
    private final IntroducedNames names;
    private final IntroducedPartFinder parts;

    MakingCueFinder(List<FieldReading> fields, Gazetteer gazetteer, Map<String, String> partners, IntroducedNames names,
            IntroducedPartFinder parts) {
        this.fields = fields;
        this.gazetteer = gazetteer;
        this.partners = partners;
        this.names = names;
        this.parts = parts;
    }

    /** Whether the authors speak in these words: "we" or "our". */
    static boolean authorsSpeak(List<CoreLabel> words) {
        return words.stream().anyMatch(t -> t.word().equalsIgnoreCase("we") || t.word().equalsIgnoreCase("our"));
    }

    /** Whether the authors say they make something in these words: "we propose", "our … introduces". */
    static boolean authorsMake(List<CoreLabel> words) {
        return authorsSpeak(words) && words.stream().anyMatch(t -> t.lemma() != null && t.tag() != null && t.tag().startsWith("VB")
                && PROPOSING_VERB.matcher(t.lemma()).matches());
    }

    /** Introduces the new names in the field's cued clauses and the mentions its cited cues mark. */
    void introduceCued(FieldReading field) {
        for (Candidate cue : field.introducedCues()) {
            if (CuePatterns.CITED.equals(cue.component())) {
                field.acceptedAt(cue.sentence(), cue.from(), cue.to()).ifPresent(a -> names.typeIfAbsent(field.spanText(a), cue.type()));
                continue;
            }
            boolean window = CuePatterns.WINDOW.equals(cue.component());
            List<Candidate> inside = field.accepted().stream()
                    .filter(a -> a.sentence() == cue.sentence() && a.from() >= cue.from() && a.from() < cue.to())
                    .sorted(Comparator.comparingInt(Candidate::from))
                    .toList();
            int taken = 0;
            String lastTaken = null;
            List<CoreLabel> cueSentence = field.text().sentences().get(cue.sentence());
            // "we propose a novel MAE-based pre-training paradigm, Mixture of … Experts (MoCE)": when
            // the clause holds a name, the phrase before it only describes it.
            boolean holdsName = inside.stream().anyMatch(a -> Reconciler.hasNameShape(cueSentence, a.from(), a.to())
                    && gazetteer.typeOf(field.spanText(a)).isEmpty() && !plainShortForm(field.spanText(a)));
            for (Candidate a : inside) {
                String text = field.spanText(a);
                List<CoreLabel> sentence = field.text().sentences().get(a.sentence());
                // Right after the verb ("we propose self-evolution learning") even a phrase is new,
                // unless a name follows or the phrase is an adjective ("data-driven", "model-agnostic").
                boolean named = Reconciler.hasNameShape(sentence, a.from(), a.to()) || Reconciler.coinedPair(text, partners)
                        || ((taken == 0 && a.from() - cue.from() <= 3 && !holdsName || IntroducedPartFinder.listOpensBefore(sentence, a.from()))
                                && !Reconciler.ADJECTIVAL.matcher(text).matches() && !describesArtefact(sentence, a));
                if (cue.confidence() <= CuePatterns.WEAK_WINDOW) {
                    // After a verb of use ("we employ a normalizing flow (NF)") only a coined name is new:
                    // a name-shaped word that is no acronym of a plain phrase.
                    named = Reconciler.hasNameShape(sentence, a.from(), a.to()) && (!partners.containsKey(text) || Reconciler.coinedPair(text, partners));
                }
                if (window && cue.confidence() > CuePatterns.WEAK_WINDOW && plainShortForm(text)) {
                    // "we construct a disease knowledge graph (KG)": the capitals of an acronym of a plain phrase
                    // are no evidence of a new name; it is new when its long form just was, or when the long form is
                    // the whole phrase the verb takes ("we propose the gated orbit network (GON)").
                    named = partners.get(text).equals(lastTaken) || opensClause(cueSentence, cue, inside, partners.get(text), field);
                }
                if (window && (!named || gazetteer.typeOf(text).isPresent())) {
                    // A clause after "we propose" also names what the paper builds on; only new
                    // names count, and well-known ones (in the gazetteer) are never new.
                    continue;
                }
                names.introduce(text, a, sentence, window || cue.confidence() <= CuePatterns.GUESSED_TYPE ? null : cue.type());
                parts.introduceListedAfter(field, a);
                // A long form and its short form ("Quantum Graph Pooling (QGP)") count as one name.
                boolean pairedWithLast = text.equals(partners.get(lastTaken));
                lastTaken = text;
                if (!window || (!pairedWithLast && ++taken == 2)) {
                    break;
                }
            }
        }
    }

    /** Whether a mention reading {@code text} in the clause follows its verb with nothing but determiners and "novel" between. */
    private static boolean opensClause(List<CoreLabel> sentence, Candidate cue, List<Candidate> inside, String text, FieldReading field) {
        return inside.stream().anyMatch(a -> field.spanText(a).equals(text)
                && sentence.subList(cue.from(), a.from()).stream().allMatch(t -> Reconciler.LEADING.contains(t.word().toLowerCase(Locale.ROOT))));
    }

    /** Whether {@code text} is the short form of a plain lower-case phrase: "KG" for "knowledge graph", not "DyLoRA". */
    private boolean plainShortForm(String text) {
        String partner = partners.get(text);
        return partner != null && partner.length() > text.length() && !Reconciler.coinedPair(text, partners);
    }

    /** Head nouns of a plain phrase that describes the authors' artefact rather than naming a technique. */
    private static final Pattern ARTEFACT_HEAD = Pattern.compile("(?i)(system|model|framework|network|architecture|encoder|decoder|"
            + "selector|formulation|paradigm|algorithm|graph|transformer|vocoder|pipeline|tool|toolkit)s?");

    /**
     * Whether a plain phrase after "we propose" only describes what the authors built (GUIDELINES rule 4):
     * one lower-case word ("an approximation", "a vocoder") or a phrase ending in an artefact noun ("a
     * connected system", "a statistical framework", "a robust inference algorithm").
     */
    private static boolean describesArtefact(List<CoreLabel> sentence, Candidate mention) {
        return mention.length() == 1 || ARTEFACT_HEAD.matcher(sentence.get(mention.to() - 1).word()).matches();
    }

    /**
     * A coined short form in mixed case defined where the authors speak ("we", "our") is theirs: "we propose a
     * unified framework, Mixture of Cluster-conditional Experts (MoCE)".
     */
    void introduceDefinedShortForms(FieldReading field) {
        for (AcronymDetector.Definition d : field.definitions()) {
            List<CoreLabel> sentence = field.text().sentences().get(d.sentence());
            String shortForm = field.text().spanText(sentence, d.shortFrom(), d.shortTo());
            // Only where they say they make it: "we propose …", "our …", not "we study the sub-gradient
            // method (SubGM)" or "we trace it to Pre-Layer Normalization (Pre-LN)".
            boolean authors = ourBefore(sentence, d.longFrom())
                    || sentence.stream().anyMatch(t -> t.lemma() != null && PROPOSING_VERB.matcher(t.lemma()).matches())
                    && authorsSpeak(sentence);
            String stem = shortForm.endsWith("s") ? shortForm.substring(0, shortForm.length() - 1) : shortForm;
            boolean mixedCase = stem.codePoints().anyMatch(Character::isLowerCase) && stem.codePoints().anyMatch(Character::isUpperCase);
            if (authors && mixedCase && gazetteer.typeOf(shortForm).isEmpty()
                    && field.accepted().stream().anyMatch(a -> a.sentence() == d.sentence() && a.from() == d.shortFrom())) {
                names.add(shortForm);
            }
        }
    }

    /**
     * Whether "our" opens the noun phrase that ends in the long form at {@code longFrom}: "our Mixture of Experts
     * Adapter (MoEA)", not "Our analysis identifies that the reason is Pre-Layer Normalization (Pre-LN)".
     */
    private static boolean ourBefore(List<CoreLabel> sentence, int longFrom) {
        for (int i = longFrom - 1; i >= 0 && i >= longFrom - 6; i--) {
            CoreLabel token = sentence.get(i);
            if (token.word().equalsIgnoreCase("our")) {
                return true;
            }
            if (token.tag() == null || !token.tag().matches("JJ.*|NN.*|VBN|VBG|HYPH|CD") && !token.word().equals("-")) {
                return false;
            }
        }
        return false;
    }

    /**
     * Plain lower-case nouns before a coined name describe it and are no part of it: "we propose a new direction
     * SelfTask to …" introduces "SelfTask". The introduced mention is cut to the name.
     */
    void trimPlainWordsBeforeNames(FieldReading field) {
        for (Candidate a : List.copyOf(field.accepted())) {
            List<CoreLabel> sentence = field.text().sentences().get(a.sentence());
            String text = field.spanText(a);
            boolean plainBefore = a.length() > 1 && sentence.subList(a.from(), a.to() - 1).stream()
                    .allMatch(t -> t.word().codePoints().allMatch(Character::isLowerCase) && t.tag() != null && t.tag().startsWith("NN"));
            if (!names.contains(text) || !plainBefore || !CuePatterns.hasInnerCapitalOrDigit(sentence, a.to() - 1, a.to())
                    || !Character.isUpperCase(sentence.get(a.to() - 1).word().codePointAt(0))) {
                continue;
            }
            Candidate name = new Candidate(a.sentence(), a.to() - 1, a.to(), a.type(), a.component(), a.confidence());
            field.accepted().remove(a);
            field.accepted().add(name);
            names.rename(text, field.spanText(name));
        }
    }

    /** Verbs by which authors give a name to what they made: "we call these models X", "we name this family X". */
    private static final Pattern NAMING_VERB = Pattern.compile("call|name|dub|term");
    /** Words that open the object of a naming verb: "we call these models …", "we name this new family …". */
    private static final Set<String> NAMED_OBJECT_OPENINGS = Set.of("this", "these", "such", "the", "our", "that", "those");
    /** Where the name given by a naming verb ends: "we call these models X to underscore …", "… X, which …". */
    private static final Set<String> NAME_GIVEN_ENDS = Set.of(".", ",", ";", ":", "to", "for", "because", "since", "(", "-LRB-");

    /**
     * A naming verb with its object before the name is the authors' coining, even of a plain or well-known
     * phrase: "We call these models foundation models to …", "We name this new family of limiting kernels
     * neural signature kernels." The name is the longest run before the end of the clause that is one of the
     * paper's mentions, in this sentence or, in another case, anywhere else ("Neural signature kernels" in
     * the title). "We term such a module as X" and "we refer to this issue as X" stay out: "as" marks a
     * label for a problem or a part as often as a contribution.
     */
    void introduceNamedObjects(FieldReading field) {
        for (int s = 0; s < field.text().sentences().size(); s++) {
            List<CoreLabel> sentence = field.text().sentences().get(s);
            for (int v = 1; v + 2 < sentence.size(); v++) {
                CoreLabel verb = sentence.get(v);
                // "We replace …, and call the resulting architecture \"WU-Net\"": a second verb of the authors' sentence.
                String before = sentence.get(v - 1).word();
                boolean authors = before.equalsIgnoreCase("we")
                        || before.equalsIgnoreCase("and") && sentence.subList(0, v).stream().anyMatch(t -> t.word().equalsIgnoreCase("we"));
                if (!authors || verb.lemma() == null || verb.tag() == null
                        || !verb.tag().startsWith("VB") || !NAMING_VERB.matcher(verb.lemma()).matches()
                        || !NAMED_OBJECT_OPENINGS.contains(sentence.get(v + 1).word().toLowerCase(Locale.ROOT))) {
                    continue;
                }
                int end = v + 2;
                while (end < sentence.size() && !NAME_GIVEN_ENDS.contains(sentence.get(end).word().toLowerCase(Locale.ROOT))) {
                    end++;
                }
                // A quoted name: "… architecture \"WU-Net\"."
                while (end > v + 3 && IntroducedPhraseFinder.QUOTES.contains(sentence.get(end - 1).word())) {
                    end--;
                }
                // The object needs a noun of its own before the name: in "we call these X" the name is the object.
                for (int from = v + 3; from < end; from++) {
                    if (sentence.get(from - 1).word().equalsIgnoreCase("as")) {
                        break;
                    }
                    String text = field.text().spanText(sentence, from, end);
                    Optional<String> mention = mentionWritten(text, field, s, from, end);
                    if (mention.isPresent()) {
                        names.add(mention.get());
                        break;
                    }
                }
            }
        }
    }

    /** The mention [from, to) of sentence {@code s}, or else a mention anywhere in the paper written as {@code text} in another case. */
    private Optional<String> mentionWritten(String text, FieldReading field, int s, int from, int to) {
        if (field.acceptedAt(s, from, to).isPresent()) {
            return Optional.of(text);
        }
        return fields.stream().flatMap(f -> f.accepted().stream().map(f::spanText)).filter(text::equalsIgnoreCase).sorted().findFirst();
    }
}
