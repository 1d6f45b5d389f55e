package dev.papergraph.extract;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides what one paper introduces, as opposed to what it uses: names after a cue of making ("we
 * propose X"), coined short forms the authors define, a coined name opening the title, the parts and
 * list items of introduced names, a title's closing run of capitalised words, and then the partners
 * and variants of all these. It stands apart from {@link Reconciler}, which picks and types the
 * mentions, because introduced-versus-used is a question of its own with its own vocabulary of cues;
 * the reconciler reads the answer (the names, and the types their cues give them) to type declared
 * data and to decide Model versus Method. It runs on mentions already made consistent, and adds the
 * title's closing run to the title's mentions when the components split or missed it.
 */
final class IntroducedFinder {
    /** The plural of a coined name ("ResNets", "GFlowNets") speaks of a family the paper uses. */
    private static final Pattern NAME_PLURAL = Pattern.compile("\\S*\\p{Lu}\\S*\\p{Ll}s");

    private final List<FieldReading> fields;
    private final Gazetteer gazetteer;
    private final Set<String> introduced = new TreeSet<>();
    private final Map<String, MentionType> introducedTypes = new HashMap<>();
    /** The types that cues' own head nouns give introduced names ("X, a new benchmark"), not guesses. */
    private final Map<String, Set<MentionType>> declaredTypes = new HashMap<>();

    IntroducedFinder(List<FieldReading> fields, Gazetteer gazetteer, Map<String, String> partners) {
        this.fields = fields;
        this.gazetteer = gazetteer;
        findIntroduced(partners);
    }

    /** The forms of the names the paper introduces, sorted. */
    Set<String> introduced() {
        return Collections.unmodifiableSet(introduced);
    }

    /** The type a cue or the words after an introduced name give it, or null when nothing does. */
    MentionType introducedType(String text) {
        return introducedTypes.get(text);
    }

    /** The types the cues' own head nouns declare for {@code text}; empty when none does. */
    Set<MentionType> declaredTypes(String text) {
        return declaredTypes.getOrDefault(text, Set.of());
    }

    /** Verbs by which authors say they make something. */
    private static final Pattern PROPOSING_VERB = Pattern.compile("(?i)propose|introduce|present|develop|design|build|construct|"
            + "create|devise|call|name|dub|term|release|curate|collect|contribute");

    private void findIntroduced(Map<String, String> partners) {
        // The parts listed after a "we propose" clause become whole mentions first, so that the clause reads them whole.
        for (FieldReading field : fields) {
            field.introducedCues().stream().filter(c -> CuePatterns.WINDOW.equals(c.component()) && c.confidence() > CuePatterns.WEAK_WINDOW)
                    .toList().forEach(cue -> introduceListedParts(field, cue));
        }
        for (FieldReading field : fields) {
            for (Candidate cue : field.introducedCues()) {
                if (CuePatterns.CITED.equals(cue.component())) {
                    field.accepted().stream().filter(a -> a.sentence() == cue.sentence() && a.from() == cue.from() && a.to() == cue.to())
                            .forEach(a -> introducedTypes.putIfAbsent(field.spanText(a), cue.type()));
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
                        && gazetteer.typeOf(field.spanText(a)).isEmpty() && !plainShortForm(field.spanText(a), partners));
                for (Candidate a : inside) {
                    String text = field.spanText(a);
                    List<CoreLabel> sentence = field.text().sentences().get(a.sentence());
                    // Right after the verb ("we propose self-evolution learning") even a phrase is new,
                    // unless a name follows or the phrase is an adjective ("data-driven", "model-agnostic").
                    boolean named = Reconciler.hasNameShape(sentence, a.from(), a.to()) || Reconciler.coinedPair(text, partners)
                            || ((taken == 0 && a.from() - cue.from() <= 3 && !holdsName || listOpensBefore(sentence, a.from()))
                                    && !Reconciler.ADJECTIVAL.matcher(text).matches() && !describesArtefact(sentence, a));
                    if (cue.confidence() <= CuePatterns.WEAK_WINDOW) {
                        // After a verb of use ("we employ a normalizing flow (NF)") only a coined name is new:
                        // a name-shaped word that is no acronym of a plain phrase.
                        named = Reconciler.hasNameShape(sentence, a.from(), a.to()) && (!partners.containsKey(text) || Reconciler.coinedPair(text, partners));
                    }
                    if (window && cue.confidence() > CuePatterns.WEAK_WINDOW && plainShortForm(text, partners)) {
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
                    introduce(text, a, sentence, window || cue.confidence() <= CuePatterns.GUESSED_TYPE ? null : cue.type());
                    introduceListedAfter(field, a);
                    // A long form and its short form ("Quantum Graph Pooling (QGP)") count as one name.
                    boolean pairedWithLast = text.equals(partners.get(lastTaken));
                    lastTaken = text;
                    if (!window || (!pairedWithLast && ++taken == 2)) {
                        break;
                    }
                }
            }
        }
        // A coined short form in mixed case defined where the authors speak ("we", "our") is theirs:
        // "we propose a unified framework, Mixture of Cluster-conditional Experts (MoCE)".
        for (FieldReading field : fields) {
            for (AcronymDetector.Definition d : field.definitions()) {
                List<CoreLabel> sentence = field.text().sentences().get(d.sentence());
                String shortForm = field.text().spanText(sentence, d.shortFrom(), d.shortTo());
                // Only where they say they make it: "we propose …", "our …", not "we study the sub-gradient
                // method (SubGM)" or "we trace it to Pre-Layer Normalization (Pre-LN)".
                boolean authors = ourBefore(sentence, d.longFrom())
                        || sentence.stream().anyMatch(t -> t.lemma() != null && PROPOSING_VERB.matcher(t.lemma()).matches())
                        && sentence.stream().anyMatch(t -> t.word().equalsIgnoreCase("we") || t.word().equalsIgnoreCase("our"));
                String stem = shortForm.endsWith("s") ? shortForm.substring(0, shortForm.length() - 1) : shortForm;
                boolean mixedCase = stem.codePoints().anyMatch(Character::isLowerCase) && stem.codePoints().anyMatch(Character::isUpperCase);
                if (authors && mixedCase && gazetteer.typeOf(shortForm).isEmpty()
                        && field.accepted().stream().anyMatch(a -> a.sentence() == d.sentence() && a.from() == d.shortFrom())) {
                    introduced.add(shortForm);
                }
            }
        }
        // A coined name in the title ("TimelyGPT", "PreDiff") is the paper's own.
        for (FieldReading field : fields) {
            if (field.field() != Field.title) {
                continue;
            }
            for (Candidate a : field.accepted()) {
                String text = field.spanText(a);
                List<CoreLabel> sentence = field.text().sentences().get(a.sentence());
                // Only a name opening the title: later ones ("Training LayoutLM from Scratch") are used.
                boolean opening = a.sentence() == 0 && (a.from() == 0 || a.from() == 1 && sentence.get(0).word().equalsIgnoreCase("the"));
                if (opening && !NAME_PLURAL.matcher(text).matches()
                        && a.type() != MentionType.Task && gazetteer.typeOf(text).isEmpty() && !text.contains(" ")
                        && CuePatterns.hasInnerCapitalOrDigit(sentence, a.from(), a.to()) && !Reconciler.FAMILY_PLURAL.matcher(text).matches()) {
                    introduce(text, a, sentence, null);
                }
            }
        }
        for (FieldReading field : fields) {
            trimPlainWordsBeforeNames(field);
            introduceParts(field);
        }
        for (FieldReading field : fields) {
            introduceProposedPhrases(field);
            introduceOrLongForms(field);
        }
        titleMeans();
        for (FieldReading field : fields) {
            introduceNamedObjects(field);
        }
        introduceTitleConfirmed(partners);
        introduceTitleDefinitions();
        introduceRepositoryNames();
        for (String form : new ArrayList<>(introduced)) {
            String partner = partners.get(form);
            if (partner != null) {
                introduced.add(partner);
                if (introducedTypes.containsKey(form)) {
                    introducedTypes.putIfAbsent(partner, introducedTypes.get(form));
                }
            }
        }
        fields.forEach(this::introduceSpelledAppositives);
        // The same name written in another case, number or size ("Neural Semantic Matching Networks" in the
        // title, "neural semantic matching network" in the abstract; "HSM" and "HSMs"; "OPT" and "OPT-175B")
        // is introduced too.
        Set<String> introducedForms = Set.copyOf(introduced);
        for (FieldReading field : fields) {
            for (Candidate a : field.accepted()) {
                String text = field.spanText(a);
                if (introducedForms.stream().anyMatch(f -> isVariant(text, f))) {
                    introduced.add(text);
                }
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
     * A phrase in apposition to an introduced short name that spells it out is its long form: "we present
     * msGFM, a multisensor geospatial foundation model". The phrase must open with the name's first letter and
     * hold its letters in order, as a bracketed definition would.
     */
    private void introduceSpelledAppositives(FieldReading field) {
        for (Candidate a : List.copyOf(field.accepted())) {
            String name = field.spanText(a);
            List<CoreLabel> sentence = field.text().sentences().get(a.sentence());
            if (!introduced.contains(name) || name.contains(" ") || !AcronymDetector.isShortForm(name)
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
    private void introduceListedParts(FieldReading field, Candidate cue) {
        List<CoreLabel> sentence = field.text().sentences().get(cue.sentence());
        int open = -1;
        for (int i = cue.from() + 1; i < cue.to() && i + 1 < sentence.size(); i++) {
            String word = sentence.get(i).word().toLowerCase(Locale.ROOT);
            boolean opening = LIST_OPENINGS.contains(word) && (!word.equals("as") || sentence.get(i - 1).word().equalsIgnoreCase("such"));
            int noun = sentence.get(i - 1).word().equals(",") || word.equals("as") ? i - 2 : i - 1;
            if (opening && noun >= 0 && PARTS_NOUN.matcher(sentence.get(noun).word()).matches()) {
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
        Candidate part = field.accepted().stream().filter(a -> a.sentence() == s && a.from() == from && a.to() == to).findFirst()
                .orElseGet(() -> new Candidate(s, from, to, MentionType.Method, CuePatterns.COMPONENT, 0.7));
        // A component's shorter or overlapping span ("momentum" in "momentum reset") gives way to the whole part.
        field.accepted().removeIf(a -> a.overlaps(part) && a != part);
        if (!field.accepted().contains(part)) {
            field.accepted().add(part);
        }
        introduce(text, part, sentence, null);
    }

    /** Whether a mention reading {@code text} in the clause follows its verb with nothing but determiners and "novel" between. */
    private static boolean opensClause(List<CoreLabel> sentence, Candidate cue, List<Candidate> inside, String text, FieldReading field) {
        return inside.stream().anyMatch(a -> field.spanText(a).equals(text)
                && sentence.subList(cue.from(), a.from()).stream().allMatch(t -> Reconciler.LEADING.contains(t.word().toLowerCase(Locale.ROOT))));
    }

    /** Whether {@code text} is the short form of a plain lower-case phrase: "KG" for "knowledge graph", not "DyLoRA". */
    private static boolean plainShortForm(String text, Map<String, String> partners) {
        String partner = partners.get(text);
        return partner != null && partner.length() > text.length() && !Reconciler.coinedPair(text, partners);
    }

    private void introduce(String text, Candidate mention, List<CoreLabel> sentence, MentionType cueType) {
        introduced.add(text);
        CuePatterns.typeAfter(sentence, mention.to()).ifPresent(t -> introducedTypes.putIfAbsent(text, t));
        if (cueType != null) {
            introducedTypes.putIfAbsent(text, cueType);
            declaredTypes.computeIfAbsent(text, k -> EnumSet.noneOf(MentionType.class)).add(cueType);
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
        String singular = text.length() > form.length() ? text : form;
        String plural = text.length() > form.length() ? form : text;
        if (singular.equals(plural + "s") && ACRONYM.matcher(plural).matches()) {
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

    /** Verbs by which an introduced name is said to be made of parts: "PIBD, consisting of …", "VITask employs …". */
    private static final Pattern PART_VERB = Pattern.compile("consist|comprise|combine|incorporate|contain|employ|integrate|"
            + "introduce|propose");
    /** Words that may stand between the introduced name and the verb: "HSMs) , which further comprise". */
    private static final Set<String> BEFORE_PART_VERB = Set.of(",", ")", "-RRB-", "which", "also", "further", "then", "mainly",
            "first", "additionally", "is", "are", "jointly");

    /**
     * The parts named after a verb whose subject is an introduced name are the paper's own too: "OSP combines
     * three key innovations: … Single-Scale RMSNorm …", "PIBD, consisting of Prototypical Information
     * Bottleneck (PIB) module and …", "VITask employs three key strategies: exemplar prompting (EP), …".
     * Only names and short forms of defined pairs count, not plain phrases or well-known names, up to the
     * end of the clause.
     */
    private void introduceParts(FieldReading field) {
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
                        introduce(text, a, sentence, null);
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

    /** Where the parts of a name stop: "… (CRT) to improve …", "… which allows …". */
    private static final Set<String> PART_CLAUSE_ENDS = Set.of(".", "to", "for", "which", "that", "while", "where", "by",
            "on", "in", "over", "than", "from");

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
                && introduced.contains(field.spanText(a)));
    }

    /** Words that open a list of what is introduced: "two techniques, namely A and B", "enhancements such as A". */
    private static final Set<String> LIST_OPENINGS = Set.of("namely", "including", "as", ":", "i.e.", "e.g.");

    private static boolean listOpensBefore(List<CoreLabel> sentence, int from) {
        int i = from - 1;
        while (i >= 0 && sentence.get(i).word().equals(",")) {
            i--;
        }
        return i > 0 && LIST_OPENINGS.contains(sentence.get(i).word().toLowerCase(Locale.ROOT))
                && (!sentence.get(i).word().equalsIgnoreCase("as") || sentence.get(i - 1).word().equalsIgnoreCase("such"));
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

    /** Words that join the items of a list: "X, Y and Z", "X (XA), Y (YB), or Z". */
    private static final Set<String> LIST_JOINERS = Set.of(",", "and", "or", "(", ")", "-LRB-", "-RRB-");

    /**
     * The items of a list that goes on after an introduced mention are introduced too: "we release the
     * X family, including X-Base, X-Instruct, and X-Reward", "we train and release MentalXLNet and
     * MentalLongformer". Only mentions joined by commas, "and", "or" and brackets count; well-known
     * names (in the gazetteer) stay used.
     */
    private void introduceListedAfter(FieldReading field, Candidate first) {
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
            introduce(text, next, sentence, null);
            previous = next;
        }
    }

    /** Words before what is proposed that praise or size it but name nothing: "a novel, simple yet effective …". */
    private static final Set<String> EVALUATIVE = Set.of("a", "an", "the", "novel", "new", "innovative", "simple", "straightforward",
            "effective", "efficient", "lightweight", "general", "generic", "unified", "principled", "powerful", "flexible", "robust",
            "scalable", "practical", "elegant", "first", "yet", "and", ",", "very", "highly", "more", "additional", "extra", "special");
    /** Head nouns that say only what kind of thing is proposed and stay out of its name: "a … pruning procedure". */
    private static final Set<String> KIND_HEADS = Set.of("technique", "techniques", "method", "methods", "procedure", "procedures",
            "approach", "approaches", "framework", "frameworks", "strategy", "strategies", "scheme", "schemes", "algorithm", "algorithms");

    /**
     * A plain phrase right after a verb of making, that specifies an established technique, names the
     * authors' variant of it: "we propose a novel graph prompt tuning technique", "we then propose a
     * structured iterative pruning procedure". The phrase ends in a technique the gazetteer knows (prompt
     * tuning, pruning, fine-tuning) and has words of its own before it; a head noun that only says the kind
     * of thing ("technique", "procedure") is left out. A phrase that is itself well known ("we propose
     * continual pre-training") is not new. The phrase becomes the mention in place of the shorter ones in it.
     */
    private void introduceProposedPhrases(FieldReading field) {
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
                        && kindOnly(sentence, k) && authorsMake(sentence.subList(0, k))) {
                    introduceProposedPhrase(field, s, k + 2, sentence.size(), true);
                }
            }
            // "our model employs an innovative cross-sensor pretraining approach": where the authors speak, a
            // phrase called new is theirs whatever the verb. Without a verb of making the cue is weaker, so the
            // phrase must end in a known technique, not just in a part ("a new tensor normalization scheme").
            boolean authors = sentence.stream().anyMatch(t -> t.word().equalsIgnoreCase("we") || t.word().equalsIgnoreCase("our"));
            for (int k = 0; authors && k + 2 < sentence.size(); k++) {
                if (sentence.get(k).word().matches("(?i)an?") && NOVELTY.contains(sentence.get(k + 1).word().toLowerCase(Locale.ROOT))) {
                    introduceProposedPhrase(field, s, k, sentence.size(), false);
                }
            }
        }
    }

    /** Adjectives by which authors call what they make new. */
    private static final Set<String> NOVELTY = Set.of("novel", "new", "innovative");

    /** Whether the head noun at {@code k} stands alone after its article: "a novel approach", "a framework". */
    private static boolean kindOnly(List<CoreLabel> sentence, int k) {
        int i = k - 1;
        while (i >= 0 && EVALUATIVE.contains(sentence.get(i).word().toLowerCase(Locale.ROOT))
                && !sentence.get(i).word().matches("(?i)an?|,")) {
            i--;
        }
        return i >= 0 && sentence.get(i).word().matches("(?i)an?");
    }

    /** Whether the authors say they make something in these words: "we propose", "our … introduces". */
    private static boolean authorsMake(List<CoreLabel> words) {
        return words.stream().anyMatch(t -> t.word().equalsIgnoreCase("we") || t.word().equalsIgnoreCase("our"))
                && words.stream().anyMatch(t -> t.lemma() != null && t.tag() != null && t.tag().startsWith("VB")
                        && PROPOSING_VERB.matcher(t.lemma()).matches());
    }

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
        introducedTypes.put(field.spanText(phrase), MentionType.Method);
        introduce(field.spanText(phrase), phrase, sentence, null);
    }

    /**
     * Plain lower-case nouns before a coined name describe it and are no part of it: "we propose a new direction
     * SelfTask to …" introduces "SelfTask". The introduced mention is cut to the name.
     */
    private void trimPlainWordsBeforeNames(FieldReading field) {
        for (Candidate a : List.copyOf(field.accepted())) {
            List<CoreLabel> sentence = field.text().sentences().get(a.sentence());
            String text = field.spanText(a);
            boolean plainBefore = a.length() > 1 && sentence.subList(a.from(), a.to() - 1).stream()
                    .allMatch(t -> t.word().codePoints().allMatch(Character::isLowerCase) && t.tag() != null && t.tag().startsWith("NN"));
            if (!introduced.contains(text) || !plainBefore || !CuePatterns.hasInnerCapitalOrDigit(sentence, a.to() - 1, a.to())
                    || !Character.isUpperCase(sentence.get(a.to() - 1).word().codePointAt(0))) {
                continue;
            }
            Candidate name = new Candidate(a.sentence(), a.to() - 1, a.to(), a.type(), a.component(), a.confidence());
            field.accepted().remove(a);
            field.accepted().add(name);
            introduced.remove(text);
            MentionType type = introducedTypes.remove(text);
            if (type != null) {
                introducedTypes.putIfAbsent(field.spanText(name), type);
            }
            introduced.add(field.spanText(name));
        }
    }

    /** Small words inside a long form whose initials skip them: "General Retrieval Adaptors for Continual Editing". */
    private static final Set<String> LONG_FORM_LINKS = Set.of("for", "of", "with", "via", "in", "on", "and", "to");

    /**
     * The capitalised words before ", or X" whose initials spell an introduced short form X are its long form,
     * small words ("for", "of") included: "we introduce General Retrieval Adaptors for Continual Editing, or GRACE,
     * which …". The long form becomes the mention in place of the pieces the components found.
     */
    private void introduceOrLongForms(FieldReading field) {
        for (int s = 0; s < field.text().sentences().size(); s++) {
            List<CoreLabel> sentence = field.text().sentences().get(s);
            for (int c = 2; c + 2 < sentence.size(); c++) {
                String shortForm = sentence.get(c + 2).word();
                if (!sentence.get(c).word().equals(",") || !sentence.get(c + 1).word().equalsIgnoreCase("or") || !introduced.contains(shortForm)) {
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
                introduce(field.spanText(longForm), longForm, sentence, null);
            }
        }
    }

    /** Head nouns of a technical part a paper designs: "a LoRA-guided pruning criterion", "the identity loss". */
    private static final Set<String> PART_HEADS = Set.of("loss", "criterion", "guidance", "gate", "regularization", "regularizer",
            "objective", "initialization", "embedding", "normalization");

    /** Last words of a model family rather than a technique: "geospatial foundation models", "a biomedical LM", "a deep CNN". */
    private static final Pattern FAMILY_END = Pattern.compile("(?i)(models?|networks?|transformers?|autoencoders?|"
            + "\\p{L}*(lm|cnn|rnn|gnn|gcn|gan|lstm|gru|mlp|vae|ssm|vit|net)s?)");

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

    /**
     * Makes {@code mention} the mention of its words in place of the ones it overlaps; a form introduced from an
     * overlapped mention that is left nowhere else was a wrong boundary ("virtual group" initialization) and goes.
     */
    private void replaceOverlapping(FieldReading field, Candidate mention) {
        List<String> overlapped = field.accepted().stream().filter(a -> a.overlaps(mention)).map(field::spanText).toList();
        field.accepted().removeIf(a -> a.overlaps(mention));
        field.accepted().add(mention);
        for (String form : overlapped) {
            if (fields.stream().noneMatch(f -> f.accepted().stream().anyMatch(a -> f.spanText(a).equals(form)))) {
                introduced.remove(form);
            }
        }
    }

    /** The first word from {@code from} on that does more than praise: "a novel, simple" are skipped. */
    private static int skipEvaluative(List<CoreLabel> sentence, int from, int limit) {
        int at = from;
        while (at < limit && EVALUATIVE.contains(sentence.get(at).word().toLowerCase(Locale.ROOT))) {
            at++;
        }
        return at;
    }

    /** Words that count what follows: "several loss functions", "multiple pruning criteria". */
    private static final Set<String> QUANTIFIERS = Set.of("several", "multiple", "various", "some", "many", "few", "two", "three",
            "four", "both", "different");

    /** Participles that hand over to a name: "an approach called X". */
    private static final Set<String> NAMING = Set.of("called", "named", "termed", "dubbed", "coined");

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
        introduce(field.spanText(quoted), quoted, sentence, null);
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

    /** Verbs by which authors give a name to what they made: "we call these models X", "we name this family X". */
    private static final Pattern NAMING_VERB = Pattern.compile("call|name|dub|term");
    /** Words that open the object of a naming verb: "we call these models …", "we name this new family …". */
    private static final Set<String> NAMED_OBJECT_OPENINGS = Set.of("this", "these", "such", "the", "our", "that", "those");
    /** Quotation marks as the tokenizer writes them. */
    private static final Set<String> QUOTES = Set.of("``", "''", "\"", "\u201c", "\u201d");
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
    private void introduceNamedObjects(FieldReading field) {
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
                while (end > v + 3 && QUOTES.contains(sentence.get(end - 1).word())) {
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
                        introduced.add(mention.get());
                        break;
                    }
                }
            }
        }
    }

    /** The mention [from, to) of sentence {@code s}, or else a mention anywhere in the paper written as {@code text} in another case. */
    private Optional<String> mentionWritten(String text, FieldReading field, int s, int from, int to) {
        if (field.accepted().stream().anyMatch(a -> a.sentence() == s && a.from() == from && a.to() == to)) {
            return Optional.of(text);
        }
        return fields.stream().flatMap(f -> f.accepted().stream().map(f::spanText)).filter(text::equalsIgnoreCase).sorted().findFirst();
    }

    /**
     * A name the authors introduce is theirs even where they cite it or the gazetteer knows it, when the title
     * opens with it: "Automatic Backward Filtering Forward Guiding for …" with "we introduce the automatic
     * Backward Filtering Forward Guiding (BFFG) paradigm (Mider et al., 2021)" cites the authors' own earlier
     * work, and "Retrieval-Augmented Generation for …" with "We introduce RAG models" names the paper's
     * subject. The title's form is introduced; the abstract's too when it is the same name or its short form.
     */
    private void introduceTitleConfirmed(Map<String, String> partners) {
        List<Candidate> opening = titleOpeningNames();
        if (opening.isEmpty()) {
            return;
        }
        FieldReading title = fields.get(0);
        for (FieldReading field : fields) {
            if (field.field() == Field.title) {
                continue;
            }
            for (Candidate cue : field.introducedCues()) {
                boolean cited = CuePatterns.CITED.equals(cue.component());
                boolean window = CuePatterns.WINDOW.equals(cue.component()) && cue.confidence() > CuePatterns.WEAK_WINDOW;
                if (!cited && !window) {
                    continue;
                }
                // In a clause after "we introduce" only the name right after the verb is the one introduced.
                List<Candidate> inside = field.accepted().stream()
                        .filter(a -> a.sentence() == cue.sentence() && a.from() >= cue.from() && a.from() < (cited ? cue.to() : cue.from() + 3))
                        .sorted(Comparator.comparingInt(Candidate::from)).toList();
                for (Candidate a : inside.isEmpty() || cited ? inside : inside.subList(0, 1)) {
                    String text = field.spanText(a);
                    String partner = partners.getOrDefault(text, "");
                    for (Candidate t : opening) {
                        String name = title.spanText(t).toLowerCase(Locale.ROOT);
                        String lower = text.toLowerCase(Locale.ROOT);
                        // A well-known name counts only as the short form the paper defines ("retrieval-augmented
                        // generation (RAG)" then "We introduce RAG models"): "we propose a deep learning method" in a paper
                        // titled "A Deep Learning Method for …" only uses it.
                        boolean same = (name.equals(lower) || name.equals(partner.toLowerCase(Locale.ROOT)))
                                && (!partner.isEmpty() || gazetteer.typeOf(text).isEmpty());
                        // "automatic Backward Filtering Forward Guiding" in the abstract, the whole name in the title; only
                        // where the authors cite it, else "we propose a new supervised pre-training method" in a paper titled
                        // "Rethinking Supervised Pre-training …" would count.
                        // "… (Gilmer et al., 2017)" after a title's well-known name cites its origin, not the authors' work.
                        boolean ending = cited && lower.contains(" ") && name.endsWith(" " + lower)
                                && gazetteer.typeOf(title.spanText(t)).isEmpty();
                        if (same || ending) {
                            introduce(title.spanText(t), t, title.text().sentences().get(t.sentence()), null);
                        }
                        if (same) {
                            introduce(text, a, field.text().sentences().get(a.sentence()), null);
                        }
                    }
                }
            }
        }
    }

    /** Nouns by which a paper says it reviews others' work: "Our survey first proposes …", "In this review, …". */
    private static final Set<String> REVIEW_NOUNS = Set.of("survey", "review", "overview", "tutorial");

    /**
     * A short form the title defines names the paper's contribution, with its long form: "Recommendation as
     * Language Processing (RLP): …", "The DESI PRObabilistic Value-Added Bright Galaxy Survey (PROVABGS) Mock
     * Challenge". Not in a survey ("Retrieval-Augmented Generation with Graphs (GraphRAG)", "our survey …"),
     * which names a field, nor a well-known short form.
     */
    private void introduceTitleDefinitions() {
        if (fields.isEmpty() || fields.get(0).field() != Field.title || reviewsOthers()) {
            return;
        }
        FieldReading title = fields.get(0);
        for (AcronymDetector.Definition d : title.definitions()) {
            List<CoreLabel> sentence = title.text().sentences().get(d.sentence());
            String shortForm = title.text().spanText(sentence, d.shortFrom(), d.shortTo());
            String longForm = title.text().spanText(sentence, d.longFrom(), d.longTo());
            if (gazetteer.typeOf(shortForm).isPresent() || gazetteer.typeOf(longForm).isPresent()) {
                continue;
            }
            title.accepted().stream().filter(a -> a.sentence() == d.sentence()
                            && (a.from() == d.shortFrom() && a.to() == d.shortTo() || a.from() == d.longFrom() && a.to() == d.longTo()))
                    .sorted(Comparator.comparingInt(Candidate::from))
                    .forEach(a -> introduce(title.spanText(a), a, sentence, null));
        }
    }

    /** A link to a code or data repository: "https://github.com/owner/Name", "https://huggingface.co/datasets/owner/name". */
    private static final Pattern REPOSITORY_URL = Pattern.compile("(?i)(https?://)?(www\\.)?(github\\.com|gitlab\\.com|huggingface\\.co)/[^#?\\s]*?"
            + "([^/#?\\s]+?)(\\.git)?/?");

    /**
     * A coined one-word name that the paper's code or data repository is named after is the paper's own: "…
     * available at https://github.com/owner/PreSelect" for PreSelect, ".../datasets/owner/minipile" for MiniPile.
     * Not in a survey, whose repository lists others' work, nor a well-known name ("…/pytorch/fairseq").
     */
    private void introduceRepositoryNames() {
        if (reviewsOthers()) {
            return;
        }
        Set<String> repositories = new TreeSet<>();
        for (FieldReading field : fields) {
            for (List<CoreLabel> sentence : field.text().sentences()) {
                for (CoreLabel token : sentence) {
                    Matcher m = REPOSITORY_URL.matcher(token.word());
                    if (m.matches()) {
                        repositories.add(repositoryKey(m.group(4)));
                    }
                }
            }
        }
        if (repositories.isEmpty()) {
            return;
        }
        for (FieldReading field : fields) {
            for (Candidate a : field.accepted()) {
                String text = field.spanText(a);
                // Only the name: the words around one of its occurrences say nothing of its type.
                if (!text.contains(" ") && repositories.contains(repositoryKey(text)) && gazetteer.typeOf(text).isEmpty()) {
                    introduced.add(text);
                }
            }
        }
    }

    /** A name as repositories write it, in any case and with or without hyphens: "Pre-Select", "preselect", "pre_select". */
    private static String repositoryKey(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[-_.]", "");
    }

    /** Whether the abstract calls the paper a survey or review: "this survey", "our review", "we survey". */
    private boolean reviewsOthers() {
        for (FieldReading field : fields) {
            for (List<CoreLabel> sentence : field.text().sentences()) {
                for (int i = 1; i < sentence.size(); i++) {
                    String word = sentence.get(i).word().toLowerCase(Locale.ROOT);
                    String before = sentence.get(i - 1).word().toLowerCase(Locale.ROOT);
                    if (REVIEW_NOUNS.contains(word) && (before.equals("this") || before.equals("our") || before.equals("we"))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** The mentions opening the title, after "the", "a" or "an" at most: "Retrieval-Augmented Generation for …". */
    private List<Candidate> titleOpeningNames() {
        if (fields.isEmpty() || fields.get(0).field() != Field.title || fields.get(0).text().sentences().isEmpty()) {
            return List.of();
        }
        FieldReading title = fields.get(0);
        List<CoreLabel> sentence = title.text().sentences().get(0);
        int first = !sentence.isEmpty() && Set.of("the", "a", "an").contains(sentence.get(0).word().toLowerCase(Locale.ROOT)) ? 1 : 0;
        return title.accepted().stream().filter(a -> a.sentence() == 0 && a.from() == first)
                .sorted(Comparator.comparingInt(Candidate::to)).toList();
    }

    /** Words after which a title says how its goal is reached: "… via Multistage Data Filtering", "… with Celeb Basis". */
    private static final Set<String> MEANS = Set.of("via", "with");
    /** Last words of a title that name a kind of paper, not a contribution: "Nemotron-4 340B Technical Report". */
    private static final Set<String> GENRES = Set.of("report", "survey", "review", "study", "overview", "tutorial", "perspective");

    /**
     * A title ending in a run of capitalised words after "via" or "with" ("Efficient NLP Model Finetuning via
     * Multistage Data Filtering"), one coined word there ("… with AutoGen"), after a catchphrase and a colon
     * ("Only Pay for What Is Uncertain: Variance-Adaptive Thompson Sampling"), or made of such a run alone
     * ("Marginal Tail-Adaptive Normalizing Flows"), names the paper's own technique, unless the gazetteer knows it
     * ("… via Contrastive Learning"). The run becomes a mention if the components split or missed it.
     */
    private void titleMeans() {
        if (fields.isEmpty() || fields.get(0).field() != Field.title || fields.get(0).text().sentences().isEmpty()) {
            return;
        }
        FieldReading title = fields.get(0);
        // A title may ask first: "What's New in My Data? Novelty Exploration via Contrastive Generation".
        int last = title.text().sentences().size() - 1;
        List<CoreLabel> sentence = title.text().sentences().get(last);
        int end = sentence.size();
        while (end > 0 && Reconciler.isPunctuation(sentence.get(end - 1).word())) {
            end--;
        }
        int from = end;
        while (from > 0 && titleNameWord(sentence, from - 1)) {
            from--;
        }
        while (from < end && sentence.get(from).word().equals("-")) {
            from++;
        }
        int words = 0;
        for (int i = from; i < end; i++) {
            words += sentence.get(i).word().equals("-") ? 0 : 1;
        }
        boolean means = from > 0 && MEANS.contains(sentence.get(from - 1).word().toLowerCase(Locale.ROOT));
        // One word after "with" is a name only when coined: "… descriptiveness with AutoGen", not "… via Distillation".
        String only = end - from == 1 ? sentence.get(from).word() : "";
        boolean coinedWord = words == 1 && means && !only.isEmpty() && CuePatterns.hasInnerCapitalOrDigit(sentence, from, end)
                && !NAME_PLURAL.matcher(only).matches() && !Reconciler.FAMILY_PLURAL.matcher(only).matches();
        if (words < 2 && !coinedWord || words > 6 || !(means || from == 0 || afterCatchphrase(sentence, from))
                || GENRES.contains(sentence.get(end - 1).word().toLowerCase(Locale.ROOT))) {
            return;
        }
        String text = title.text().spanText(sentence, from, end);
        String singular = text.endsWith("s") ? text.substring(0, text.length() - 1) : text;
        // A run with a finite verb is a sentence, not a name: "Position Interpolation Improves ALiBi Extrapolation".
        // The last word may be a plural noun tagged as a verb ("Normalizing Flows").
        boolean verb = sentence.subList(from, end - 1).stream().anyMatch(t -> t.tag() != null && t.tag().matches("VB[DPZ]|MD"));
        if (verb || gazetteer.typeOf(text).isPresent() || gazetteer.typeOf(singular).isPresent()) {
            return;
        }
        int start = from;
        int stop = end;
        Candidate found = title.accepted().stream().filter(a -> a.sentence() == last && a.from() == start && a.to() == stop).findFirst()
                .orElseGet(() -> new Candidate(last, start, stop, MentionType.Method, CuePatterns.COMPONENT, 0.7));
        title.accepted().removeIf(a -> a.overlaps(found));
        title.accepted().add(found);
        introduce(text, found, sentence, null);
    }

    /**
     * Whether the run at {@code from} follows a colon after a catchphrase, a clause with small words in lower
     * case, not a name: "Only Pay for What Is Uncertain: Variance-Adaptive Thompson Sampling", not "UL2:
     * Unifying Language Learning Paradigms" (the run there spells the name out, which other rules judge).
     */
    private static boolean afterCatchphrase(List<CoreLabel> sentence, int from) {
        if (from < 3 || !sentence.get(from - 1).word().equals(":")) {
            return false;
        }
        return sentence.subList(0, from - 1).stream().anyMatch(t -> Character.isLowerCase(t.word().codePointAt(0)));
    }

    /**
     * A word of a name in a title: capitalised or numeric and no small word ("for", "of", "with"), a hyphen, or a
     * describing suffix glued after a hyphen ("Uncertainty-aware Reward Modeling"; not "Few-shot", "Text-to-Image").
     */
    private static boolean titleNameWord(List<CoreLabel> sentence, int i) {
        String word = sentence.get(i).word();
        String lower = word.toLowerCase(Locale.ROOT);
        boolean afterHyphen = i > 1 && sentence.get(i - 1).word().equals("-") && AnalyzedText.glued(sentence.get(i - 1), sentence.get(i))
                && Reconciler.ADJECTIVAL.matcher("-" + lower).matches();
        return word.equals("-") || afterHyphen || (Character.isUpperCase(word.codePointAt(0)) || Character.isDigit(word.codePointAt(0)))
                && !Reconciler.LEADING.contains(lower) && !Reconciler.LONG_FORM_ENDS.contains(lower) && !Reconciler.isPunctuation(word);
    }
}
