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
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Turns the components' proposals for one paper into its mentions: picks one span where proposals
 * overlap, trims determiners and generic head nouns, makes every occurrence of a name a mention with
 * one type (document-level consistency), decides Model versus Method, and finds what the paper
 * introduces.
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
            "paradigm", "pipeline", "variant", "variants", "family", "series");
    /** Words that name nothing on their own (GUIDELINES rule 4): never a mention alone. */
    private static final Set<String> GENERIC = Set.of("model", "models", "method", "methods", "approach", "approaches",
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
    /** An amount rather than a name: "7B", "1.5T", "300M". */
    private static final Pattern AMOUNT = Pattern.compile("[\\d.,]+[KMBTkmbt]?");
    /** Compound adjectives that describe rather than name: "data-driven", "flow-based", "model-agnostic". */
    private static final Pattern ADJECTIVAL = Pattern.compile(".*-(based|driven|agnostic|inspired|free|aware|guided|specific)");
    /** The plural of a coined name ("ResNets", "GFlowNets") speaks of a family the paper uses. */
    private static final Pattern NAME_PLURAL = Pattern.compile("\\S*\\p{Lu}\\S*\\p{Ll}s");
    private static final Pattern FAMILY_PLURAL = Pattern.compile("\\p{Lu}+s");

    private final List<FieldReading> fields;
    private final Gazetteer gazetteer;
    private final Map<String, AcronymPair> acronyms = new LinkedHashMap<>();
    private final Set<String> introduced = new TreeSet<>();
    private final Map<String, MentionType> introducedTypes = new HashMap<>();
    /** The types that cues' own head nouns give introduced names ("X, a new benchmark"), not guesses. */
    private final Map<String, Set<MentionType>> declaredTypes = new HashMap<>();

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
        findIntroduced(partners);
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
        return introduced;
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
                    field.text().spanText(field.text().sentences().get(d.sentence()), d.longFrom(), d.longTo())))) {
                // No component names either form and the pair is no coined name: "reverse complementarity (RC)".
                continue;
            }
            MentionType chosen = type.orElse(MentionType.Method);
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
                .forEach(c -> ranked.add(new Ranked(c, 2)));
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
        if (fields.size() < 2 || fields.get(0).field() != Field.title || fields.get(0).text().sentences().isEmpty()) {
            return;
        }
        FieldReading title = fields.get(0);
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
            title.accepted().removeIf(a -> a.overlaps(found));
            title.accepted().add(found);
            title.introducedCues().add(found);
        }
    }

    /** Small words that end a title's long form once the short form's letters are all spelled: "… for Ad-hoc Retrieval". */
    private static final Set<String> LONG_FORM_ENDS = Set.of("for", "with", "of", "in", "on", "via", "to", "from", "using",
            "by", "towards", "through", ":", ",", "--", "as", "and");

    /**
     * A title "SINE: SINgle Image Editing with …" spells its short form out after the colon: the
     * long form runs from the colon until the short form's letters are all used, up to the next small
     * word. The pair is the paper's own, like the short form.
     */
    private void titleLongForm(Map<String, String> partners) {
        if (fields.isEmpty() || fields.get(0).field() != Field.title || fields.get(0).text().sentences().isEmpty()) {
            return;
        }
        FieldReading title = fields.get(0);
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
        title.accepted().removeIf(a -> a.overlaps(longForm));
        title.accepted().add(longForm);
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
     * segmentation") or stops inside a number that a tokenizer split into digits ("FSS - 1 0" in SciER's
     * "FSS - 1 0 0 0").
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
        if ((type == MentionType.Dataset && (AMOUNT.matcher(text).matches() || ADJECTIVAL.matcher(text).matches()))
                || text.contains("_")) {
            return Optional.empty();
        }
        if (text.length() < 2 || GENERIC.contains(text.toLowerCase(Locale.ROOT)) || text.codePoints().noneMatch(Character::isLetter)) {
            return Optional.empty();
        }
        return Optional.of(new Candidate(c.sentence(), from, to, type, c.component(), c.confidence()));
    }

    private static boolean isPunctuation(String word) {
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
    private static boolean hasNameShape(List<CoreLabel> sentence, int from, int to) {
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
        java.util.regex.Matcher m = VERSION_SUFFIX.matcher(text);
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
                boolean holdsName = inside.stream().anyMatch(a -> hasNameShape(cueSentence, a.from(), a.to())
                        && gazetteer.typeOf(field.spanText(a)).isEmpty());
                for (Candidate a : inside) {
                    String text = field.spanText(a);
                    List<CoreLabel> sentence = field.text().sentences().get(a.sentence());
                    // Right after the verb ("we propose self-evolution learning") even a phrase is new,
                    // unless a name follows or the phrase is an adjective ("data-driven", "model-agnostic").
                    boolean named = hasNameShape(sentence, a.from(), a.to()) || coinedPair(text, partners)
                            || ((taken == 0 && a.from() - cue.from() <= 3 && !holdsName || listOpensBefore(sentence, a.from()))
                                    && !ADJECTIVAL.matcher(text).matches() && !describesArtefact(sentence, a));
                    if (cue.confidence() <= CuePatterns.WEAK_WINDOW) {
                        // After a verb of use ("we employ a normalizing flow (NF)") only a coined name is new:
                        // a name-shaped word that is no acronym of a plain phrase.
                        named = hasNameShape(sentence, a.from(), a.to()) && (!partners.containsKey(text) || coinedPair(text, partners));
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
                        && CuePatterns.hasInnerCapitalOrDigit(sentence, a.from(), a.to()) && !FAMILY_PLURAL.matcher(text).matches()) {
                    introduce(text, a, sentence, null);
                }
            }
        }
        for (FieldReading field : fields) {
            introduceParts(field);
        }
        titleMeans();
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
        if (last > 0 && sentence.get(last - 1).word().equalsIgnoreCase("our") && GENERIC.contains(sentence.get(last).word().toLowerCase(Locale.ROOT))) {
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

    /** Words after which a title says how its goal is reached: "… via Multistage Data Filtering", "… with Celeb Basis". */
    private static final Set<String> MEANS = Set.of("via", "with");
    /** Last words of a title that name a kind of paper, not a contribution: "Nemotron-4 340B Technical Report". */
    private static final Set<String> GENRES = Set.of("report", "survey", "review", "study", "overview", "tutorial", "perspective");

    /**
     * A title ending in a run of capitalised words after "via" or "with" ("Efficient NLP Model Finetuning via
     * Multistage Data Filtering"), or made of such a run alone ("Marginal Tail-Adaptive Normalizing Flows"),
     * names the paper's own technique, unless the gazetteer knows it ("… via Contrastive Learning"). The run
     * becomes a mention if the components split or missed it.
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
        while (end > 0 && isPunctuation(sentence.get(end - 1).word())) {
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
        if (words < 2 || words > 6 || !(means || from == 0) || GENRES.contains(sentence.get(end - 1).word().toLowerCase(Locale.ROOT))) {
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
     * A word of a name in a title: capitalised or numeric and no small word ("for", "of", "with"), a hyphen, or a
     * describing suffix glued after a hyphen ("Uncertainty-aware Reward Modeling"; not "Few-shot", "Text-to-Image").
     */
    private static boolean titleNameWord(List<CoreLabel> sentence, int i) {
        String word = sentence.get(i).word();
        String lower = word.toLowerCase(Locale.ROOT);
        boolean afterHyphen = i > 1 && sentence.get(i - 1).word().equals("-") && AnalyzedText.glued(sentence.get(i - 1), sentence.get(i))
                && ADJECTIVAL.matcher("-" + lower).matches();
        return word.equals("-") || afterHyphen || (Character.isUpperCase(word.codePointAt(0)) || Character.isDigit(word.codePointAt(0)))
                && !LEADING.contains(lower) && !LONG_FORM_ENDS.contains(lower) && !isPunctuation(word);
    }

    /** A name in lower case without a final plural "s", for matching case and number variants of a multi-word name. */
    private static String variantKey(String text) {
        String key = text.toLowerCase(Locale.ROOT);
        // Only phrases: "SFT" and "sft", or "LLM" and "LLMs", may name different things.
        return key.contains(" ") ? key.replaceAll("s$", "") : text;
    }

    /**
     * Whether an acronym definition reads as a coined name: a capitalised long form ("Beam search by
     * Vector Quantization") or a short form in mixed case ("DyLoRA"), not "supernova remnant (SNR)".
     */
    private static boolean coinedPair(String text, Map<String, String> partners) {
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
                declared.addAll(declaredTypes.getOrDefault(text, Set.of()));
                declared.addAll(declaredTypes.getOrDefault(partners.getOrDefault(text, ""), Set.of()));
                return declared.equals(Set.of(MentionType.Dataset)) && gazetteer.typeOf(text).isEmpty()
                        ? c.withType(MentionType.Dataset) : c;
            });
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
        MentionType introducedAs = introducedTypes.get(text);
        if (introducedAs == MentionType.Model || introducedAs == MentionType.Method) {
            return introducedAs;
        }
        if (introduced.contains(text) && endsWithModel(partners.get(text))) {
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
