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
                        && gazetteer.typeOf(field.spanText(a)).isEmpty());
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
                boolean authors = sentence.stream().anyMatch(t -> t.word().equalsIgnoreCase("our")
                        || t.lemma() != null && PROPOSING_VERB.matcher(t.lemma()).matches())
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
            introduceParts(field);
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
