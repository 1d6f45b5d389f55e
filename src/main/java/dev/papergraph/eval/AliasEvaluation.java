package dev.papergraph.eval;

import dev.papergraph.eval.GoldRecord.GoldSpan;
import dev.papergraph.extract.AcronymPair;
import dev.papergraph.extract.Field;
import dev.papergraph.extract.Mention;
import dev.papergraph.extract.MentionExtractor;
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
 * Scores concept resolution against the gold aliases, in two settings: {@link #evaluate} feeds the
 * gold mentions and acronym pairs in, so extraction errors do not count; {@link #evaluateExtracted}
 * feeds in what the real extractor finds (its mentions and its acronym pairs), as ingest does.
 *
 * <ul>
 *   <li><b>Alias recall</b>: of the gold alias pairs (each [short, long] listed in a record, counted
 *       once per record) whose two forms are both among the record's mentions (by match form), the
 *       share whose mentions resolved to one concept. With gold input every form is a mention; with
 *       extracted input the pairs missing a form are counted apart ({@link Result#unextracted}).
 *   <li><b>Wrong-merge share</b>: concepts are compared by match form ({@link LabelNormalizer#matchForm}),
 *       so a plain case, plural, hyphen or spacing variant is never a pair. A merged pair is two
 *       different match forms in one concept, both annotated somewhere in gold; gold keeps it apart
 *       when the two forms share no gold alias group (see {@link #goldGroups}). The share is merged
 *       pairs kept apart over all merged pairs.
 * </ul>
 */
public final class AliasEvaluation {
    /** Sentence ends: a period, question or exclamation mark followed by blanks. */
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?](?=\\s+)");

    /** A [short, long] pair of one record that the resolution did not put in one concept. */
    public record Miss(String paperId, String shortForm, String longForm) {}

    /** Two match forms merged into one concept that no gold record lists as aliases. */
    public record WrongMerge(String conceptKey, String first, String second) {}

    /**
     * @param aliasPairs gold alias pairs with both forms among the record's mentions
     * @param unextracted gold alias pairs with a form that is none of the record's mentions (not scored)
     */
    public record Result(int aliasPairs, int unextracted, List<Miss> missed, int mergedPairs, List<WrongMerge> wrongMerges) {
        public double aliasRecall() {
            return aliasPairs == 0 ? 1 : (aliasPairs - missed.size()) / (double) aliasPairs;
        }

        public double wrongMergeShare() {
            return mergedPairs == 0 ? 0 : wrongMerges.size() / (double) mergedPairs;
        }
    }

    private AliasEvaluation() {}

    /** Resolution of the gold mentions and alias pairs. */
    public static Result evaluate(List<GoldRecord> records, ConceptResolver resolver) {
        Map<String, PaperInput> inputs = new TreeMap<>();
        records.forEach(r -> inputs.put(r.id(), input(r)));
        return score(records, inputs, resolver);
    }

    /** Resolution of what the extractor finds in the gold records (mentions and acronym pairs), on the given threads. */
    public static Result evaluateExtracted(List<GoldRecord> records, MentionExtractor extractor, ConceptResolver resolver, int threads) {
        List<PaperExtraction> extractions = new Evaluation(Map.of(), Set.of()).run(records, r -> extractor, threads).extractions();
        Map<String, PaperInput> inputs = new TreeMap<>();
        for (int i = 0; i < records.size(); i++) {
            inputs.put(records.get(i).id(), new PaperInput(Evaluation.paperOf(records.get(i)), extractions.get(i)));
        }
        return score(records, inputs, resolver);
    }

    private static Result score(List<GoldRecord> records, Map<String, PaperInput> inputs, ConceptResolver resolver) {
        Resolution resolution = resolver.resolve(inputs.values());
        int aliasPairs = 0;
        int unextracted = 0;
        List<Miss> missed = new ArrayList<>();
        for (GoldRecord record : records) {
            Map<String, String> keyOfForm = new TreeMap<>();
            inputs.get(record.id()).extraction().mentions()
                    .forEach(m -> keyOfForm.putIfAbsent(LabelNormalizer.matchForm(m.text()), resolution.conceptKeyOf(record.id(), m)));
            for (List<String> pair : record.aliases()) {
                String shortKey = keyOfForm.get(LabelNormalizer.matchForm(pair.get(0)));
                String longKey = keyOfForm.get(LabelNormalizer.matchForm(pair.get(1)));
                if (shortKey == null || longKey == null) {
                    unextracted++;
                } else {
                    aliasPairs++;
                    if (!shortKey.equals(longKey)) {
                        missed.add(new Miss(record.id(), pair.get(0), pair.get(1)));
                    }
                }
            }
        }

        Map<String, Set<String>> goldGroups = goldGroups(records);
        Set<String> annotated = annotatedForms(records);
        int mergedPairs = 0;
        List<WrongMerge> wrongMerges = new ArrayList<>();
        for (Concept concept : resolution.concepts()) {
            List<String> forms = formsOf(concept).stream().filter(annotated::contains).toList();
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
        return new Result(aliasPairs, unextracted, List.copyOf(missed), mergedPairs, List.copyOf(wrongMerges));
    }

    /** The match forms of every annotated span and alias form of the gold records. */
    private static Set<String> annotatedForms(List<GoldRecord> records) {
        Set<String> forms = new TreeSet<>();
        for (GoldRecord record : records) {
            record.entities().forEach(e -> forms.add(LabelNormalizer.matchForm(e.text())));
            record.titleEntities().forEach(e -> forms.add(LabelNormalizer.matchForm(e.text())));
            record.aliases().forEach(pair -> pair.forEach(form -> forms.add(LabelNormalizer.matchForm(form))));
        }
        return forms;
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
