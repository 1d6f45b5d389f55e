package dev.papergraph.resolve;

import dev.papergraph.extract.Mention;
import dev.papergraph.extract.MentionType;
import dev.papergraph.extract.RelationMention;
import dev.papergraph.extract.RelationType;
import dev.papergraph.ingest.PaperDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Resolves mentions to concepts by their match form ({@link LabelNormalizer}), acronym definitions
 * found in any paper and the shipped equivalence table ({@link MergeGraph}); links concepts to the
 * shipped identifier table; aggregates the papers' relation mentions, adds "variant of" links read
 * from names ({@link FamilyNames}) and counts co-occurrence.
 */
public final class NormalizingConceptResolver implements ConceptResolver {
    /**
     * Co-occurrence pairs come from at most this many concepts per paper (those it mentions most, then
     * by key), so a paper adds at most 40 * 39 / 2 = 780 pairs however long its mention list is.
     */
    public static final int CO_OCCURRENCE_CAP = 40;
    /**
     * A concept co-occurring with more concepts than this states its strongest co-occurrences apart
     * ({@code pg:strongestCoOccurrence}: heaviest pairs first, ties by key), so that pages and the API list
     * them without reading every pair; the API's neighbourhood asks for at most this many.
     */
    public static final int STRONGEST_PARTNERS = 200;

    static final Comparator<Mention> MENTION_ORDER = Comparator.comparing(Mention::field)
            .thenComparingInt(Mention::start)
            .thenComparingInt(Mention::end)
            .thenComparing(Mention::text)
            .thenComparing(Mention::type)
            .thenComparing(Mention::component)
            .thenComparingDouble(Mention::confidence);

    static final Comparator<RelationEvidence> EVIDENCE_ORDER = Comparator.comparing(RelationEvidence::paperId)
            .thenComparing(e -> e.mention().subject(), MENTION_ORDER)
            .thenComparing(e -> e.mention().object(), MENTION_ORDER)
            .thenComparing(e -> e.mention().component())
            .thenComparingDouble(e -> e.mention().confidence());

    private final EquivalenceTable equivalences;
    private final LinkTable links;

    /** A resolver with the shipped equivalence and identifier tables. */
    public NormalizingConceptResolver() {
        this(EquivalenceTable.shipped(), LinkTable.shipped());
    }

    NormalizingConceptResolver(EquivalenceTable equivalences, LinkTable links) {
        this.equivalences = equivalences;
        this.links = links;
    }

    @Override
    public Resolution resolve(Collection<PaperInput> input) {
        List<PaperInput> papers = byId(input);
        Map<String, List<Mention>> mentions = new TreeMap<>();
        papers.forEach(p -> mentions.put(p.paper().id(), mentionsOf(p)));
        MergeGraph graph = MergeGraph.build(papers, mentions, equivalences);

        Map<String, String> keyOfRoot = new HashMap<>();
        graph.components().forEach((root, members) -> keyOfRoot.put(root, LabelNormalizer.key(graph.keyForm(members))));

        Map<String, Draft> drafts = new TreeMap<>();
        Map<String, Map<Mention, String>> conceptKeys = new TreeMap<>();
        for (PaperInput paper : papers) {
            String paperId = paper.paper().id();
            Map<Mention, String> keys = new LinkedHashMap<>();
            for (Mention mention : mentions.get(paperId)) {
                String key = keyOfRoot.get(graph.clusterOf(paperId, mention.text()));
                keys.put(mention, key);
                drafts.computeIfAbsent(key, Draft::new).add(paper, mention);
            }
            for (String introduced : new TreeSet<>(paper.extraction().introduced())) {
                String key = keyOfRoot.get(graph.clusterOf(paperId, introduced));
                Draft draft = key == null ? null : drafts.get(key);
                if (draft != null) {
                    draft.introducedBy.add(paperId);
                }
            }
            conceptKeys.put(paperId, Collections.unmodifiableMap(keys));
        }

        Map<String, Concept> concepts = new TreeMap<>();
        drafts.forEach((key, draft) -> concepts.put(key, draft.toConcept(graph, links)));
        List<ConceptRelation> relations = relations(papers, conceptKeys, concepts, graph, keyOfRoot);
        return new Resolution(
                List.copyOf(concepts.values()),
                Collections.unmodifiableMap(conceptKeys),
                relations,
                coOccurrences(conceptKeys));
    }

    /** Papers sorted by id; the same id twice must carry the same input. */
    private static List<PaperInput> byId(Collection<PaperInput> input) {
        Map<String, PaperInput> byId = new TreeMap<>();
        for (PaperInput paper : input) {
            PaperInput other = byId.putIfAbsent(paper.paper().id(), paper);
            if (other != null && !other.equals(paper)) {
                throw new IllegalArgumentException("two different inputs for paper " + paper.paper().id());
            }
        }
        return List.copyOf(byId.values());
    }

    /** The paper's mentions plus the ends of its relation mentions (a pattern may name a broader concept). */
    static List<Mention> mentionsOf(PaperInput paper) {
        TreeSet<Mention> all = new TreeSet<>(MENTION_ORDER);
        all.addAll(paper.extraction().mentions());
        for (RelationMention relation : paper.extraction().relations()) {
            all.add(relation.subject());
            all.add(relation.object());
        }
        return List.copyOf(all);
    }

    private List<ConceptRelation> relations(
            List<PaperInput> papers,
            Map<String, Map<Mention, String>> conceptKeys,
            Map<String, Concept> concepts,
            MergeGraph graph,
            Map<String, String> keyOfRoot) {
        record Edge(String subjectKey, RelationType type, String objectKey) {}
        Map<Edge, List<RelationEvidence>> evidence = new TreeMap<>(Comparator.comparing(Edge::subjectKey)
                .thenComparing(Edge::type)
                .thenComparing(Edge::objectKey));
        for (PaperInput paper : papers) {
            String paperId = paper.paper().id();
            Map<Mention, String> keys = conceptKeys.get(paperId);
            for (RelationMention relation : paper.extraction().relations()) {
                if (relation.type() == RelationType.VARIANT_OF) {
                    continue; // read from names below; a stored paper hands its variant evidence back here
                }
                String subject = keys.get(relation.subject());
                String object = keys.get(relation.object());
                if (!subject.equals(object) && relation.type().accepts(concepts.get(object).type())) {
                    evidence.computeIfAbsent(new Edge(subject, relation.type(), object), e -> new ArrayList<>())
                            .add(new RelationEvidence(paperId, relation));
                }
            }
        }
        for (Concept concept : concepts.values()) {
            String family = FamilyNames.family(concept, graph, keyOfRoot, concepts);
            if (family != null) {
                evidence.put(
                        new Edge(concept.key(), RelationType.VARIANT_OF, family),
                        FamilyNames.evidence(concept.key(), family, conceptKeys));
            }
        }
        List<ConceptRelation> relations = new ArrayList<>();
        evidence.forEach((edge, list) -> {
            list.sort(EVIDENCE_ORDER);
            relations.add(new ConceptRelation(edge.type(), edge.subjectKey(), edge.objectKey(), List.copyOf(list)));
        });
        return List.copyOf(relations);
    }

    private static List<CoOccurrence> coOccurrences(Map<String, Map<Mention, String>> conceptKeys) {
        Map<String, Map<String, Integer>> counts = new TreeMap<>();
        for (Map<Mention, String> keys : conceptKeys.values()) {
            Map<String, Integer> mentionsPerKey = new TreeMap<>();
            keys.values().forEach(key -> mentionsPerKey.merge(key, 1, Integer::sum));
            List<String> kept = mentionsPerKey.entrySet().stream()
                    .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                    .limit(CO_OCCURRENCE_CAP)
                    .map(Map.Entry::getKey)
                    .sorted()
                    .toList();
            for (int i = 0; i < kept.size(); i++) {
                for (int j = i + 1; j < kept.size(); j++) {
                    counts.computeIfAbsent(kept.get(i), k -> new TreeMap<>()).merge(kept.get(j), 1, Integer::sum);
                }
            }
        }
        List<CoOccurrence> pairs = new ArrayList<>();
        counts.forEach((first, seconds) -> seconds.forEach((second, n) -> pairs.add(new CoOccurrence(first, second, n))));
        return List.copyOf(pairs);
    }

    /** What a concept gathers while mentions are resolved. */
    private static final class Draft {
        private final String key;
        private final FormStats stats = new FormStats();
        private final SortedSet<String> paperIds = new TreeSet<>();
        private final SortedSet<String> introducedBy = new TreeSet<>();

        Draft(String key) {
            this.key = key;
        }

        void add(PaperInput paper, Mention mention) {
            stats.add(mention, paper.paper().date(), 1);
            paperIds.add(paper.paper().id());
        }

        Concept toConcept(MergeGraph graph, LinkTable links) {
            return concept(key, stats, graph::rule, links, paperIds, introducedBy);
        }
    }

    /** A concept from its mentions' statistics; {@code rules} says why a label was merged into the preferred one. */
    static Concept concept(String key, FormStats stats, java.util.function.BinaryOperator<String> rules, LinkTable links,
            SortedSet<String> paperIds, SortedSet<String> introducedBy) {
        String prefLabel = stats.prefLabel();
        SortedSet<String> labels = stats.labels();
        List<LabelVariant> variants = labels.stream()
                .filter(label -> !label.equals(prefLabel))
                .map(label -> new LabelVariant(label, rules.apply(prefLabel, label)))
                .toList();
        MentionType type = stats.type();
        SortedSet<String> forms = new TreeSet<>();
        labels.forEach(label -> forms.add(MergeGraph.form(label)));
        return new Concept(
                key,
                type,
                prefLabel,
                variants,
                Collections.unmodifiableSortedSet(paperIds),
                Collections.unmodifiableSortedSet(introducedBy),
                stats.firstSeen(),
                links.link(forms, type));
    }

    /** Earlier first; a missing month or day sorts before any month or day of the same year. */
    static final Comparator<PaperDate> DATE_ORDER = Comparator.comparing(PaperDate::year)
            .thenComparing(d -> d.month() == null ? 0 : d.month())
            .thenComparing(d -> d.day() == null ? 0 : d.day());
}
