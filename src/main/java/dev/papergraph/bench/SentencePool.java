package dev.papergraph.bench;

import dev.papergraph.ingest.JsonText;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParsingException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The real sentences {@link ScaleCorpus} composes abstracts from, read once from the annotated corpora
 * (every {@code *.jsonl} under a folder, in path order): each record's {@code text}, split at its
 * {@code sentence_spans} where it has them, joined back from the corpora's space-separated tokens, kept
 * only when it looks like a clean sentence of prose, and deduplicated. The annotated Method, Dataset and
 * Task names of each kept sentence become the concepts a paper can be about.
 */
final class SentencePool {
    /** A concept name and the pool sentences that mention it; ranked by how many sentences do. */
    record Concept(String label, String type, int[] sentences) {}

    private static final JsonReaderFactory JSON = Json.createReaderFactory(Map.of());
    private static final int MIN_WORDS = 8;
    private static final int MAX_WORDS = 60;
    private static final Set<String> CONCEPT_TYPES = Set.of("Method", "Dataset", "Task");

    // Markup, citations, references to figures and the SciER corpus's digit-by-digit numbers ("4 2 . 2 %"),
    // and what SciREX leaves where it removed math or a citation ("an image,, that has the same support as.").
    private static final String MARKUP_CHARS = "[]{}<>\\$_=#@|~^*\"`";
    private static final Set<String> REFERENCE_WORDS =
            Set.of("Fig", "Figs", "Figure", "Table", "Tab", "Eq", "Sec", "Section", "Appendix", "Algorithm");
    private static final Set<String> HEADING_WORDS = Set.of("section", "document", "reference", "citation");
    private static final Set<String> WORDS_BEFORE_NOTHING = Set.of("the", "a", "an", "of", "to", "by", "with", "from",
            "between", "as", "than", "is", "are", "be", "in", "for", "where", "then", "at");
    private static final Set<String> BROKEN_PAIRS = brokenPairs();
    private static final String OPENING_PUNCTUATION = ",;:(";
    private static final String CLOSING_PUNCTUATION = ",.;:)";

    private static Set<String> brokenPairs() {
        Set<String> pairs = new HashSet<>(Set.of("et al", "Let be", "let be"));
        for (String first : List.of("between", "the", "a", "an")) {
            for (String second : List.of("and", "or", "of", "is", "are")) {
                pairs.add(first + " " + second);
            }
        }
        for (String first : List.of("of", "to", "by")) {
            for (String second : List.of("and", "or", "is", "are", "of")) {
                pairs.add(first + " " + second);
            }
        }
        return Set.copyOf(pairs);
    }

    private static final Pattern OPENER = Pattern.compile(
            "^(?:We (?:propose|present|introduce|describe|develop|study|investigate|address|consider|explore)"
                    + "|In this (?:paper|work|article|study)|This (?:paper|work|article) (?:presents|proposes|introduces|describes|studies|addresses)"
                    + "|Here,? we)\\b");
    private static final Pattern CLOSER = Pattern.compile(
            "\\b(?:outperform\\w*|state-of-the-art|state of the art|experiments? (?:show|demonstrate)|results (?:show|demonstrate|indicate)"
                    + "|significantly improv\\w*|achiev\\w* (?:new|the best|competitive))\\b");

    private final List<String> texts;
    private final byte[][] jsonTexts;
    private final int[] openers;
    private final int[] closers;
    private final List<Concept> concepts;
    private final int[][] conceptsOfSentence;
    private final int files;

    private SentencePool(List<String> texts, int[][] conceptsOfSentence, List<Concept> concepts, int files) {
        this.texts = List.copyOf(texts);
        this.jsonTexts = texts.stream().map(t -> JsonText.escape(t).getBytes(StandardCharsets.UTF_8)).toArray(byte[][]::new);
        this.conceptsOfSentence = conceptsOfSentence;
        this.concepts = List.copyOf(concepts);
        this.openers = indexesMatching(texts, OPENER, true);
        this.closers = indexesMatching(texts, CLOSER, false);
        this.files = files;
    }

    /**
     * Reads every {@code *.jsonl} file under {@code corpora}.
     *
     * @throws IllegalArgumentException when the folder is missing, holds no corpus file, or gives no sentence
     * @throws UncheckedIOException when a file cannot be read
     */
    static SentencePool read(Path corpora) {
        if (!Files.isDirectory(corpora)) {
            throw new IllegalArgumentException(corpora + ": corpora folder not found "
                    + "(give --corpora, the folder of annotated corpora whose *.jsonl records carry a 'text')");
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(corpora)) {
            files = walk.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(".jsonl"))
                    .sorted(Comparator.comparing(p -> corpora.relativize(p).toString()))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(corpora + ": " + e.getMessage(), e);
        }
        if (files.isEmpty()) {
            throw new IllegalArgumentException(corpora + ": no *.jsonl corpus file in this folder");
        }
        Builder builder = new Builder();
        for (Path file : files) {
            builder.readFile(file);
        }
        if (builder.texts.isEmpty()) {
            throw new IllegalArgumentException(corpora + ": no usable sentence in " + files.size() + " corpus files");
        }
        return builder.build(files.size());
    }

    int size() {
        return texts.size();
    }

    int files() {
        return files;
    }

    String text(int sentence) {
        return texts.get(sentence);
    }

    /** The sentence as the inside of a JSON string in UTF-8, escaped and encoded once here rather than per paper. */
    byte[] jsonText(int sentence) {
        return jsonTexts[sentence];
    }

    /** Indexes into {@link #concepts()} of the concepts this sentence mentions. */
    int[] conceptsOf(int sentence) {
        return conceptsOfSentence[sentence];
    }

    /** Sentences that open an abstract ("We propose …", "In this paper …"). */
    int[] openers() {
        return openers;
    }

    /** Sentences that close one (results, comparisons with the state of the art). */
    int[] closers() {
        return closers;
    }

    /** Concepts ordered from the most to the least mentioned, ties by label. */
    List<Concept> concepts() {
        return concepts;
    }

    private static int[] indexesMatching(List<String> texts, Pattern pattern, boolean atStart) {
        List<Integer> found = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            if (atStart ? pattern.matcher(texts.get(i)).lookingAt() : pattern.matcher(texts.get(i)).find()) {
                found.add(i);
            }
        }
        return found.stream().mapToInt(Integer::intValue).toArray();
    }

    private static final class Builder {
        private final List<String> texts = new ArrayList<>();
        private final List<List<String>> conceptKeys = new ArrayList<>();
        private final Set<String> seen = new HashSet<>();
        private final Map<String, String> labels = new HashMap<>();
        private final Map<String, String> types = new HashMap<>();

        void readFile(Path file) {
            try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    if (!line.isBlank()) {
                        readRecord(line);
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(file + ": " + e.getMessage(), e);
            }
        }

        private void readRecord(String line) {
            JsonObject record;
            try (JsonReader reader = JSON.createReader(new StringReader(line))) {
                JsonValue value = reader.readValue();
                if (value.getValueType() != JsonValue.ValueType.OBJECT) {
                    return;
                }
                record = value.asJsonObject();
            } catch (JsonParsingException e) {
                return; // a broken line gives no sentence; the pool is a sample, not a copy
            }
            if (!(record.get("text") instanceof JsonString textValue)) {
                return;
            }
            String text = textValue.getString();
            List<Entity> entities = entities(record);
            if (record.get("sentence_spans") instanceof JsonArray spans) {
                for (JsonValue span : spans) {
                    if (span instanceof JsonArray pair && pair.size() == 2) {
                        int begin = pair.getInt(0);
                        int end = pair.getInt(1);
                        if (0 <= begin && begin < end && end <= text.length()) {
                            add(text.substring(begin, end), within(entities, begin, end));
                        }
                    }
                }
            } else {
                add(text, entities);
            }
        }

        /** An annotated concept name: its type, its character offsets in the record, and its text. */
        private record Entity(String type, int begin, int end, String text) {}

        /** The record's entities of the concept types, in offset order. */
        private static List<Entity> entities(JsonObject record) {
            List<Entity> entities = new ArrayList<>();
            if (record.get("entities") instanceof JsonArray array) {
                for (JsonValue value : array) {
                    if (value instanceof JsonObject entity
                            && entity.get("type") instanceof JsonString type
                            && entity.get("text") instanceof JsonString text
                            && CONCEPT_TYPES.contains(type.getString())) {
                        entities.add(new Entity(type.getString(), entity.getInt("start", -1), entity.getInt("end", -1),
                                text.getString()));
                    }
                }
            }
            entities.sort(Comparator.comparingInt(Entity::begin));
            return entities;
        }

        private static List<Entity> within(List<Entity> entities, int begin, int end) {
            List<Entity> inside = new ArrayList<>();
            int from = lowerBound(entities, begin);
            for (int i = from; i < entities.size() && entities.get(i).begin() < end; i++) {
                if (entities.get(i).end() <= end) {
                    inside.add(entities.get(i));
                }
            }
            return inside;
        }

        private static int lowerBound(List<Entity> entities, int begin) {
            int low = 0;
            int high = entities.size();
            while (low < high) {
                int mid = (low + high) >>> 1;
                if (entities.get(mid).begin() < begin) {
                    low = mid + 1;
                } else {
                    high = mid;
                }
            }
            return low;
        }

        private void add(String raw, List<Entity> entities) {
            boolean tokenized = isTokenized(raw);
            String sentence = detokenize(raw, tokenized);
            if (!usable(sentence) || !seen.add(sentence)) {
                return;
            }
            List<String> found = new ArrayList<>();
            for (Entity entity : entities) {
                String label = detokenize(entity.text(), tokenized);
                if (label.length() < 2 || label.length() > 60 || !sentence.contains(label)) {
                    continue;
                }
                String key = label.toLowerCase(Locale.ROOT);
                if (!found.contains(key)) {
                    found.add(key);
                    labels.putIfAbsent(key, label);
                    types.putIfAbsent(key, entity.type());
                }
            }
            texts.add(sentence);
            conceptKeys.add(found);
        }

        SentencePool build(int files) {
            Map<String, List<Integer>> sentencesOf = new HashMap<>();
            for (int i = 0; i < conceptKeys.size(); i++) {
                for (String key : conceptKeys.get(i)) {
                    sentencesOf.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
                }
            }
            List<String> ranked = new ArrayList<>(sentencesOf.keySet());
            ranked.sort(Comparator.comparing((String key) -> -sentencesOf.get(key).size()).thenComparing(key -> key));
            Map<String, Integer> rankOf = new HashMap<>();
            List<Concept> concepts = new ArrayList<>();
            for (String key : ranked) {
                rankOf.put(key, concepts.size());
                concepts.add(new Concept(labels.get(key), types.get(key),
                        sentencesOf.get(key).stream().mapToInt(Integer::intValue).toArray()));
            }
            int[][] conceptsOfSentence = new int[texts.size()][];
            for (int i = 0; i < texts.size(); i++) {
                conceptsOfSentence[i] = conceptKeys.get(i).stream().mapToInt(rankOf::get).toArray();
            }
            return new SentencePool(texts, conceptsOfSentence, concepts, files);
        }
    }

    /** A sentence of prose: capitalised, ends with a full stop, 8 to 60 words, no markup or citation. */
    static boolean usable(String sentence) {
        if (sentence.isEmpty() || !Character.isUpperCase(sentence.charAt(0)) || !sentence.endsWith(".")) {
            return false;
        }
        int words = 1;
        for (int i = 0; i < sentence.length(); i++) {
            if (sentence.charAt(i) == ' ') {
                words++;
            }
        }
        if (words < MIN_WORDS || words > MAX_WORDS) {
            return false;
        }
        int open = 0;
        for (int i = 0; i < sentence.length(); i++) {
            char c = sentence.charAt(i);
            if (c == '(') {
                open++;
            } else if (c == ')' && --open < 0) {
                return false;
            } else if (Character.isISOControl(c) || MARKUP_CHARS.indexOf(c) >= 0) {
                return false;
            }
        }
        return open == 0 && !broken(sentence);
    }

    /**
     * Whether the sentence has a link, a citation ("et al"), a reference to a figure or table, a heading
     * ("section :"), a number split digit by digit, or the gap a removed formula or citation leaves: a
     * word like "the" or "between" followed by punctuation or by "and", two punctuation marks in a row.
     * Tokens are runs of letters and digits or single other characters; sentences have single spaces.
     */
    static boolean broken(String sentence) {
        if (sentence.contains("http:") || sentence.contains("https:") || sentence.contains("www.")) {
            return true;
        }
        String before = null;
        String previous = null;
        int previousEnd = 0;
        int n = sentence.length();
        int i = 0;
        while (i < n) {
            if (sentence.charAt(i) == ' ') {
                i++;
                continue;
            }
            int start = i;
            if (Character.isLetterOrDigit(sentence.charAt(i))) {
                while (i < n && Character.isLetterOrDigit(sentence.charAt(i))) {
                    i++;
                }
            } else {
                i++;
            }
            String token = sentence.substring(start, i);
            if (brokenAt(before, previous, token, start > previousEnd, sentence, i)) {
                return true;
            }
            before = previous;
            previous = token;
            previousEnd = i;
        }
        return false;
    }

    private static boolean brokenAt(String before, String previous, String token, boolean spaced, String sentence, int end) {
        char first = token.charAt(0);
        boolean word = Character.isLetterOrDigit(first);
        if (word && REFERENCE_WORDS.contains(token)) {
            return true;
        }
        if (previous == null) {
            return false;
        }
        boolean previousWord = Character.isLetterOrDigit(previous.charAt(0));
        if (!word) {
            boolean closing = token.length() == 1 && CLOSING_PUNCTUATION.indexOf(first) >= 0;
            if (closing && (previousWord ? WORDS_BEFORE_NOTHING.contains(previous) : OPENING_PUNCTUATION.contains(previous))) {
                return true;
            }
            if (first == ':' && HEADING_WORDS.contains(previous)) {
                return true;
            }
            // "42. 2": a number, a full stop, a space and a digit
            return first == '.' && previousWord && !spaced && Character.isDigit(previous.charAt(previous.length() - 1))
                    && end + 1 < sentence.length() && sentence.charAt(end) == ' ' && Character.isDigit(sentence.charAt(end + 1));
        }
        if (!previousWord || !spaced) {
            return false;
        }
        if (token.length() == 1 && previous.length() == 1 && Character.isDigit(first) && Character.isDigit(previous.charAt(0))) {
            return true; // "2 0 1 2"
        }
        return BROKEN_PAIRS.contains(previous + " " + token)
                || token.equals("be") && previous.equals("us") && ("Let".equals(before) || "let".equals(before));
    }

    /**
     * Joins the corpora's space-separated tokens back into text: "( CNNs ) ," becomes "(CNNs),", "end - to - end"
     * becomes "end-to-end". Text that was never tokenized (TDMSci; see {@link #isTokenized}) keeps its tokens as they
     * are, its spaces made single.
     */
    static String detokenize(String text) {
        return detokenize(text, isTokenized(text));
    }

    /** Whether text is in the corpora's tokenized form: a full stop, comma or bracket standing apart. */
    static boolean isTokenized(String text) {
        String s = text.stripTrailing();
        return s.endsWith(" .") || s.contains(" , ") || s.contains("( ") || s.contains(" )");
    }

    /** Spaces made single; tokens joined too when {@code tokenized}. */
    static String detokenize(String text, boolean tokenized) {
        if (!tokenized) {
            return SPACES.matcher(text.strip()).replaceAll(" ");
        }
        StringBuilder out = new StringBuilder(text.length());
        int n = text.length();
        int i = 0;
        boolean glueNext = true;
        while (i < n) {
            while (i < n && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && !Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (start == i) {
                break;
            }
            char first = text.charAt(start);
            int length = i - start;
            boolean hyphen = length == 1 && first == '-' && out.length() > 0
                    && isWordChar(out.charAt(out.length() - 1)) && i + 1 < n && isWordChar(text.charAt(i + 1));
            boolean attachesLeft = ",.;:?!)%".indexOf(first) >= 0
                    || text.startsWith("'s", start) && length == 2
                    || text.startsWith("n't", start) && length == 3;
            if (!glueNext && !attachesLeft && !hyphen) {
                out.append(' ');
            }
            out.append(text, start, i);
            glueNext = hyphen || text.charAt(i - 1) == '(';
        }
        return out.toString();
    }

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }
}
