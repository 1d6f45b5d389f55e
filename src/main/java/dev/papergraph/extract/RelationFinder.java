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
 * "msGFM, a multisensor geospatial foundation model" (broader), "based on", "trained on",
 * "evaluated on", "for" a task, "compared with", "outperforms". The text between the two mentions
 * must be short and hold no clause break; "A outperforms B and C" gives both statements. Objects of
 * "trained on" and "evaluated on" must be datasets, of "applied to" tasks; the other statements
 * relate methods and models only. Each statement's component names its pattern ({@code pattern:based-on}).
 */
public final class RelationFinder {
    /** Component of the mentions this finder adds for a broader concept named by no mention. */
    public static final String COMPONENT = "pattern";
    private static final int MAX_GAP = 90;
    private static final Set<MentionType> NAMED = Set.of(MentionType.Model, MentionType.Method);
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[;:.!?]|\\b(which|while|whereas|but|however|although)\\b");
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

    /** A cue between subject and object, the statement it gives, and the types it relates. */
    private record Cue(String name, RelationType type, Pattern between, double confidence) {}

    private static final String ARTICLES = "(?:(?:the|a|an|our|its|their|several|standard|original|existing|recent|previous|other|\\d+)\\s+)*";
    /** Up to four words before an object that are not prepositions: "outperforms even 10x larger models such as". */
    private static final String MODIFIERS = "(?:(?!(?:in|on|of|at|for|by|with|across|to|terms|and|or)\\s)[\\w-]+\\s+){0,5}?";
    private static final List<Cue> CUES = List.of(
            new Cue("based-on", RelationType.BASED_ON, Pattern.compile(
                    "\\s*\\)?\\s*,?\\s*(?:(?:which|that) (?:is|are) |is |are |was |were )?(?:(?:\\w+ly )?based on|built (?:up)?on|builds (?:up)?on|extends|extending|an extension of|an improved version of|a variant of|derived from|initiali[sz]ed (?:from|with))\\s+"
                            + ARTICLES + "(?:pre-?trained\\s+)?"), 0.8),
            new Cue("trained-on", RelationType.TRAINED_ON, Pattern.compile(
                    "\\s*\\)?\\s*,?\\s*(?:(?:is|are|was|were|being) )?(?:(?:pre-?|post-?)?trained|fine-?tuned|pre-?trained) (?:\\w+ )?(?:on|using|with)\\s+"
                            + ARTICLES + "(?:[\\w-]+\\s+){0,2}"), 0.8),
            new Cue("evaluated-on", RelationType.EVALUATED_ON, Pattern.compile(
                    ".*\\b(?:evaluat\\w*|experiments?|test(?:ed|ing)?|benchmark(?:ed|ing)?|validat\\w+|achiev\\w+|results?|accuracy|performance)\\b.*\\b(?:on|across|against)\\s+"
                            + ARTICLES + "(?:[\\w-]+\\s+){0,2}"), 0.7),
            new Cue("applied-to", RelationType.APPLIED_TO, Pattern.compile(
                    "\\s*\\)?\\s*,?\\s*(?:(?:is|are|was|were|can be|has been|have been) )?(?:applied|adapted|used|employed|tailored|designed) (?:to|for)\\s+"
                            + ARTICLES + "|\\s*\\)?\\s*(?:to (?:solve|address|tackle|perform|improve)|for)\\s+" + ARTICLES), 0.7),
            new Cue("outperforms", RelationType.OUTPERFORMS, Pattern.compile(
                    "\\s*\\)?\\s*(?:\\w+ )?(?:\\w+ )?(?:outperform\\w*|surpass\\w*|(?:is |are )?(?:better|stronger) than|(?:is |are )?superior to|beat\\w*)\\s+"
                            + MODIFIERS + "(?:such as\\s+|including\\s+|like\\s+)?" + ARTICLES), 0.8),
            new Cue("compared-with", RelationType.COMPARED_WITH, Pattern.compile(
                    ".*\\b(?:compared (?:with|to)|in comparison (?:with|to)|versus|vs\\.?|than)\\s+" + ARTICLES + "(?:[\\w-]+\\s+){0,3}"), 0.6));
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
            for (int i = 0; i < mentions.size(); i++) {
                Mention subject = mentions.get(i);
                RelationMention broader = broader(subject, i + 1 < mentions.size() ? mentions.get(i + 1) : null, acronyms);
                if (broader != null) {
                    found.add(broader);
                }
                if (i + 1 < mentions.size()) {
                    found.addAll(cued(i));
                }
            }
            return found;
        }

        /** The statements cued between mention i and the next, extended over a coordination of objects. */
        private List<RelationMention> cued(int i) {
            Mention subject = mentions.get(i);
            Mention object = mentions.get(i + 1);
            String gap = between(subject, object).toLowerCase(Locale.ROOT);
            if (gap.length() > MAX_GAP || CLAUSE_BREAK.matcher(gap.replace("vs.", "vs")).find()
                    || subject.text().equalsIgnoreCase(object.text()) || modifiesNext(object)) {
                return List.of();
            }
            String before = substring(i == 0 ? 0 : mentions.get(i - 1).end() - offset, subject.start() - offset).toLowerCase(Locale.ROOT);
            for (Cue cue : cues(gap, before)) {
                if (fits(cue.type(), subject.type(), object.type())) {
                    List<RelationMention> found = new ArrayList<>();
                    found.add(new RelationMention(cue.type(), subject, object, COMPONENT + ":" + cue.name(), cue.confidence()));
                    for (int j = i + 2; j < mentions.size(); j++) {
                        Mention next = mentions.get(j);
                        if (next.type() != object.type() || !COORDINATION.matcher(between(mentions.get(j - 1), next)).matches()) {
                            break;
                        }
                        found.add(new RelationMention(cue.type(), subject, next, COMPONENT + ":" + cue.name(), cue.confidence()));
                    }
                    return found;
                }
            }
            return List.of();
        }

        /** "softmax attention-based models": a mention glued by a hyphen to the next word is not a head. */
        private boolean modifiesNext(Mention mention) {
            int end = mention.end() - offset;
            return end + 1 < text.length && text[end] == '-' && Character.isLetter(text[end + 1]);
        }

        private static List<Cue> cues(String gap, String before) {
            List<Cue> cues = new ArrayList<>();
            if (ON.matcher(gap).matches()) {
                Matcher verb = VERB_BEFORE.matcher(before);
                if (verb.matches()) {
                    boolean training = verb.group(1).contains("train") || verb.group(1).contains("tun");
                    cues.add(training ? CUES.get(1) : CUES.get(2));
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
        private RelationMention broader(Mention subject, Mention next, List<AcronymPair> acronyms) {
            if (!NAMED.contains(subject.type())) {
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
