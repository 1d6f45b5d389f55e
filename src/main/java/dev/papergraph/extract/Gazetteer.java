package dev.papergraph.extract;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Names of well-known datasets, models, methods and metrics, read from TSV files on the classpath
 * ({@code name<TAB>type}, {@code #} comments). Names are tokenized like the text they are matched
 * against; a name without capitals matches in any case, others only as written.
 */
final class Gazetteer {
    static final String COMPONENT = "gazetteer";
    static final List<String> RESOURCES = List.of("datasets.tsv", "models.tsv", "methods.tsv", "metrics.tsv", "tasks.tsv");

    record Entry(String name, List<String> words, MentionType type, boolean caseless) {}

    /** Companies and labs, one name per line: they make data sets, models and methods but name none of them. */
    static final String ORGANISATIONS = "organisations.txt";

    private final Map<String, List<Entry>> byFirstWord;
    private final Map<String, Entry> byName;
    private final Set<String> organisations;
    private final int size;

    private Gazetteer(List<Entry> entries, Set<String> organisations) {
        Map<String, List<Entry>> index = new HashMap<>();
        Map<String, Entry> names = new HashMap<>();
        for (Entry entry : entries) {
            index.computeIfAbsent(entry.words().get(0).toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(entry);
            names.putIfAbsent(entry.caseless() ? entry.name().toLowerCase(Locale.ROOT) : entry.name(), entry);
        }
        // Longest names first, so a match takes the longest entry starting at a token.
        index.values().forEach(list -> list.sort(Comparator.comparingInt((Entry e) -> -e.words().size())));
        this.byFirstWord = index;
        this.byName = names;
        this.organisations = organisations;
        this.size = entries.size();
    }

    /** Loads the shipped gazetteer files. */
    static Gazetteer shipped(StanfordCoreNLP nlp) {
        List<Entry> entries = new ArrayList<>();
        for (String resource : RESOURCES) {
            try (InputStream in = open(resource)) {
                entries.addAll(read(in, resource, nlp));
            } catch (IOException e) {
                throw new UncheckedIOException(resource + ": " + e.getMessage(), e);
            }
        }
        try (InputStream in = open(ORGANISATIONS)) {
            return new Gazetteer(entries, readNames(in));
        } catch (IOException e) {
            throw new UncheckedIOException(ORGANISATIONS + ": " + e.getMessage(), e);
        }
    }

    private static InputStream open(String resource) {
        InputStream in = Gazetteer.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("gazetteer " + resource + " is missing from the classpath");
        }
        return in;
    }

    /** One name per line, {@code #} comments. */
    static Set<String> readNames(InputStream in) throws IOException {
        Set<String> names = new HashSet<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        while ((line = reader.readLine()) != null) {
            if (!line.isBlank() && !line.startsWith("#")) {
                names.add(line.trim());
            }
        }
        return names;
    }

    static List<Entry> read(InputStream in, String source, StanfordCoreNLP nlp) throws IOException {
        List<Entry> entries = new ArrayList<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        int lineNo = 0;
        while ((line = reader.readLine()) != null) {
            lineNo++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] columns = line.split("\t");
            if (columns.length != 2) {
                throw new IllegalArgumentException(source + ":" + lineNo + ": expected name<TAB>type");
            }
            MentionType type;
            try {
                type = MentionType.parse(columns[1]);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(source + ":" + lineNo + ": " + e.getMessage());
            }
            String name = columns[0].trim();
            entries.add(entry(name, type, nlp));
            // Released models are often written without the hyphen before their version: "GPT4", "BLIP2".
            if (type == MentionType.Model && UNHYPHENATED.matcher(name).matches()) {
                entries.add(entry(name.replace("-", ""), type, nlp));
            }
            // Data sets named by capitalised words are also written as one word: "VisualGenome", "MSMARCO".
            if (type == MentionType.Dataset && SPACED_NAME.matcher(name).matches()) {
                entries.add(entry(name.replace(" ", ""), type, nlp));
            }
        }
        return entries;
    }

    /** A cased model name with a hyphen before its version number: "GPT-4", "BLIP-2", "LLaMA-2". */
    private static final Pattern UNHYPHENATED = Pattern.compile("\\p{L}*\\p{Lu}\\p{L}*-\\d+(\\.\\d+)?");

    /** A name of several words that each open with a capital or a digit: "Visual Genome", "MS MARCO", "CoNLL 2003". */
    private static final Pattern SPACED_NAME = Pattern.compile("[\\p{Lu}\\d][\\p{L}\\d.-]*( [\\p{Lu}\\d][\\p{L}\\d.-]*)+");

    private static Entry entry(String name, MentionType type, StanfordCoreNLP nlp) {
        List<String> words = new ArrayList<>();
        AnalyzedText.of(nlp, name).sentences().forEach(s -> s.forEach(t -> words.add(t.word())));
        return new Entry(name, words, type, name.equals(name.toLowerCase(Locale.ROOT)));
    }

    int size() {
        return size;
    }

    /** Whether a text is exactly the name of a company or lab ("OpenAI", "Microsoft"), which is no mention of any type. */
    boolean namesOrganisation(String text) {
        return organisations.contains(text);
    }

    /** The type of a name written exactly as in the gazetteer (or in any case for a caseless entry). */
    Optional<MentionType> typeOf(String name) {
        Entry entry = byName.get(name);
        if (entry == null) {
            entry = byName.get(name.toLowerCase(Locale.ROOT));
            if (entry != null && !entry.caseless()) {
                entry = null;
            }
        }
        return Optional.ofNullable(entry).map(Entry::type);
    }

    /** Non-overlapping longest matches in a sentence, left to right. */
    List<Candidate> find(List<CoreLabel> sentence, int sentenceIndex) {
        List<Candidate> found = new ArrayList<>();
        int i = 0;
        while (i < sentence.size()) {
            Entry match = null;
            for (Entry entry : byFirstWord.getOrDefault(sentence.get(i).word().toLowerCase(Locale.ROOT), List.of())) {
                if (matches(entry, sentence, i)) {
                    match = entry;
                    break;
                }
            }
            if (match == null) {
                i++;
                continue;
            }
            int end = i + match.words().size();
            if (i > 0 && sentence.get(i - 1).word().equals("-")) {
                // The end of a longer hyphenated name ("DPA-RAG"): not this entry.
                i = end;
                continue;
            }
            int from = i;
            if (!match.caseless()) {
                if (match.type() == MentionType.Model && end < sentence.size()
                        && sentence.get(end).word().matches("\\d(\\.\\d)?")) {
                    // A release number after a model family name: "OLMo 2", "Qwen 2.5".
                    end++;
                }
                end = extendVersion(sentence, end);
                if (match.type() == MentionType.Dataset && i > 0 && isLanguageName(sentence.get(i - 1).word())) {
                    // "English Wikipedia", "Chinese PropBank": a language edition of a listed corpus is its own data set.
                    from--;
                }
            } else if (match.caseless() && Character.isUpperCase(sentence.get(i).word().codePointAt(0))) {
                from = extendCapitalised(sentence, i);
            }
            MentionType type = match.type();
            if (match.caseless() && type != MentionType.Metric && end < sentence.size()
                    && METRIC_HEADS.contains(sentence.get(end).word().toLowerCase(Locale.ROOT))) {
                // "pre-training loss", "retrieval accuracy": a measure of the thing, not the thing.
                end++;
                type = MentionType.Metric;
            } else if (match.caseless() && type == MentionType.Task && from == i && CuePatterns.PROBLEM_HEADS.contains(match.name())
                    && Character.isLowerCase(sentence.get(i).word().codePointAt(0))) {
                // "scene classification", "wildfire scar segmentation": a one-word task name heads the task phrase its
                // noun modifiers make.
                while (from > 0 && from > i - 3 && isNounModifier(sentence.get(from - 1))) {
                    from--;
                }
            } else if (match.caseless() && type == MentionType.Metric && from == i && i > 0 && isNounModifier(sentence.get(i - 1))
                    && Character.isLowerCase(sentence.get(i).word().codePointAt(0))) {
                // "classification accuracy", "generation latency": the measure of one task.
                from--;
            }
            found.add(new Candidate(sentenceIndex, from, end, type, COMPONENT, 0.95));
            i = end;
        }
        return found;
    }

    private static final Pattern SIZE = Pattern.compile(
            "\\d+(\\.\\d+)?[BMKbmk]|XXL|XL|v\\d+(\\.\\d+)*|\\d+(\\.\\d+)?");

    /**
     * Takes in the version and size that follow a name: "GPT-3 175B", "LLaMA-2-7B", "OPT-175B",
     * "PASCAL VOC 2012", and SciER's digit-split "ResNet - 1 0 1".
     */
    private static int extendVersion(List<CoreLabel> sentence, int end) {
        while (end < sentence.size()) {
            CoreLabel next = sentence.get(end);
            String word = next.word();
            boolean adjacent = AnalyzedText.glued(sentence.get(end - 1), next);
            if (word.equals("-") && end + 1 < sentence.size() && isVersion(sentence, end + 1)) {
                end = versionEnd(sentence, end + 1);
            } else if (adjacent && word.equals("-") && end + 1 < sentence.size() && AnalyzedText.glued(next, sentence.get(end + 1))
                    && Character.isUpperCase(sentence.get(end + 1).word().codePointAt(0))) {
                // A named variant: "ImageNet-R", "LAION-Aesthetics", "GPT-J".
                end += 2;
            } else if (adjacent && word.startsWith("-") && word.codePoints().anyMatch(Character::isDigit)) {
                end++;
            } else if (isVersion(sentence, end) && (adjacent || word.codePoints().anyMatch(Character::isLetter)
                    || versionEnd(sentence, end) > end + 1 || word.matches("(19|20)\\d\\d"))) {
                end = versionEnd(sentence, end);
            } else {
                return end;
            }
        }
        return end;
    }

    private static boolean isVersion(List<CoreLabel> sentence, int i) {
        return SIZE.matcher(sentence.get(i).word()).matches();
    }

    /** The end of a version token, or of a run of single digits one space apart (SciER splits "101" into "1 0 1"). */
    private static int versionEnd(List<CoreLabel> sentence, int i) {
        int end = i + 1;
        while (end < sentence.size() && sentence.get(end).word().matches("\\d")
                && sentence.get(end - 1).word().matches("\\d")
                && sentence.get(end).beginPosition() == sentence.get(end - 1).endPosition() + 1) {
            end++;
        }
        return end;
    }

    /** A generic name written in title case inside a longer capitalised name ("Remote Sensing Foundation Model"). */
    private static int extendCapitalised(List<CoreLabel> sentence, int from) {
        int start = from;
        while (start > 1 && isCapitalisedWord(sentence.get(start - 1).word())) {
            start--;
        }
        return start;
    }

    private static boolean isCapitalisedWord(String word) {
        return word.length() > 1 && Character.isUpperCase(word.codePointAt(0)) && word.codePoints().allMatch(c -> Character.isLetterOrDigit(c) || c == '-');
    }

    private static final Set<String> METRIC_HEADS = Set.of("loss", "accuracy", "error", "score", "perplexity",
            "latency", "throughput");

    private static boolean isLanguageName(String word) {
        return Character.isUpperCase(word.codePointAt(0)) && CuePatterns.LANGUAGES.contains(word.toLowerCase(Locale.ROOT));
    }

    private static boolean isNounModifier(CoreLabel token) {
        String tag = token.tag();
        return tag != null && tag.startsWith("NN") && token.word().codePoints().allMatch(Character::isLowerCase);
    }

    /** Head nouns of data: a data set's name right before one may be written in lower case ("the charades dataset"). */
    private static final Set<String> DATA_HEADS = Set.of("dataset", "datasets", "benchmark", "benchmarks", "corpus", "corpora");

    /**
     * Whether a listed data set's name is followed by a data head noun at {@code at}, which vouches for a lower-case
     * writing of it ("the kinetics dataset"); alone, a lower-case "kinetics" or "places" is a common word.
     */
    private static boolean dataHeadAfter(Entry entry, List<CoreLabel> sentence, int at) {
        return entry.type() == MentionType.Dataset && at < sentence.size()
                && DATA_HEADS.contains(sentence.get(at).word().toLowerCase(Locale.ROOT));
    }

    private static boolean matches(Entry entry, List<CoreLabel> sentence, int from) {
        List<String> words = entry.words();
        if (from + words.size() > sentence.size()) {
            return false;
        }
        // A cased name of six letters or more also matches in another capitalisation that starts with a
        // capital ("Big-Bench" for "BIG-Bench", "Imagenet" for "ImageNet"); shorter ones ("SUN", "Pile") do not.
        boolean anyCase = entry.caseless()
                || entry.name().length() >= 6 && Character.isUpperCase(sentence.get(from).word().codePointAt(0))
                || dataHeadAfter(entry, sentence, from + words.size());
        for (int k = 0; k < words.size(); k++) {
            String word = sentence.get(from + k).word();
            if (anyCase ? !word.equalsIgnoreCase(words.get(k)) : !word.equals(words.get(k))) {
                return false;
            }
        }
        return true;
    }
}
