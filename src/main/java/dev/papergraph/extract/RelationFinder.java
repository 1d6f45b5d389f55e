package dev.papergraph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads concept-to-concept statements from cue words between two mentions of one sentence:
 * "msGFM, a multisensor geospatial foundation model" and "language models such as BERT" (broader),
 * "based on", "trained on", "evaluated on" (also "experiments on D show that X"), "for" a task,
 * "compared with", "outperforms". The text between the two mentions must be short and hold no clause
 * break; coordinated subjects and objects share a statement or pair up in order. Objects of
 * "trained on" and "evaluated on" must be datasets, of "applied to" tasks; the other statements
 * relate methods and models only. Each statement's component names its pattern ({@code pattern:based-on}).
 * Precision is measured by hand on the seeds graph ({@code eval.RelationSample}).
 */
public final class RelationFinder {
    /** Component of the mentions this finder adds for a broader concept named by no mention. */
    public static final String COMPONENT = "pattern";
    private static final int MAX_GAP = 90;
    private static final Set<MentionType> NAMED = Set.of(MentionType.Model, MentionType.Method);
    /** A clause break between subject and object; "we" opens a new main clause ("via XTab, we achieve ..."). */
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[;:.!?]|\\b(which|while|whereas|but|however|although|we)\\b");
    /** Where a clause may start before a subject. */
    private static final Pattern CLAUSE_START = Pattern.compile("[,;:(]|\\b(?:that|which|while|when|where|whereas|whether)\\b");
    /** A subject that is the object of a preposition: "reduces compute for pre-training compared to MLM". */
    private static final Pattern PREPOSITION_BEFORE = Pattern.compile(
            "\\b(?:on|in|for|of|under|to|from|across|over|at|into|by|about|between)\\s+(?:(?:the|a|an)\\s+)?$");
    /** A mention that only qualifies the one before it: "EnKG for diffusion models, a derivative-free approach". */
    private static final Pattern PREPOSITION_ONLY = Pattern.compile(
            "\\s*\\)?\\s*(?:for|of|in|on|with|to|by|from|via)\\s+(?:the\\s+)?");
    /** Subjects joined by a comma or a conjunction, never by a parenthesis (an acronym names the same thing). */
    private static final Pattern SUBJECT_COORDINATION = Pattern.compile("\\s*(?:,\\s*(?:and|or)?|and|or)\\s*");
    /** A coordination whose other member is no mention: "one-way and bidirectional models based on GPT and BERT". */
    private static final Pattern DANGLING_COORDINATION = Pattern.compile("\\b(?:and|or)\\s+$");
    /** "Experiments on": results reported on the datasets that follow. */
    private static final Pattern RESULTS_ON = Pattern.compile("\\b(?:experiments?|results?|evaluations?)\\s+(?:on|across)\\s+(?:the\\s+)?$");
    /** "... show that (1) our": what the results show is about the next name. */
    private static final Pattern SHOW_THAT = Pattern.compile(
            "\\s*(?:datasets?|benchmarks?|corpus|corpora)?\\s*(?:show|demonstrate|indicate|reveal|suggest|confirm)s?\\s+that\\s+"
                    + "(?:\\(\\d\\)\\s+)?(?:our\\s+)?(?:proposed\\s+)?");
    /** A plural last word: "models", "LLMs", "approaches" (not "loss"). */
    private static final Pattern PLURAL = Pattern.compile("[^s]s$");
    /** "large language models such as GPT-4", "LLMs (e.g., LLaMA)": examples of a broader concept. */
    private static final Pattern SUCH_AS = Pattern.compile(
            "\\s*\\)?\\s*,?\\s*\\(?\\s*(?:such as|including|like|e\\.g\\.,?|for example,?|for instance,?)\\s+(?:the\\s+)?");
    private static final Pattern COORDINATION = Pattern.compile("[\\s,()]*(and|or|as well as|and/or)?[\\s,()]*");
    /** "A, a ... " and "A is a ...": the start of an appositive that names what A is. */
    private static final Pattern APPOSITIVE = Pattern.compile("\\s*\\)?\\s*(,|\\bis|\\bare)\\s+(a|an)\\s+");
    /** Where the appositive's noun phrase ends. */
    private static final Pattern PHRASE_END = Pattern.compile(
            "[,.;:()]|\\s(that|which|who|for|to|with|trained|based|designed|developed|using|capable|in|on|of|built|and|or|via|by)\\b");
    private static final Set<String> KIND_NOUNS = Set.of(
            "model", "models", "network", "networks", "transformer", "transformers", "autoencoder", "autoencoders",
            "encoder", "decoder", "classifier");
    private static final Set<String> GENERIC_MODIFIERS = Set.of(
            "novel", "new", "simple", "general", "generic", "unified", "efficient", "effective", "powerful", "large",
            "small", "lightweight", "first", "universal", "scalable", "robust", "pretrained", "pre-trained", "trained",
            "single", "strong", "our", "state-of-the-art", "open", "open-source", "flexible", "generalist", "versatile",
            "practical", "standard", "specialized", "improved", "modified", "proposed", "hybrid", "deep", "neural");

    /**
     * A cue between subject and object, the statement it gives, and the types it relates. A loose cue
     * allows any words before its key phrase, so its subject must head its clause.
     */
    private record Cue(String name, RelationType type, Pattern between, double confidence, boolean loose) {}

    private static final String ARTICLES = "(?:(?:the|a|an|our|its|their|several|standard|original|existing|recent|previous|other|\\d+)\\s+)*";
    /**
     * The words a subject's "outperforms" may follow: adverbs, modals and a head noun ("AI NWP models
     * outperform"), never a relative pronoun ("the first LLM that outperforms" is about another thing)
     * nor any other noun ("HPC code better than": HPC only qualifies the code).
     */
    private static final String OUTPERFORMS_LEAD = "(?:(?:\\w+ly|also|still|even|further|thus|can|could|may|might|would|consistently"
            + "|models?|methods?|approach(?:es)?|networks?|frameworks?|variants?|systems?|architectures?|agents?) )*";
    /** Up to four words before an object that are not prepositions: "outperforms even 10x larger models such as". */
    private static final String MODIFIERS = "(?:(?!(?:in|on|of|at|for|by|with|across|to|terms|and|or)\\s)[\\w-]+\\s+){0,5}?";
    private static final List<Cue> CUES = List.of(
            new Cue("based-on", RelationType.BASED_ON, Pattern.compile(
                    "\\s*\\)?\\s*,?\\s*(?:(?:which|that) (?:is|are) |is |are |was |were )?(?:(?:\\w+ly )?based on|built (?:up)?on|builds (?:up)?on|extends|extending|an extension of|an improved version of|a variant of|derived from|initiali[sz]ed (?:from|with))\\s+"
                            + ARTICLES + "(?:pre-?trained\\s+)?"), 0.8, false),
            new Cue("trained-on", RelationType.TRAINED_ON, Pattern.compile(
                    "\\s*\\)?\\s*,?\\s*(?:(?:is|are|was|were|being) )?(?:(?:pre-?|post-?)?trained|fine-?tuned|pre-?trained) (?:\\w+ )?(?:on|using|with)\\s+"
                            + ARTICLES + "(?:[\\w-]+\\s+){0,2}"), 0.8, false),
            new Cue("evaluated-on", RelationType.EVALUATED_ON, Pattern.compile(
                    ".*\\b(?:evaluat\\w*|experiments?|test(?:ed|ing)?|benchmark(?:ed|ing)?|validat\\w+|achiev\\w+|results?|accuracy|performance|best|state-of-the-art|sota|scores?|rank\\w*)\\b.*\\b(?:on|across|against)\\s+"
                            + ARTICLES + "(?:[\\w-]+\\s+){0,2}"), 0.7, true),
            new Cue("applied-to", RelationType.APPLIED_TO, Pattern.compile(
                    "\\s*\\)?\\s*,?\\s*(?:(?:is|are|was|were|can be|has been|have been) )?(?:applied|adapted|used|employed|tailored|designed) (?:to|for)\\s+"
                            + ARTICLES + "|\\s*\\)?\\s*(?:to (?:solve|address|tackle|perform|improve)|for)\\s+" + ARTICLES), 0.7, false),
            new Cue("outperforms", RelationType.OUTPERFORMS, Pattern.compile(
                    "\\s*\\)?\\s*" + OUTPERFORMS_LEAD + "(?:outperform\\w*|surpass\\w*|(?:(?:is|are|performs?|works?|does|do) )?(?:better|stronger) than|(?:is |are )?superior to|beat\\w*)\\s+"
                            + MODIFIERS + "(?:such as\\s+|including\\s+|like\\s+)?" + ARTICLES), 0.8, false),
            new Cue("compared-with", RelationType.COMPARED_WITH, Pattern.compile(
                    ".*\\b(?:compared (?:with|to)|in comparison (?:with|to)|versus|vs\\.?|than)\\s+" + ARTICLES + "(?:[\\w-]+\\s+){0,3}"), 0.6, true));
    /** "We evaluate A on B", "We train A on B": the verb before the subject names the statement. */
    private static final Cue VERB_TRAINED_ON = new Cue("trained-on", RelationType.TRAINED_ON, null, 0.8, false);
    private static final Cue VERB_EVALUATED_ON = new Cue("evaluated-on", RelationType.EVALUATED_ON, null, 0.7, false);
    /** "We evaluate A on B", "We train A on B": the verb comes before the subject. */
    private static final Pattern VERB_BEFORE = Pattern.compile(
            ".*\\b(evaluat\\w+|test\\w*|benchmark\\w*|train\\w*|pre-?train\\w*|fine-?tun\\w*)\\s+" + ARTICLES + "$");
    private static final Pattern ON = Pattern.compile("\\s*\\)?\\s*on\\s+" + ARTICLES);

    /** The extraction with the relations found among its mentions, and the mentions they add. */
    public PaperExtraction addTo(PaperExtraction extraction) {
        List<RelationMention> found = find(extraction.mentions(), extraction.acronyms());
        List<Mention> mentions = new ArrayList<>(extraction.mentions());
        found.stream().map(RelationMention::object).filter(m -> !mentions.contains(m)).distinct().forEach(mentions::add);
        mentions.sort(Comparator.comparing(Mention::field).thenComparingInt(Mention::start).thenComparingInt(Mention::end));
        List<RelationMention> relations = new ArrayList<>(extraction.relations());
        relations.addAll(found);
        return new PaperExtraction(extraction.paperId(), mentions, extraction.acronyms(), extraction.introduced(), relations);
    }

    /** Statements between the mentions of each sentence, in sentence order. */
    public List<RelationMention> find(List<Mention> mentions, List<AcronymPair> acronyms) {
        Map<String, List<Mention>> bySentence = new LinkedHashMap<>();
        for (Mention mention : mentions) {
            if (mention.sentence() != null) {
                bySentence.computeIfAbsent(mention.field() + "\u0000" + mention.sentence(), k -> new ArrayList<>()).add(mention);
            }
        }
        List<RelationMention> found = new ArrayList<>();
        bySentence.values().forEach(group -> found.addAll(new Sentence(group).relations(acronyms)));
        return found;
    }

    /** One sentence's text as code points, where it starts in its field, and its mentions in order. */
    private static final class Sentence {
        private final int[] text;
        private final int offset;
        private final List<Mention> mentions = new ArrayList<>();
        private final Mention any;

        Sentence(List<Mention> group) {
            any = group.get(0);
            text = any.sentence().codePoints().toArray();
            offset = offset(group);
            group.stream()
                    .filter(m -> m.start() - offset >= 0 && m.end() - offset <= text.length
                            && substring(m.start() - offset, m.end() - offset).equals(m.text()))
                    .sorted(Comparator.comparingInt(Mention::start).thenComparingInt(m -> -m.end()))
                    .forEach(m -> {
                        // nested or overlapping spans: the first and longest wins
                        if (mentions.isEmpty() || mentions.get(mentions.size() - 1).end() <= m.start()) {
                            mentions.add(m);
                        }
                    });
        }

        /** The field offset at which most mentions are found in the sentence (ties: the smallest). */
        private int offset(List<Mention> group) {
            Map<Integer, Integer> votes = new TreeMap<>();
            String sentence = any.sentence();
            for (Mention m : group) {
                for (int i = sentence.indexOf(m.text()); i >= 0; i = sentence.indexOf(m.text(), i + 1)) {
                    votes.merge(m.start() - sentence.codePointCount(0, i), 1, Integer::sum);
                }
            }
            return votes.entrySet().stream().max(Map.Entry.<Integer, Integer>comparingByValue()
                    .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                    .map(Map.Entry::getKey).orElse(Integer.MIN_VALUE / 2);
        }

        private String substring(int from, int to) {
            return new String(text, from, to - from);
        }

        private String between(Mention a, Mention b) {
            return substring(a.end() - offset, b.start() - offset);
        }

        List<RelationMention> relations(List<AcronymPair> acronyms) {
            List<RelationMention> found = new ArrayList<>();
            Mention described = null;
            for (int i = 0; i < mentions.size(); i++) {
                RelationMention broader = broader(i, acronyms);
                if (broader != null) {
                    found.add(broader);
                }
                if (i + 1 < mentions.size()) {
                    found.addAll(cued(i, described));
                    found.addAll(examples(i));
                    found.addAll(reportedOn(i));
                }
                described = broader != null && i + 1 < mentions.size() && broader.object().equals(mentions.get(i + 1)) ? mentions.get(i) : null;
            }
            return found;
        }

        /**
         * The statements cued between mention i and the next. Coordinated subjects and objects share
         * the statement ("A and B outperform C and D"), except that two lists of the same length pair
         * up in order ("MentalXLNet and MentalLongformer based on XLNet and Longformer") and lists of
         * different lengths, or a subject coordinated with something that is no mention, give nothing
         * when several objects follow: the pairing is then unknown. When mention i is the appositive
         * head of a name, the name is the subject: "Otter, a multi-modal model based on OpenFlamingo"
         * says Otter is based on OpenFlamingo, not multi-modal models in general.
         *
         * @param described the name that mention i describes as an appositive, or null
         */
        private List<RelationMention> cued(int i, Mention described) {
            Mention subject = mentions.get(i);
            Mention object = mentions.get(i + 1);
            String gap = between(subject, object).toLowerCase(Locale.ROOT);
            if (gap.length() > MAX_GAP || CLAUSE_BREAK.matcher(gap.replace("vs.", "vs")).find()
                    || subject.text().equalsIgnoreCase(object.text()) || modifiesNext(object)
                    || gluedToPrevious(subject) || gluedToPrevious(object) || insideParenthesis(subject)) {
                return List.of();
            }
            int first = firstCoordinated(i);
            String before = textBefore(first);
            for (Cue cue : cues(gap, textBefore(i))) {
                if (fits(cue.type(), subject.type(), object.type()) && (!cue.loose() || headsClause(first))) {
                    List<Mention> subjects = described != null ? List.of(described) : mentions.subList(first, i + 1);
                    List<Mention> objects = objects(i + 1);
                    if (subjects.size() > 1 && objects.size() > 1 && subjects.size() != objects.size()
                            || subjects.size() == 1 && objects.size() > 1 && DANGLING_COORDINATION.matcher(before).find()) {
                        return List.of();
                    }
                    List<RelationMention> found = new ArrayList<>();
                    for (int s = 0; s < subjects.size(); s++) {
                        for (int o = 0; o < objects.size(); o++) {
                            if (subjects.size() == 1 || objects.size() == 1 || s == o) {
                                found.add(new RelationMention(cue.type(), subjects.get(s), objects.get(o), COMPONENT + ":" + cue.name(), cue.confidence()));
                            }
                        }
                    }
                    return found;
                }
            }
            return List.of();
        }

        /** The index of the first of the mentions of i's type coordinated with it and ending at it. */
        private int firstCoordinated(int i) {
            int first = i;
            while (first > 0 && mentions.get(first - 1).type() == mentions.get(i).type()
                    && SUBJECT_COORDINATION.matcher(between(mentions.get(first - 1), mentions.get(first))).matches()) {
                first--;
            }
            return first;
        }

        /**
         * The mention at i and those of its kind coordinated after it; models and methods are one kind,
         * as taggers disagree most on that boundary ("GLM outperforms BERT, T5, and GPT").
         */
        private List<Mention> objects(int i) {
            List<Mention> objects = new ArrayList<>(List.of(mentions.get(i)));
            MentionType type = mentions.get(i).type();
            for (int j = i + 1; j < mentions.size(); j++) {
                Mention next = mentions.get(j);
                boolean sameKind = next.type() == type || NAMED.contains(next.type()) && NAMED.contains(type);
                if (!sameKind || !COORDINATION.matcher(between(mentions.get(j - 1), next)).matches()) {
                    break;
                }
                objects.add(next);
            }
            return objects;
        }

        /**
         * "Experiments on ImageNet-1K demonstrate that TLEG achieves ...": the name after the datasets
         * that open the sentence's results was evaluated on them.
         */
        private List<RelationMention> reportedOn(int i) {
            if (mentions.get(i).type() != MentionType.Dataset || i > 0 && COORDINATION.matcher(between(mentions.get(i - 1), mentions.get(i))).matches()
                    || !RESULTS_ON.matcher(textBefore(i)).find()) {
                return List.of();
            }
            List<Mention> datasets = objects(i);
            int next = i + datasets.size();
            if (next >= mentions.size()) {
                return List.of();
            }
            Mention subject = mentions.get(next);
            if (!NAMED.contains(subject.type()) || gluedToPrevious(subject) || modifiesNext(subject)
                    || !SHOW_THAT.matcher(between(datasets.get(datasets.size() - 1), subject).toLowerCase(Locale.ROOT)).matches()) {
                return List.of();
            }
            return datasets.stream()
                    .map(d -> new RelationMention(RelationType.EVALUATED_ON, subject, d, COMPONENT + ":results-on", 0.7))
                    .toList();
        }

        /** Lower-cased text between the previous mention (or the sentence start) and mention i. */
        private String textBefore(int i) {
            return substring(i == 0 ? 0 : mentions.get(i - 1).end() - offset, mentions.get(i).start() - offset).toLowerCase(Locale.ROOT);
        }

        /**
         * Whether mention i is the first mention of its clause and no preposition's object, as the
         * subject of a loose cue must be: in "continual pretraining enables LLMs to specialize
         * compared to fine-tuning" the comparison is not about LLMs.
         */
        private boolean headsClause(int i) {
            String before = substring(0, mentions.get(i).start() - offset).toLowerCase(Locale.ROOT);
            Matcher start = CLAUSE_START.matcher(before);
            int clauseStart = 0;
            while (start.find()) {
                clauseStart = start.end();
            }
            return (i == 0 || mentions.get(i - 1).end() - offset <= clauseStart) && !PREPOSITION_BEFORE.matcher(before).find();
        }

        /**
         * "Large language models such as GPT-4 and LLaMA": each example is a kind of the concept before
         * it. That concept must be a plural class; after a singular one the examples belong to a noun
         * further back ("approaches for unsupervised pretraining, including factor models").
         */
        private List<RelationMention> examples(int i) {
            Mention broader = mentions.get(i);
            if (!NAMED.contains(broader.type()) || !PLURAL.matcher(broader.text()).find() || modifiesNext(broader) || gluedToPrevious(broader)
                    || !SUCH_AS.matcher(between(broader, mentions.get(i + 1))).matches()) {
                return List.of();
            }
            List<RelationMention> found = new ArrayList<>();
            for (Mention example : objects(i + 1)) {
                if (NAMED.contains(example.type()) && !example.text().equalsIgnoreCase(broader.text()) && !gluedToPrevious(example)
                        && !modifiesNext(example)) {
                    found.add(new RelationMention(RelationType.BROADER, example, broader, COMPONENT + ":such-as", 0.7));
                }
            }
            return found;
        }

        /** "softmax attention-based models": a mention glued by a hyphen to the next word is not a head. */
        private boolean modifiesNext(Mention mention) {
            int end = mention.end() - offset;
            return end + 1 < text.length && text[end] == '-' && Character.isLetter(text[end + 1]);
        }

        /**
         * "OpenFlamingo (open-sourced version of DeepMind's Flamingo), trained on MIMIC-IT": a mention
         * inside a parenthesis with other words is an aside, not the subject of what follows it. An
         * acronym alone in its parenthesis ("(P5) for recommendation") stands for its long form.
         */
        private boolean insideParenthesis(Mention mention) {
            int start = mention.start() - offset;
            int end = mention.end() - offset;
            int open = start - 1;
            while (open >= 0 && text[open] != '(' && text[open] != ')') {
                open--;
            }
            int close = end;
            while (close < text.length && text[close] != ')' && text[close] != '(') {
                close++;
            }
            return open >= 0 && text[open] == '(' && close < text.length && text[close] == ')'
                    && !substring(open + 1, close).strip().equals(mention.text());
        }

        /** "VAR-CLIP": a mention glued by a hyphen to the word before is only part of a name. */
        private boolean gluedToPrevious(Mention mention) {
            int start = mention.start() - offset;
            return start >= 2 && text[start - 1] == '-' && Character.isLetterOrDigit(text[start - 2]);
        }

        private static List<Cue> cues(String gap, String before) {
            List<Cue> cues = new ArrayList<>();
            if (ON.matcher(gap).matches()) {
                Matcher verb = VERB_BEFORE.matcher(before);
                if (verb.matches()) {
                    boolean training = verb.group(1).contains("train") || verb.group(1).contains("tun");
                    cues.add(training ? VERB_TRAINED_ON : VERB_EVALUATED_ON);
                }
            }
            CUES.stream().filter(c -> c.between().matcher(gap).matches()).forEach(cues::add);
            return cues;
        }

        private static boolean fits(RelationType type, MentionType subject, MentionType object) {
            return switch (type) {
                case TRAINED_ON, EVALUATED_ON -> NAMED.contains(subject) && type.accepts(object);
                case APPLIED_TO -> NAMED.contains(subject) && type.accepts(object);
                default -> NAMED.contains(subject) && NAMED.contains(object);
            };
        }

        /**
         * "A, a conditional latent diffusion model" or "A is a ...": A is a kind of the appositive's head.
         * The head is the next mention when it ends the noun phrase (and is not A's own long form);
         * otherwise its last two words when they end in a kind noun ("foundation model").
         */
        private RelationMention broader(int i, List<AcronymPair> acronyms) {
            Mention subject = mentions.get(i);
            Mention next = i + 1 < mentions.size() ? mentions.get(i + 1) : null;
            if (!NAMED.contains(subject.type()) || gluedToPrevious(subject) || describesPrevious(i)) {
                return null;
            }
            int from = subject.end() - offset;
            String rest = substring(from, text.length);
            Matcher appositive = APPOSITIVE.matcher(rest);
            if (!appositive.lookingAt()) {
                return null;
            }
            int phraseStart = from + appositive.end();
            Matcher end = PHRASE_END.matcher(substring(phraseStart, text.length));
            int phraseEnd = end.find() ? phraseStart + end.start() : text.length;
            boolean nextEndsPhrase = next != null && next.start() - offset >= phraseStart && next.end() - offset == phraseEnd;
            if (nextEndsPhrase && NAMED.contains(next.type()) && !longFormOf(subject, next, acronyms)) {
                return new RelationMention(RelationType.BROADER, subject, next, COMPONENT + ":appositive", 0.8);
            }
            if (next != null && next.start() - offset < phraseEnd && !nextEndsPhrase && !longFormOf(subject, next, acronyms)) {
                return null;
            }
            Mention head = head(phraseStart, phraseEnd);
            return head == null ? null : new RelationMention(RelationType.BROADER, subject, head, COMPONENT + ":appositive-head", 0.6);
        }

        /**
         * Whether an appositive after mention i is more likely about something else: "a generative
         * model, a forward description" (a class, not a name) or "EnKG for diffusion models, a
         * derivative-free approach" (a mention that only qualifies the one before it).
         */
        private boolean describesPrevious(int i) {
            String before = textBefore(i);
            return before.matches("(?s).*\\b(?:a|an)\\s+") || i > 0 && PREPOSITION_ONLY.matcher(before).matches();
        }

        /** A Method mention for the last two words of a phrase ending in a kind noun, or null. */
        private Mention head(int phraseStart, int phraseEnd) {
            String phrase = substring(phraseStart, phraseEnd).strip();
            String[] words = phrase.split("\\s+");
            if (words.length < 2 || words.length > 6) {
                return null;
            }
            String last = words[words.length - 1].toLowerCase(Locale.ROOT);
            String modifier = words[words.length - 2].toLowerCase(Locale.ROOT);
            if (!KIND_NOUNS.contains(last) || GENERIC_MODIFIERS.contains(modifier) || !modifier.matches("[a-z][a-z-]*[a-z]")
                    || modifier.endsWith("-based") || modifier.endsWith("-like") || modifier.endsWith("-scale")) {
                return null;
            }
            String head = words[words.length - 2] + " " + words[words.length - 1];
            String trimmed = substring(phraseStart, phraseEnd).stripTrailing();
            int headEnd = phraseStart + trimmed.codePointCount(0, trimmed.length());
            int headStart = headEnd - head.codePointCount(0, head.length());
            return new Mention(any.field(), MentionType.Method, head, headStart + offset, headEnd + offset, any.sentence(), COMPONENT, 0.6);
        }

        private static boolean longFormOf(Mention shortForm, Mention longForm, List<AcronymPair> acronyms) {
            return acronyms.stream().anyMatch(p -> p.shortForm().equals(shortForm.text()) && p.longForm().equals(longForm.text()));
        }
    }
}
