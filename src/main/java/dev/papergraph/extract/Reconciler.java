package dev.papergraph.extract;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the components' proposals for one paper into its mentions: picks one span where proposals
 * overlap, trims determiners and generic head nouns, makes every occurrence of a name a mention with
 * one type (document-level consistency), decides Model versus Method, and asks {@link IntroducedFinder}
 * what the paper introduces.
 */
final class Reconciler {
    static final String CONSISTENCY = "consistency";

    static final Set<String> LEADING = Set.of("the", "a", "an", "our", "their", "its", "this", "these", "those",
            "we", "such", "both", "each", "any", "all", "which", "that", "his", "her", "other", "several", "various", "(",
            ",", "-", "\"", "'", "``", "''", ":", ";", "and", "or", "of", "on", "in", "with", "for", "to", "by", "propose",
            "proposed", "introduce", "present", "called", "named", "dubbed", "termed", "using", "use", "via", "combining",
            "achieving", "enhancing", "understanding", "leveraging", "improving", "towards", "toward", "existing",
            "downstream", "standard", "conventional", "traditional", "popular", "recent", "modern", "novel", "new");
    private static final Set<String> TRAILING = Set.of(",", ".", ":", ";", "-", "\"", "'", "``", "''", "'s", "and", "or",
            "of", "in", "on", "with", "for", "to", "by", "(");
    private static final Set<String> DATASET_HEADS = Set.of("dataset", "datasets", "benchmark", "benchmarks", "corpus",
            "corpora", "database", "databases", "data", "set");
    private static final Set<String> MODEL_HEADS = Set.of("model", "models");
    /** Words after a name that make it a model's name: "Falcon LLM", "PaLI3-5B VLM". */
    private static final Set<String> MODEL_WORDS = Set.of("model", "models", "llm", "llms", "vlm", "vlms", "lm", "lms", "mllm");
    /** Head nouns that never belong to a name (GUIDELINES rule 2): "the BeamVQ method", "a text mining approach". */
    private static final Set<String> GENERIC_HEADS = Set.of("method", "methods", "approach", "approaches", "technique",
            "techniques", "strategy", "strategies", "scheme", "schemes", "task", "tasks", "problem", "problems");
    /** Head nouns that describe a name ("the MambaDNA block") but belong to a phrase ("residual block"). */
    private static final Set<String> DESCRIPTIVE_HEADS = Set.of("method", "methods", "approach", "approaches",
            "framework", "frameworks", "technique", "techniques", "component", "components", "block", "blocks", "module",
            "modules", "strategy", "strategies", "criteria", "criterion", "setting", "settings", "scheme", "schemes",
            "paradigm", "pipeline", "variant", "variants", "family", "series", "algorithm");
    /** Words that name nothing on their own (GUIDELINES rule 4): never a mention alone. */
    static final Set<String> GENERIC = Set.of("model", "models", "method", "methods", "approach", "approaches",
            "framework", "frameworks", "system", "systems", "algorithm", "algorithms", "technique", "techniques", "data",
            "dataset", "datasets", "task", "tasks", "it", "they", "this", "performance", "results", "network", "networks",
            "architecture", "baseline", "baselines", "benchmark", "benchmarks", "module", "strategy", "training",
            "learning", "features", "feature", "problem", "problems", "experiments", "work", "paper", "study", "tool",
            "tools", "application", "applications", "analysis", "evaluation", "state-of-the-art", "sota", "metric",
            "metrics", "scores", "score", "one", "ones", "we", "them", "which", "that", "these", "those", "its", "their",
            "tuning", "optimizer", "predictor", "generator", "generators", "discriminator", "encoder", "decoder", "backbone",
            // Fields of study are not tasks papers are evaluated on.
            "computer vision", "nlp", "natural language processing", "ai", "artificial intelligence", "robotics");
    /** Parts of names of released models: "TimelyGPT", "CodeBERT", "LLaVA-1.5". */
    private static final Pattern MODEL_NAME_PART = Pattern.compile(".*(GPT|BERT|LLaMA|Llama|LLaVA|CLIP|ViT|T5|Coder|Former|former|Net|Diff|PT|LM)([-\\s].*)?");
    /** Names built on a released model's name are released models: "TimelyGPT", "VAR-CLIP", "CodeT5". */
    private static final Pattern STRONG_MODEL_PART = Pattern.compile("\\S*(GPT|BERT|LLaMA|Llama|LLaVA|CLIP|T5)\\S*");
    /** A name with a version or size: "GPT-4", "UL2 20B", "Octopus v4", "PaLI3-5B". */
    private static final Pattern VERSIONED = Pattern.compile("\\p{L}[\\p{L}\\d.]*(\\s|-)?(v?\\d+(\\.\\d+)*[BMK]?|\\d+[bm])(-\\p{L}+)?");
    /** A name ending in a count of millions ("RS5M", "CC-12M", "LAION-400M") names a data set, not a model. */
    private static final Pattern DATA_SIZE = Pattern.compile("\\p{L}[\\p{L}\\d-]*\\d+M");
    /**
     * A coined name ending in "Bench" or in "QA" after a mixed-case stem names a benchmark ("MT-Bench",
     * "AgentBench", "HotpotQA", "ScienceQA"); an upper-case "VQA" or "KBQA" names the task. A data
     * release ("LAMOST DR7", "Gaia DR3") is data too.
     */
    private static final Pattern BENCHMARK_NAME = Pattern.compile("\\S*([Bb]ench|\\p{Ll}\\S*QA)(-\\S+|\\s?v?\\d+(\\.\\d+)?)?"
            + "|\\S.*\\sDR\\d+");
    /**
     * "text-to-image", "image-to-video generation", "Chinese-to-English": turning one kind of data or one language into
     * another names a task; "sequence-to-sequence" and "coarse-to-fine" name no modality and stay methods.
     */
    private static final Pattern MODALITY_TO_MODALITY;

    static {
        String modality = "(text|image|video|speech|audio|music|3D|layout|data|chart|table|code|SQL|instruction|sketch|motion|"
                + "shape|caption|graph|molecule|" + String.join("|", CuePatterns.LANGUAGES) + ")";
        MODALITY_TO_MODALITY = Pattern.compile("(?i)" + modality + "-to-" + modality
                + "( (generation|synthesis|translation|retrieval|editing|personalization))?");
    }

    /**
     * Whether a phrase names a task: its last word is a noun naming a kind of problem ("Text-Image Retrieval"), or it
     * turns one modality into another.
     */
    private static boolean namesProblem(String phrase) {
        String lastPart = phrase.substring(Math.max(phrase.lastIndexOf(' '), phrase.lastIndexOf('-')) + 1).toLowerCase(Locale.ROOT);
        return CuePatterns.PROBLEM_HEADS.contains(lastPart) || MODALITY_TO_MODALITY.matcher(phrase).matches();
    }

    /** Compound adjectives that describe rather than name: "data-driven", "flow-based", "model-agnostic". */
    static final Pattern ADJECTIVAL = Pattern.compile(".*-(based|driven|agnostic|inspired|free|aware|guided|specific)");
    static final Pattern FAMILY_PLURAL = Pattern.compile("\\p{Lu}+s");

    private final List<FieldReading> fields;
    private final Gazetteer gazetteer;
    private final Map<String, AcronymPair> acronyms = new LinkedHashMap<>();
    private final IntroducedFinder introducedFinder;

    Reconciler(List<FieldReading> fields, Gazetteer gazetteer) {
        this.fields = fields;
        this.gazetteer = gazetteer;
        Map<String, String> partners = new HashMap<>();
        for (FieldReading field : fields) {
            select(field, partners);
        }
        titleName();
        titleLongForm(partners);
        makeConsistent();
        introducedFinder = new IntroducedFinder(fields, gazetteer, partners);
        declaredData(partners);
        decideModels(partners);
        for (FieldReading field : fields) {
            field.accepted().sort(Comparator.comparingInt(Candidate::sentence).thenComparingInt(Candidate::from));
        }
    }

    List<AcronymPair> acronyms() {
        List<AcronymPair> pairs = new ArrayList<>();
        for (AcronymPair pair : acronyms.values()) {
            pairs.add(new AcronymPair(pair.shortForm(), pair.longForm(), typeOfForm(pair.shortForm()).orElse(pair.type())));
        }
        pairs.sort(Comparator.comparing(AcronymPair::shortForm).thenComparing(AcronymPair::longForm));
        return pairs;
    }

    Set<String> introduced() {
        return introducedFinder.introduced();
    }

    private void select(FieldReading field, Map<String, String> partners) {
        List<Ranked> ranked = new ArrayList<>();
        // Long forms whose head noun stays, being part of the name.
        Set<Candidate> named = new HashSet<>();
        for (AcronymDetector.Definition d : field.definitions()) {
            Candidate longForm = new Candidate(d.sentence(), d.longFrom(), d.longTo(), MentionType.Method, AcronymDetector.COMPONENT, 0.9);
            Candidate shortForm = new Candidate(d.sentence(), d.shortFrom(), d.shortTo(), MentionType.Method, AcronymDetector.COMPONENT, 0.9);
            List<CoreLabel> defined = field.text().sentences().get(d.sentence());
            String lastLongWord = defined.get(d.longTo() - 1).word().toLowerCase(Locale.ROOT);
            Optional<MentionType> type = (DATASET_HEADS.contains(lastLongWord) || lastLongWord.startsWith("survey")
                            ? Optional.of(MentionType.Dataset) : Optional.<MentionType>empty())
                    .or(() -> listedType(field, shortForm)).or(() -> listedType(field, longForm))
                    // "the Harmonized Landsat-Sentinel 2 (HLS) dataset", "IN3 …), a novel benchmark".
                    .or(() -> CuePatterns.typeAfter(defined, d.shortTo() + 1).filter(t -> t == MentionType.Dataset))
                    .or(() -> supportedType(field, longForm)).or(() -> supportedType(field, shortForm));
            if (type.isEmpty() && !coinedPair(field.spanText(shortForm), Map.of(field.spanText(shortForm),
                    field.text().spanText(field.text().sentences().get(d.sentence()), d.longFrom(), d.longTo())))
                    && !supportedSibling(field, d)) {
                // No component names either form and the pair is no coined name: "reverse complementarity (RC)".
                continue;
            }
            MentionType chosen = type.orElse(MentionType.Method);
            String longFormText = field.text().spanText(defined, d.longFrom(), d.longTo());
            if (chosen == MentionType.Method && namesProblem(longFormText) && gazetteer.typeOf(longFormText).isEmpty()) {
                // "Zero-shot Classification (ZSC)", "text-to-video (T2V)": the short form of a task's name is a task too.
                chosen = MentionType.Task;
            }
            if (chosen == MentionType.Dataset && !hasNameShape(field.text().sentences().get(d.sentence()), d.longFrom(), d.longTo())) {
                // "remote sensing (RS)": a data set is named with capitals; a lower-case long form names a field.
                continue;
            }
            double confidence = type.isPresent() ? 0.9 : 0.6;
            Optional<Candidate> longTrimmed = trim(field, longForm.withType(chosen));
            if (longTrimmed.isEmpty()) {
                continue;
            }
            if (longTrimmed.get().to() == d.longTo() - 1 && headInAcronym(lastLongWord, field.spanText(shortForm))) {
                // "Stanford Question Answering Dataset (SQuAD)": the head is one of the acronym's letters, so part of the name.
                Candidate t = longTrimmed.get();
                longTrimmed = Optional.of(new Candidate(t.sentence(), t.from(), d.longTo(), t.type(), t.component(), confidence));
                named.add(longTrimmed.get());
            }
            String shortText = field.spanText(shortForm);
            String longText = field.spanText(longTrimmed.get());
            acronyms.putIfAbsent(shortText + "\t" + longText, new AcronymPair(shortText, longText, chosen));
            partners.putIfAbsent(shortText, longText);
            partners.putIfAbsent(longText, shortText);
            ranked.add(new Ranked(withConfidence(longTrimmed.get(), confidence), 5));
            ranked.add(new Ranked(withConfidence(shortForm.withType(chosen), confidence), 5));
        }
        for (Candidate c : field.listed()) {
            boolean cased = !field.spanText(c).equals(field.spanText(c).toLowerCase(Locale.ROOT));
            if (cased && field.learned().stream().anyMatch(l -> extendsName(field, l, c))) {
                // The tagger saw a longer name around a listed one ("BERT-base", "DPA-RAG", "2D CNNs"): keep it.
                continue;
            }
            ranked.add(new Ranked(c, cased ? 4 : 1));
        }
        field.cued().forEach(c -> ranked.add(new Ranked(c, 3)));
        field.learned().stream().filter(c -> c.confidence() >= minimumConfidence(c.type()) && !titleCaseOnly(field, c))
                .forEach(c -> ranked.add(new Ranked(listedTypeOfSameSpan(field, c), 2)));
        ranked.sort(Comparator.comparingInt((Ranked r) -> -r.priority)
                .thenComparingInt(r -> -r.candidate.length())
                .thenComparingInt(r -> r.candidate.sentence())
                .thenComparingInt(r -> r.candidate.from()));
        for (Ranked r : ranked) {
            Optional<Candidate> trimmed = named.contains(r.candidate) ? Optional.of(r.candidate) : trim(field, wholeWords(field, r.candidate));
            if (trimmed.isPresent() && field.accepted().stream().noneMatch(a -> a.overlaps(trimmed.get()))) {
                field.accepted().add(trimmed.get());
            }
        }
    }

    /**
     * Definitions listed side by side name things of one kind: in "three strategies: exemplar prompting (EP),
     * response alignment (RA), and contrastive tuning (CT)" a component naming one item vouches for the others.
     */
    private static boolean supportedSibling(FieldReading field, AcronymDetector.Definition d) {
        List<CoreLabel> sentence = field.text().sentences().get(d.sentence());
        // The list is walked both ways from d, one adjacent definition at a time, so that the first item is
        // vouched for by the last.
        List<AcronymDetector.Definition> reached = new ArrayList<>(List.of(d));
        for (int i = 0; i < reached.size(); i++) {
            AcronymDetector.Definition at = reached.get(i);
            for (AcronymDetector.Definition other : field.definitions()) {
                if (other.sentence() != d.sentence() || reached.contains(other)) {
                    continue;
                }
                boolean adjacent = other.longFrom() > at.shortTo() ? onlyJoiners(sentence, at.shortTo() + 1, other.longFrom())
                        : other.shortTo() < at.longFrom() && onlyJoiners(sentence, other.shortTo() + 1, at.longFrom());
                if (adjacent) {
                    if (definitionSupported(field, other)) {
                        return true;
                    }
                    reached.add(other);
                }
            }
        }
        return false;
    }

    private static boolean definitionSupported(FieldReading field, AcronymDetector.Definition d) {
        return supportedType(field, new Candidate(d.sentence(), d.longFrom(), d.longTo(), MentionType.Method, AcronymDetector.COMPONENT, 0.9)).isPresent()
                || supportedType(field, new Candidate(d.sentence(), d.shortFrom(), d.shortTo(), MentionType.Method, AcronymDetector.COMPONENT, 0.9)).isPresent();
    }

    /** Whether tokens [from, to) are one or more list joiners: ",", "and", "or". */
    private static boolean onlyJoiners(List<CoreLabel> sentence, int from, int to) {
        if (from >= to) {
            return false;
        }
        for (int i = from; i < to; i++) {
            String word = sentence.get(i).word().toLowerCase(Locale.ROOT);
            if (!word.equals(",") && !word.equals("and") && !word.equals("or")) {
                return false;
            }
        }
        return true;
    }

    /**
     * A tagged data set in a title written in title case ("Synthetic …", "Market Impact …", "Chest X-ray
     * Images"): its capitals are the title's, no evidence of a name, unless the abstract writes it so too.
     */
    private boolean titleCaseOnly(FieldReading field, Candidate c) {
        if (field.field() != Field.title || c.type() != MentionType.Dataset
                || CuePatterns.hasInnerCapitalOrDigit(field.text().sentences().get(c.sentence()), c.from(), c.to())) {
            return false;
        }
        String text = field.spanText(c);
        return fields.stream().filter(f -> f.field() != Field.title).noneMatch(f -> f.text().text().contains(text));
    }

    /**
     * A tagged span that is exactly a listed name takes the listed type: the tagger's guess at "domain adaptation"
     * (Method) yields to the task list, which says what the phrase names wherever it stands.
     */
    private static Candidate listedTypeOfSameSpan(FieldReading field, Candidate c) {
        return field.listed().stream().filter(l -> l.sentence() == c.sentence() && l.from() == c.from() && l.to() == c.to())
                .findFirst().map(l -> c.withType(l.type())).orElse(c);
    }

    /** Whether the short form ends with the head noun's initial: "Dataset" in "SQuAD", "Benchmark" in "BLURB". */
    private static boolean headInAcronym(String head, String shortForm) {
        String letters = shortForm.replaceAll("[^\\p{Lu}]", "");
        return !letters.isEmpty() && Character.toUpperCase(head.charAt(0)) == letters.charAt(letters.length() - 1);
    }

    /**
     * A title opening with plain capitalised words and a colon names the paper's contribution when the
     * abstract uses them too: one word written so mid-sentence and never in lower case ("Paloma: A
     * Benchmark …"), or a phrase in any case ("Socratic Models: …", "Regularized Mask Tuning: …"). A
     * catchphrase ("Towards:", "Beyond Scale:", "Template Matters:") does not come back in the abstract.
     */
    private void titleName() {
        FieldReading title = FieldReading.title(fields).orElse(null);
        if (title == null || fields.size() < 2) {
            return;
        }
        List<CoreLabel> sentence = title.text().sentences().get(0);
        int colon = 0;
        while (colon < sentence.size() && colon < 5 && !sentence.get(colon).word().equals(":")) {
            colon++;
        }
        if (colon == 0 || colon >= 5 || colon + 1 >= sentence.size() || !sentence.get(colon).word().equals(":")
                || CuePatterns.hasInnerCapitalOrDigit(sentence, 0, colon)) {
            return;
        }
        List<String> words = new ArrayList<>();
        for (int i = 0; i < colon; i++) {
            String word = sentence.get(i).word();
            if (!Character.isUpperCase(word.codePointAt(0)) || LEADING.contains(word.toLowerCase(Locale.ROOT))) {
                return;
            }
            words.add(word);
        }
        String name = title.text().spanText(sentence, 0, colon);
        if (name.length() < 3 || gazetteer.typeOf(name).isPresent()) {
            return;
        }
        boolean used = false;
        for (FieldReading field : fields.subList(1, fields.size())) {
            for (List<CoreLabel> s : field.text().sentences()) {
                for (int i = 0; i + words.size() <= s.size(); i++) {
                    boolean same = true;
                    boolean exact = true;
                    for (int k = 0; k < words.size(); k++) {
                        same &= s.get(i + k).word().equalsIgnoreCase(words.get(k));
                        exact &= s.get(i + k).word().equals(words.get(k));
                    }
                    if (same && words.size() == 1 && !exact) {
                        return;
                    }
                    used |= same && (words.size() > 1 || i > 0);
                }
            }
        }
        if (used) {
            Candidate found = new Candidate(0, 0, colon, CuePatterns.typeAfter(sentence, colon).orElse(MentionType.Method),
                    CuePatterns.COMPONENT, 0.8);
            title.acceptInPlaceOfOverlaps(found);
            title.introducedCues().add(found);
        }
    }

    /** Small words that end a title's long form once the short form's letters are all spelled: "… for Ad-hoc Retrieval". */
    static final Set<String> LONG_FORM_ENDS = Set.of("for", "with", "of", "in", "on", "via", "to", "from", "using",
            "by", "towards", "through", ":", ",", "--", "as", "and");

    /**
     * A title "SINE: SINgle Image Editing with …" spells its short form out after the colon: the
     * long form runs from the colon until the short form's letters are all used, up to the next small
     * word. The pair is the paper's own, like the short form.
     */
    private void titleLongForm(Map<String, String> partners) {
        FieldReading title = FieldReading.title(fields).orElse(null);
        if (title == null) {
            return;
        }
        List<CoreLabel> sentence = title.text().sentences().get(0);
        if (sentence.size() < 4 || !sentence.get(1).word().equals(":")) {
            return;
        }
        String shortForm = sentence.get(0).word();
        String letters = shortForm.replaceAll("[^\\p{L}]", "").toLowerCase(Locale.ROOT);
        if (letters.length() < 2 || shortForm.codePoints().filter(Character::isUpperCase).count() < 2
                || Character.toLowerCase(sentence.get(2).word().charAt(0)) != letters.charAt(0)) {
            return;
        }
        int matched = 0;
        int end = 2;
        while (end < sentence.size() && matched < letters.length()) {
            String word = sentence.get(end).word();
            for (int k = 0; k < word.length() && matched < letters.length(); k++) {
                if (Character.toLowerCase(word.charAt(k)) == letters.charAt(matched)) {
                    matched++;
                }
            }
            end++;
        }
        // Most capitalised words of a long form start with one of the short form's letters: "Phi-3 as
        // Scalable Judge" is no spelling of PHUDGE.
        long capitalised = 0;
        long initials = 0;
        for (int i = 2; i < end; i++) {
            String word = sentence.get(i).word();
            if (Character.isUpperCase(word.charAt(0))) {
                capitalised++;
                initials += letters.indexOf(Character.toLowerCase(word.charAt(0))) >= 0 ? 1 : 0;
            }
        }
        if (initials < 0.6 * capitalised) {
            return;
        }
        if (matched < letters.length()) {
            return;
        }
        while (end < sentence.size() && !LONG_FORM_ENDS.contains(sentence.get(end).word().toLowerCase(Locale.ROOT))) {
            end++;
        }
        if (end - 2 > 8) {
            return;
        }
        MentionType type = title.accepted().stream().filter(a -> a.from() == 0 && a.to() == 1).map(Candidate::type).findFirst()
                .orElse(MentionType.Method);
        Candidate longForm = new Candidate(0, 2, end, type, AcronymDetector.COMPONENT, 0.8);
        title.acceptInPlaceOfOverlaps(longForm);
        title.introducedCues().add(longForm);
        String longText = title.spanText(longForm);
        partners.putIfAbsent(shortForm, longText);
        partners.putIfAbsent(longText, shortForm);
        acronyms.putIfAbsent(shortForm + "\t" + longText, new AcronymPair(shortForm, longText, type));
    }

    private record Ranked(Candidate candidate, int priority) {}

    /**
     * The tagger's least confidence worth a mention. Measured on the seeds gold (3-fold
     * cross-validation), tagged tasks and metrics below 0.8 were right about a third of the time, too
     * rarely to help F1; methods below 0.8 still were right more often than not, datasets down to 0.5.
     */
    private static double minimumConfidence(MentionType type) {
        return switch (type) {
            case Method, Model -> 0;
            case Dataset -> 0.5;
            case Task, Metric -> 0.8;
        };
    }

    /** Whether {@code outer} strictly contains {@code inner} and every extra token is part of a name. */
    private static boolean extendsName(FieldReading field, Candidate outer, Candidate inner) {
        if (outer.sentence() != inner.sentence() || outer.from() > inner.from() || outer.to() < inner.to()
                || outer.length() == inner.length()) {
            return false;
        }
        List<CoreLabel> sentence = field.text().sentences().get(outer.sentence());
        for (int i = outer.from(); i < outer.to(); i++) {
            if (i >= inner.from() && i < inner.to()) {
                continue;
            }
            String word = sentence.get(i).word();
            boolean joined = (i > outer.from() && AnalyzedText.glued(sentence.get(i - 1), sentence.get(i)))
                    || (i + 1 < outer.to() && AnalyzedText.glued(sentence.get(i), sentence.get(i + 1)));
            boolean named = word.codePoints().anyMatch(ch -> Character.isUpperCase(ch) || Character.isDigit(ch));
            if (!joined && !named && !word.equals("-")) {
                return false;
            }
        }
        return true;
    }

    private static Candidate withConfidence(Candidate c, double confidence) {
        return new Candidate(c.sentence(), c.from(), c.to(), c.type(), c.component(), confidence);
    }

    /**
     * The gazetteer's type for a span overlapping {@code span}: a listed short form ("SQuAD", "GLUE")
     * types its long form, whatever the tagger thought of the long form.
     */
    private static Optional<MentionType> listedType(FieldReading field, Candidate span) {
        return field.listed().stream().filter(c -> c.from() <= span.from() && c.to() >= span.to() && c.sentence() == span.sentence()).max(Comparator.comparingDouble(Candidate::confidence)).map(Candidate::type);
    }

    /** The type the gazetteer, a cue or the tagger gives a span overlapping {@code span}, in that order of trust. */
    private static Optional<MentionType> supportedType(FieldReading field, Candidate span) {
        for (List<Candidate> source : List.of(field.listed(), field.cued(), field.learned())) {
            Optional<Candidate> best = source.stream().filter(c -> c.overlaps(span))
                    .max(Comparator.comparingDouble(Candidate::confidence));
            if (best.isPresent()) {
                return Optional.of(best.get().type());
            }
        }
        return Optional.empty();
    }

    /**
     * Widens a span that starts inside a hyphenated compound ("shot segmentation" in "few-shot
     * segmentation"), stops inside a number that a tokenizer split into digits ("FSS - 1 0" in SciER's
     * "FSS - 1 0 0 0") or stops before the version number of such a text ("GPT" in "GPT - 3").
     */
    private static Candidate wholeWords(FieldReading field, Candidate c) {
        List<CoreLabel> sentence = field.text().sentences().get(c.sentence());
        int from = c.from();
        int to = c.to();
        while (from >= 2 && sentence.get(from - 1).word().equals("-") && !isPunctuation(sentence.get(from - 2).word())
                && spacing(sentence.get(from - 2), sentence.get(from - 1)) == spacing(sentence.get(from - 1), sentence.get(from))
                && spacing(sentence.get(from - 1), sentence.get(from)) <= 1) {
            from -= 2;
        }
        // A text whose tokens are all spaced out (SciER's) writes "GPT-3" as "GPT - 3" and "FSS-1000" as
        // "FSS - 1 0 0 0": a hyphen set off by single spaces between a name and single digits joins a version.
        if (to + 1 < sentence.size() && sentence.get(to).word().equals("-") && sentence.get(to + 1).word().matches("\\d")
                && spacing(sentence.get(to - 1), sentence.get(to)) == 1 && spacing(sentence.get(to), sentence.get(to + 1)) == 1
                && hasNameShape(sentence, to - 1, to) && Character.isLetter(sentence.get(to - 1).word().codePointAt(0))) {
            to += 2;
        }
        while (to < sentence.size() && sentence.get(to).word().matches("\\d") && sentence.get(to - 1).word().matches("\\d")
                && spacing(sentence.get(to - 1), sentence.get(to)) == 1) {
            to++;
        }
        return from == c.from() && to == c.to() ? c : new Candidate(c.sentence(), from, to, c.type(), c.component(), c.confidence());
    }

    private static int spacing(CoreLabel left, CoreLabel right) {
        return right.beginPosition() - left.endPosition();
    }

    /** Drops leading determiners, trailing punctuation and generic head nouns; empty when nothing named is left. */
    private Optional<Candidate> trim(FieldReading field, Candidate c) {
        List<CoreLabel> sentence = field.text().sentences().get(c.sentence());
        int from = c.from();
        int to = c.to();
        // A listed name that opens with an article keeps it: "The Pile", "The Stack".
        boolean listedWhole = gazetteer.typeOf(field.text().spanText(sentence, from, to)).isPresent();
        // A word glued to the next one is part of a hyphenated word ("in-context"), never a determiner.
        while (!listedWhole && from < to && LEADING.contains(sentence.get(from).word().toLowerCase(Locale.ROOT))
                && !(from + 1 < to && AnalyzedText.glued(sentence.get(from), sentence.get(from + 1)) && !isPunctuation(sentence.get(from).word()))) {
            from++;
        }
        // "the algorithm UMT-PSR", "module Adaptive-eta": a head noun before a name is not part of it.
        while (to - from > 1 && (DESCRIPTIVE_HEADS.contains(sentence.get(from).word().toLowerCase(Locale.ROOT))
                || MODEL_HEADS.contains(sentence.get(from).word().toLowerCase(Locale.ROOT))
                || sentence.get(from).word().equalsIgnoreCase("algorithm"))
                && CuePatterns.hasInnerCapitalOrDigit(sentence, from + 1, from + 2)) {
            from++;
        }
        while (to > from && ((TRAILING.contains(sentence.get(to - 1).word().toLowerCase(Locale.ROOT))
                        && !(to - 2 >= from && AnalyzedText.glued(sentence.get(to - 2), sentence.get(to - 1)) && !isPunctuation(sentence.get(to - 1).word())))
                || (sentence.get(to - 1).word().equals(")") && !containsWord(sentence, from, to - 1, "(")))) {
            to--;
        }
        if (from >= to) {
            return Optional.empty();
        }
        String lastWord = sentence.get(to - 1).word().toLowerCase(Locale.ROOT);
        // Read before a generic head noun goes: "parsing strategies" are a way of solving a problem, not the problem.
        boolean problem = namesProblem(field.text().spanText(sentence, from, to));
        if (to - from > 1 && (GENERIC_HEADS.contains(lastWord)
                || (DESCRIPTIVE_HEADS.contains(lastWord) && hasNameShape(sentence, from, to - 1)))) {
            to--;
        }
        MentionType type = c.type();
        if (type == MentionType.Dataset && to - from > 1 && MODEL_WORDS.contains(sentence.get(to - 1).word().toLowerCase(Locale.ROOT))
                && !AnalyzedText.glued(sentence.get(to - 2), sentence.get(to - 1)) && hasNameShape(sentence, from, to - 1)
                && gazetteer.typeOf(field.text().spanText(sentence, from, to)).isEmpty()) {
            // "Falcon LLM", "PaLI3-5B VLM": a name before a model word names a model, whatever the evidence said.
            type = MentionType.Model;
            to--;
        }
        if (type == MentionType.Method && problem && gazetteer.typeOf(field.text().spanText(sentence, from, to)).isEmpty()) {
            // "object detection", "Zero-shot Classification", "text-to-image": a phrase naming a kind of problem names a task.
            type = MentionType.Task;
        }
        if (to - from > 1 && hasNameShape(sentence, from, to - 1)) {
            String last = sentence.get(to - 1).word().toLowerCase(Locale.ROOT);
            if ((type == MentionType.Dataset && DATASET_HEADS.contains(last))
                    || (type == MentionType.Model && MODEL_HEADS.contains(last))) {
                to--;
            }
        }
        if (from >= to) {
            return Optional.empty();
        }
        String text = field.text().spanText(sentence, from, to);
        if (type == MentionType.Dataset && !Gazetteer.COMPONENT.equals(c.component()) && !hasNameShape(sentence, from, to)) {
            // GUIDELINES: a Dataset is a named data set; "noisy data" names nothing.
            return Optional.empty();
        }
        // "7B", "HPC-specific": an amount or a describing compound names no data set; "X_0" is a variable.
        if ((type == MentionType.Dataset && (CuePatterns.QUANTITY.matcher(text).matches() || ADJECTIVAL.matcher(text).matches()))
                || text.contains("_")) {
            return Optional.empty();
        }
        if (text.length() < 2 || GENERIC.contains(text.toLowerCase(Locale.ROOT)) || text.codePoints().noneMatch(Character::isLetter)
                || gazetteer.namesOrganisation(text)) {
            return Optional.empty();
        }
        return Optional.of(new Candidate(c.sentence(), from, to, type, c.component(), c.confidence()));
    }

    static boolean isPunctuation(String word) {
        return word.codePoints().noneMatch(Character::isLetterOrDigit);
    }

    private static boolean containsWord(List<CoreLabel> sentence, int from, int to, String word) {
        for (int i = from; i < to; i++) {
            if (sentence.get(i).word().equals(word)) {
                return true;
            }
        }
        return false;
    }

    /** Whether tokens [from, to) hold a capital letter or a digit: a name rather than a phrase. */
    static boolean hasNameShape(List<CoreLabel> sentence, int from, int to) {
        for (int i = from; i < to; i++) {
            if (sentence.get(i).word().codePoints().anyMatch(ch -> Character.isUpperCase(ch) || Character.isDigit(ch))) {
                return true;
            }
        }
        return false;
    }

    /** A version after a name: "-v1.2", " 2019", "-2", "-10". */
    private static final Pattern VERSION_SUFFIX = Pattern.compile("(?<=\\p{L}\\S{0,40})[-\\s]v?\\d+(\\.\\d+)*$");

    /**
     * The form a mention votes for: versions of one name vote together ("Defects4J-v1.2" and
     * "Defects4J-v2.0" are one kind of thing), but not with the bare name, which may name the family.
     */
    private static String voteKey(String text) {
        Matcher m = VERSION_SUFFIX.matcher(text);
        return m.find() ? text.substring(0, m.start()) + " #version" : text;
    }

    /**
     * How much one mention's type counts in its form's vote: a type read from the text around a name
     * (a head noun, a definition, a list) or from a gazetteer outweighs the tagger's guesses at each
     * occurrence, which tend to repeat one mistake ("PROVABGS" tagged Method after "the … Survey (PROVABGS) catalog").
     */
    private static double voteWeight(Candidate c) {
        return CrfTagger.COMPONENT.equals(c.component()) ? 1 : 3;
    }

    /**
     * One type per surface form (the confidence-weighted vote of its mentions), and every occurrence
     * of a form that some component found becomes a mention of it.
     */
    private void makeConsistent() {
        Map<String, EnumMap<MentionType, Double>> votes = new HashMap<>();
        Map<String, List<String>> wordsOf = new LinkedHashMap<>();
        Map<String, Double> bestConfidence = new HashMap<>();
        for (FieldReading field : fields) {
            for (Candidate c : field.accepted()) {
                String text = field.spanText(c);
                votes.computeIfAbsent(voteKey(text), k -> new EnumMap<>(MentionType.class)).merge(c.type(), c.confidence() * voteWeight(c), Double::sum);
                wordsOf.computeIfAbsent(text, k -> words(field, c));
                bestConfidence.merge(text, c.confidence(), Math::max);
            }
        }
        Map<String, MentionType> typeOf = new HashMap<>();
        wordsOf.keySet().forEach(text -> typeOf.put(text, votes.get(voteKey(text)).entrySet().stream()
                .max(Map.Entry.<MentionType, Double>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .orElseThrow().getKey()));
        for (FieldReading field : fields) {
            List<Candidate> accepted = field.accepted();
            accepted.replaceAll(c -> c.withType(typeOf.get(field.spanText(c))));
            // Longer forms first, so "Vector Quantization" is found before "Quantization".
            List<String> forms = new ArrayList<>(wordsOf.keySet());
            forms.sort(Comparator.comparingInt((String f) -> -wordsOf.get(f).size()).thenComparing(f -> f));
            List<List<CoreLabel>> sentences = field.text().sentences();
            for (String form : forms) {
                List<String> words = wordsOf.get(form);
                for (int s = 0; s < sentences.size(); s++) {
                    List<CoreLabel> sentence = sentences.get(s);
                    for (int i = 0; i + words.size() <= sentence.size(); i++) {
                        if (!matchesAt(sentence, i, words)) {
                            continue;
                        }
                        Candidate found = new Candidate(s, i, i + words.size(), typeOf.get(form), CONSISTENCY,
                                0.9 * bestConfidence.get(form));
                        if (accepted.stream().noneMatch(a -> a.overlaps(found))) {
                            accepted.add(found);
                        }
                    }
                }
            }
        }
    }

    private static List<String> words(FieldReading field, Candidate c) {
        List<String> words = new ArrayList<>();
        List<CoreLabel> sentence = field.text().sentences().get(c.sentence());
        for (int i = c.from(); i < c.to(); i++) {
            words.add(sentence.get(i).word());
        }
        return words;
    }

    private static boolean matchesAt(List<CoreLabel> sentence, int from, List<String> words) {
        for (int k = 0; k < words.size(); k++) {
            if (!sentence.get(from + k).word().equals(words.get(k))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether an acronym definition reads as a coined name: a capitalised long form ("Beam search by
     * Vector Quantization") or a short form in mixed case ("DyLoRA"), not "supernova remnant (SNR)".
     */
    static boolean coinedPair(String text, Map<String, String> partners) {
        String partner = partners.get(text);
        if (partner == null) {
            return false;
        }
        String shortForm = text.length() <= partner.length() ? text : partner;
        String longForm = text.length() <= partner.length() ? partner : text;
        String shortStem = shortForm.endsWith("s") ? shortForm.substring(0, shortForm.length() - 1) : shortForm;
        return longForm.codePoints().anyMatch(Character::isUpperCase) || shortStem.codePoints().anyMatch(Character::isLowerCase);
    }

    /**
     * A name the paper introduces as data ("Paloma: A Benchmark for …", "X, a new dataset of …") is a
     * Dataset wherever it occurs, whatever the tagger guessed at each occurrence: the authors' own words
     * say what their contribution is, unless they also call it something else ("RadioDiff-3D: A … Dataset
     * and … Benchmark" that "introduce[s] RadioDiff-3D, a … generative framework").
     */
    private void declaredData(Map<String, String> partners) {
        for (FieldReading field : fields) {
            field.accepted().replaceAll(c -> {
                String text = field.spanText(c);
                // A long form and its short form name one thing: either's declaration types both.
                Set<MentionType> declared = EnumSet.noneOf(MentionType.class);
                declared.addAll(introducedFinder.declaredTypes(text));
                declared.addAll(introducedFinder.declaredTypes(partners.getOrDefault(text, "")));
                return declared.equals(Set.of(MentionType.Dataset)) && gazetteer.typeOf(text).isEmpty()
                        ? c.withType(MentionType.Dataset) : c;
            });
        }
    }

    /** GUIDELINES rule 1: a named, released artefact is a Model; a technique or architecture family is a Method. */
    private void decideModels(Map<String, String> partners) {
        Map<String, MentionType> decided = new HashMap<>();
        for (FieldReading field : fields) {
            for (Candidate c : field.accepted()) {
                if (c.type() == MentionType.Method || c.type() == MentionType.Model) {
                    String text = field.spanText(c);
                    decided.computeIfAbsent(text, t -> modelOrMethod(t, c.type(), partners));
                }
            }
        }
        // A short form and its long form name one thing: a Model if either reads as one.
        for (Map.Entry<String, String> pair : partners.entrySet()) {
            if (decided.get(pair.getKey()) == MentionType.Model && decided.containsKey(pair.getValue())
                    && gazetteer.typeOf(pair.getValue()).isEmpty()) {
                decided.put(pair.getValue(), MentionType.Model);
            }
        }
        for (FieldReading field : fields) {
            field.accepted().replaceAll(c -> decided.containsKey(field.spanText(c)) ? c.withType(decided.get(field.spanText(c))) : c);
        }
    }

    private MentionType modelOrMethod(String text, MentionType proposed, Map<String, String> partners) {
        if (DATA_SIZE.matcher(text).matches() || BENCHMARK_NAME.matcher(text).matches()) {
            return MentionType.Dataset;
        }
        Optional<MentionType> listed = gazetteer.typeOf(text);
        if (listed.isPresent() && (listed.get() == MentionType.Model || listed.get() == MentionType.Method)) {
            return listed.get();
        }
        if (STRONG_MODEL_PART.matcher(text).matches() && !FAMILY_PLURAL.matcher(text).matches()) {
            return MentionType.Model;
        }
        MentionType introducedAs = introducedFinder.introducedType(text);
        if (introducedAs == MentionType.Model || introducedAs == MentionType.Method) {
            return introducedAs;
        }
        if (introducedFinder.introduced().contains(text) && endsWithModel(partners.get(text))) {
            return MentionType.Model;
        }
        if (proposed == MentionType.Model) {
            return MentionType.Model;
        }
        return looksLikeReleasedModel(text) ? MentionType.Model : MentionType.Method;
    }

    private static boolean endsWithModel(String longForm) {
        return longForm != null && (longForm.endsWith(" Model") || longForm.endsWith(" Models"));
    }

    /** A single name with inner capitals, a model-name part or a version: "TimelyGPT", "GPT-4", "UL2 20B". */
    static boolean looksLikeReleasedModel(String text) {
        if (text.split(" ").length > 2 || FAMILY_PLURAL.matcher(text).matches()
                || text.codePoints().noneMatch(Character::isUpperCase)) {
            return false;
        }
        if (text.codePoints().allMatch(ch -> Character.isUpperCase(ch) || ch == '-') && text.length() <= 4) {
            // A bare upper-case acronym (CNN, GAN, MLP) is usually a family or a technique.
            return false;
        }
        return MODEL_NAME_PART.matcher(text).matches() || VERSIONED.matcher(text).matches();
    }

    private Optional<MentionType> typeOfForm(String text) {
        for (FieldReading field : fields) {
            for (Candidate c : field.accepted()) {
                if (field.spanText(c).equals(text)) {
                    return Optional.of(c.type());
                }
            }
        }
        return Optional.empty();
    }
}
