package dev.papergraph.eval;

import dev.papergraph.eval.GoldRecord.GoldSpan;
import dev.papergraph.extract.AcronymPair;
import dev.papergraph.extract.Field;
import dev.papergraph.extract.Mention;
import dev.papergraph.extract.MentionType;
import dev.papergraph.extract.PaperExtraction;
import dev.papergraph.ingest.Paper;
import dev.papergraph.resolve.Concept;
import dev.papergraph.resolve.ConceptResolver;
import dev.papergraph.resolve.ConceptResolver.PaperInput;
import dev.papergraph.resolve.LabelNormalizer;
import dev.papergraph.resolve.Resolution;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Scores concept resolution alone against the gold aliases: the gold mentions and acronym pairs go
 * in, so extraction errors do not count.
 *
 * <ul>
 *   <li><b>Alias recall</b>: of the gold alias pairs (each [short, long] listed in a record, counted
 *       once per record), the share whose two forms (by match form) are both labels of the concept
 *       the record's mention of the short form (else the long form) resolved to.
 *   <li><b>Wrong-merge share</b>: concepts are compared by match form ({@link LabelNormalizer#matchForm}),
 *       so a plain case, plural, hyphen or spacing variant is never a pair. A merged pair is two
 *       different match forms in one concept; gold keeps it apart when the two forms share no gold
 *       alias group (see {@link #goldGroups}). All forms are annotated, since the gold mentions are
 *       the input. The share is merged pairs kept apart over all merged pairs.
 * </ul>
 */
public final class AliasEvaluation {
    /** Sentence ends: a period, question or exclamation mark followed by blanks. */
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?](?=\\s+)");

    /** A [short, long] pair of one record that the resolution did not put in one concept. */
    public record Miss(String paperId, String shortForm, String longForm) {}

    /** Two match forms merged into one concept that no gold record lists as aliases. */
    public record WrongMerge(String conceptKey, String first, String second) {}

    public record Result(int aliasPairs, List<Miss> missed, int mergedPairs, List<WrongMerge> wrongMerges) {
        public double aliasRecall() {
            return aliasPairs == 0 ? 1 : (aliasPairs - missed.size()) / (double) aliasPairs;
        }

        public double wrongMergeShare() {
            return mergedPairs == 0 ? 0 : wrongMerges.size() / (double) mergedPairs;
        }
    }

    private AliasEvaluation() {}

    public static Result evaluate(List<GoldRecord> records, ConceptResolver resolver) {
        Map<String, PaperInput> inputs = new TreeMap<>();
        records.forEach(r -> inputs.put(r.id(), input(r)));
        Resolution resolution = resolver.resolve(inputs.values());

        Map<String, SortedSet<String>> formsOfConcept = new TreeMap<>();
        resolution.concepts().forEach(c -> formsOfConcept.put(c.key(), formsOf(c)));
        int aliasPairs = 0;
        List<Miss> missed = new ArrayList<>();
        for (GoldRecord record : records) {
            Map<String, String> keyOfText = new TreeMap<>();
            inputs.get(record.id()).extraction().mentions()
                    .forEach(m -> keyOfText.putIfAbsent(m.text(), resolution.conceptKeyOf(record.id(), m)));
            for (List<String> pair : record.aliases()) {
                aliasPairs++;
                String key = keyOfText.getOrDefault(pair.get(0), keyOfText.get(pair.get(1)));
                SortedSet<String> forms = key == null ? new TreeSet<>() : formsOfConcept.get(key);
                if (!forms.contains(LabelNormalizer.matchForm(pair.get(0))) || !forms.contains(LabelNormalizer.matchForm(pair.get(1)))) {
                    missed.add(new Miss(record.id(), pair.get(0), pair.get(1)));
                }
            }
        }

        Map<String, Set<String>> goldGroups = goldGroups(records);
        int mergedPairs = 0;
        List<WrongMerge> wrongMerges = new ArrayList<>();
        for (Concept concept : resolution.concepts()) {
            List<String> forms = List.copyOf(formsOfConcept.get(concept.key()));
            for (int i = 0; i < forms.size(); i++) {
                for (int j = i + 1; j < forms.size(); j++) {
                    mergedPairs++;
                    Set<String> shared = new TreeSet<>(goldGroups.getOrDefault(forms.get(i), Set.of()));
                    shared.retainAll(goldGroups.getOrDefault(forms.get(j), Set.of()));
                    if (shared.isEmpty()) {
                        wrongMerges.add(new WrongMerge(concept.key(), forms.get(i), forms.get(j)));
                    }
                }
            }
        }
        return new Result(aliasPairs, List.copyOf(missed), mergedPairs, List.copyOf(wrongMerges));
    }

    private static SortedSet<String> formsOf(Concept concept) {
        SortedSet<String> forms = new TreeSet<>();
        forms.add(LabelNormalizer.matchForm(concept.prefLabel()));
        concept.variants().forEach(v -> forms.add(LabelNormalizer.matchForm(v.label())));
        return forms;
    }

    /**
     * For each match form, the gold alias groups it belongs to. A group is named by a long form and
     * holds it and every short form listed with it; the long forms one record gives the same short
     * form fall in one group. Short forms do not join groups: "LM" may expand to "language model" in
     * one record and "large language model" in another, and those two stay apart.
     */
    private static Map<String, Set<String>> goldGroups(List<GoldRecord> records) {
        Map<String, Set<String>> groups = new TreeMap<>();
        for (GoldRecord record : records) {
            Map<String, String> groupOfShort = new TreeMap<>();
            for (List<String> pair : record.aliases()) {
                groupOfShort.merge(LabelNormalizer.matchForm(pair.get(0)), LabelNormalizer.matchForm(pair.get(1)),
                        (a, b) -> a.compareTo(b) <= 0 ? a : b);
            }
            for (List<String> pair : record.aliases()) {
                String shortForm = LabelNormalizer.matchForm(pair.get(0));
                String group = groupOfShort.get(shortForm);
                groups.computeIfAbsent(shortForm, f -> new TreeSet<>()).add(group);
                groups.computeIfAbsent(LabelNormalizer.matchForm(pair.get(1)), f -> new TreeSet<>()).add(group);
            }
        }
        return groups;
    }

    /** A gold record as the resolver's input: every annotated span a mention, every alias an acronym pair. */
    public static PaperInput input(GoldRecord record) {
        List<Mention> mentions = new ArrayList<>();
        Map<String, MentionType> typeOfText = new TreeMap<>();
        addMentions(mentions, typeOfText, Field.title, record.title(), record.titleEntities());
        addMentions(mentions, typeOfText, Field.abstract_, record.text(), record.entities());
        List<AcronymPair> acronyms = new ArrayList<>();
        for (List<String> pair : record.aliases()) {
            MentionType type = typeOfText.getOrDefault(pair.get(0), typeOfText.getOrDefault(pair.get(1), MentionType.Method));
            acronyms.add(new AcronymPair(pair.get(0), pair.get(1), type));
        }
        Paper paper = new Paper(record.id(), record.title(), record.text(), null, null, null, null, null, null, null);
        return new PaperInput(paper, new PaperExtraction(record.id(), mentions, acronyms, Set.copyOf(record.introduced()), List.of()));
    }

    private static void addMentions(List<Mention> mentions, Map<String, MentionType> typeOfText, Field field, String text, List<GoldSpan> spans) {
        for (GoldSpan span : spans.stream().sorted(Comparator.comparingInt(GoldSpan::start).thenComparingInt(GoldSpan::end)).toList()) {
            typeOfText.putIfAbsent(span.text(), MentionType.parse(span.type()));
            mentions.add(new Mention(
                    field, MentionType.parse(span.type()), span.text(), span.start(), span.end(),
                    sentenceAt(text, text.offsetByCodePoints(0, span.start())), "gold", 1.0));
        }
    }

    /** The sentence around a char index, cut at sentence ends. */
    static String sentenceAt(String text, int index) {
        int start = 0;
        int end = text.length();
        Matcher m = SENTENCE_END.matcher(text);
        while (m.find()) {
            if (m.end() <= index) {
                start = m.end();
            } else {
                end = m.end();
                break;
            }
        }
        return text.substring(start, end).strip();
    }
}
