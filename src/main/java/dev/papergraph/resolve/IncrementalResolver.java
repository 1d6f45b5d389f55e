package dev.papergraph.resolve;

import static dev.papergraph.resolve.ResolutionIndex.count;
import static dev.papergraph.resolve.ResolutionIndex.countOf;
import static dev.papergraph.resolve.ResolutionIndex.key;
import static dev.papergraph.resolve.ResolutionIndex.suffixes;

import dev.papergraph.extract.AcronymPair;
import dev.papergraph.extract.ExtractionFile;
import dev.papergraph.extract.Mention;
import dev.papergraph.extract.MentionType;
import dev.papergraph.extract.PaperExtraction;
import dev.papergraph.extract.RelationMention;
import dev.papergraph.extract.RelationType;
import dev.papergraph.ingest.Paper;
import dev.papergraph.ingest.PaperDate;
import dev.papergraph.resolve.ConceptResolver.PaperInput;
import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Resolves concepts batch by batch against a persistent {@link ResolutionIndex}, giving exactly what
 * {@link NormalizingConceptResolver} gives over all papers at once, while reading only what a batch
 * touches: the statistics of the match forms its mentions go through, the components (concepts)
 * those forms belong to, and the papers whose concept keys, relation readings or family links change
 * because of it (a merge, a split of an acronym's senses, a concept changing type or family).
 *
 * <p>What is kept per form (surface and type counts, first date) and per concept (support, pairs,
 * relation supports) are sums over papers, so adding a paper adds its share and a paper whose keys
 * change takes its old share away and adds the new one: the state stays a function of the set of
 * papers, whatever the order and the batches.
 */
public final class IncrementalResolver {
    /**
     * A stored paper: its record and extraction, the match form each mention goes through (aligned
     * with {@link NormalizingConceptResolver#mentionsOf}) and of each introduced name, and what they
     * resolved to; {@code keys} is null until the paper is resolved.
     */
    public record PaperState(Paper paper, PaperExtraction extraction, List<String> forms, List<String> introducedForms,
            List<String> keys, List<String> introducedKeys, List<String> relations) {

        /** Each mention (with the ends of relation mentions) and the key of its concept, in mention order. */
        public Map<Mention, String> conceptKeys() {
            List<Mention> mentions = NormalizingConceptResolver.mentionsOf(new PaperInput(paper, extraction));
            Map<Mention, String> keys = new LinkedHashMap<>();
            for (int i = 0; i < mentions.size(); i++) {
                keys.put(mentions.get(i), this.keys.get(i));
            }
            return keys;
        }
    }

    /** How a short form's definitions group into senses: each sense's base root and first long form. */
    record Senses(String usualRoot, TreeMap<String, String> firstLongForm) implements Serializable {
        String usualLongForm() {
            return firstLongForm.get(usualRoot);
        }
    }

    /** A concept as derived from its forms, without the counts kept apart. */
    record ConceptState(MentionType type, String prefLabel, List<LabelVariant> variants, PaperDate firstSeen,
            ConceptLink link, List<String> members, List<String> ancestorForms, String family) implements Serializable {
        ConceptState withFamily(String newFamily) {
            return new ConceptState(type, prefLabel, variants, firstSeen, link, members, ancestorForms, newFamily);
        }
    }

    /**
     * What a batch changed, to be written to the RDF store: ids of papers, concepts, pairs and
     * relations, and the support each concept whose support changed had before.
     */
    public record Changes(SortedSet<String> papers, SortedSet<String> concepts, SortedSet<String> pairs, SortedSet<String> relations,
            SortedSet<String> introductions, SortedSet<String> strongestPartners, Map<String, Integer> supportBefore) {
        static Changes empty() {
            return new Changes(new TreeSet<>(), new TreeSet<>(), new TreeSet<>(), new TreeSet<>(), new TreeSet<>(), new TreeSet<>(),
                    new TreeMap<>());
        }

        public boolean isEmpty() {
            return papers.isEmpty() && concepts.isEmpty() && pairs.isEmpty() && relations.isEmpty() && strongestPartners.isEmpty();
        }
    }

    private final ResolutionIndex index;
    private final LinkTable links;
    private final Map<String, SortedSet<String>> tableNeighbors = new HashMap<>();
    private final Set<String> canonicalForms = new TreeSet<>();
    /** Concepts whose number of partners moved in the current batch. */
    private final Set<String> recounted = new TreeSet<>();
    /** Each pair the current batch changed, with its weight before the batch. */
    private final Map<String, Integer> weightBefore = new HashMap<>();

    public IncrementalResolver(ResolutionIndex index) {
        this(index, EquivalenceTable.shipped(), LinkTable.shipped());
    }

    IncrementalResolver(ResolutionIndex index, EquivalenceTable table, LinkTable links) {
        this.index = index;
        this.links = links;
        if (index.paperCount() == 0) {
            index.setLayout(); // a new index is written in the current layout from the start
        }
        for (EquivalenceTable.Equivalence e : table.equivalences()) {
            tableNeighbors.computeIfAbsent(e.canonical(), f -> new TreeSet<>()).add(e.equivalent());
            tableNeighbors.computeIfAbsent(e.equivalent(), f -> new TreeSet<>()).add(e.canonical());
            canonicalForms.add(e.canonical());
        }
    }

    public ResolutionIndex index() {
        return index;
    }

    /** Every stored paper's id, in order; read as the iteration goes. */
    public Iterable<String> paperIds() {
        return index.papers.keySet();
    }

    /** Every concept's key, in order. */
    public Iterable<String> conceptKeys() {
        return index.concepts.keySet();
    }

    /** Every co-occurrence pair's id (two keys, see {@link #parts}), in order. */
    public Iterable<String> pairIds() {
        return index.coOccurrences.keySet();
    }

    /** Every relation's id (subject key, type, object key, see {@link #parts}), in order. */
    public Iterable<String> relationIds() {
        return index.relations.keySet();
    }

    /** The stored state of a paper, or null. */
    public PaperState paper(String id) {
        String stored = (String) index.papers.get(id);
        return stored == null ? null : decode(stored);
    }

    private void store(PaperState state) {
        index.papers.put(state.paper().id(), encode(state));
    }

    /**
     * A paper's state as text: its extraction-file line, then one line each of forms, introduced forms,
     * keys, introduced keys and relation ids (items joined by {@link #ITEM}); far smaller
     * than serialised objects, and readable with the extraction file's own parser.
     */
    private static String encode(PaperState state) {
        return String.join("\n", ExtractionFile.line(state.paper(), state.extraction()), join(state.forms()),
                join(state.introducedForms()), join(state.keys()), join(state.introducedKeys()), join(state.relations()));
    }

    private static PaperState decode(String stored) {
        String[] lines = stored.split("\n", -1);
        ExtractionFile.Entry entry = ExtractionFile.parse(lines[0]);
        return new PaperState(entry.paper(), entry.extraction(), split(lines[1]), split(lines[2]), split(lines[3]),
                split(lines[4]), split(lines[5]));
    }

    /** Separates the items of a stored list; relation ids hold {@link ResolutionIndex#SEP} themselves. */
    private static final String ITEM = "\u0003";

    private static String join(List<String> parts) {
        return parts == null ? "\u0002" : String.join(ITEM, parts);
    }

    private static List<String> split(String joined) {
        if (joined.equals("\u0002")) {
            return null;
        }
        return joined.isEmpty() ? List.of() : List.of(joined.split(ITEM, -1));
    }

    /**
     * Adds papers (new ones, or new readings of stored ones) and returns what changed. Papers must
     * have distinct ids; one equal to its stored state changes nothing.
     */
    public Changes apply(Collection<PaperInput> batch) {
        Changes changes = Changes.empty();
        recounted.clear();
        weightBefore.clear();
        List<PaperState> replaced = new ArrayList<>();
        List<PaperInput> added = new ArrayList<>();
        for (PaperInput input : batch) {
            PaperState old = paper(input.paper().id());
            if (old != null && old.paper().equals(input.paper()) && old.extraction().equals(input.extraction())) {
                continue;
            }
            if (old != null) {
                replaced.add(old);
            }
            added.add(input);
        }
        if (added.isEmpty()) {
            return changes;
        }
        Set<String> addedIds = new TreeSet<>();
        added.forEach(input -> addedIds.add(input.paper().id()));

        // acronym definitions and the links they make
        Set<String> seeds = new TreeSet<>();
        Set<String> shortForms = new TreeSet<>();
        Set<String> baseChanged = new TreeSet<>();
        Map<String, String> rootsBefore = new HashMap<>();
        replaced.forEach(old -> rootsBefore.putAll(roots(doublyExpanded(old.extraction()))));
        added.forEach(input -> rootsBefore.putAll(roots(doublyExpanded(input.extraction()))));
        replaced.forEach(old -> definitions(old.paper().id(), old.extraction(), -1, seeds, shortForms, baseChanged));
        added.forEach(input -> definitions(input.paper().id(), input.extraction(), 1, seeds, shortForms, baseChanged));
        Set<String> rootChanged = new TreeSet<>();
        roots(baseChanged).forEach((form, root) -> {
            if (!root.equals(rootsBefore.get(form))) {
                rootChanged.add(form);
            }
        });
        for (String member : rootChanged) {
            suffixes(index.shortFormsOf, member).forEach(shortForms::add);
        }
        Set<String> moved = new TreeSet<>();
        for (String shortForm : shortForms) {
            updateSenses(shortForm, rootChanged, seeds, moved);
        }
        moved.removeAll(addedIds);

        // form statistics: old shares out, new shares in
        Set<String> formsLosing = new TreeSet<>();
        Set<String> conceptLevelDone = new TreeSet<>();
        for (PaperState old : replaced) {
            formShare(old, -1, formsLosing);
            conceptShare(old, -1, changes);
            conceptLevelDone.add(old.paper().id());
            seeds.addAll(old.forms());
        }
        Map<String, PaperState> fresh = new TreeMap<>();
        for (String id : moved) {
            PaperState old = paper(id);
            formShare(old, -1, formsLosing);
            conceptShare(old, -1, changes);
            conceptLevelDone.add(id);
            seeds.addAll(old.forms());
            fresh.put(id, withForms(old.paper(), old.extraction()));
        }
        added.forEach(input -> fresh.put(input.paper().id(), withForms(input.paper(), input.extraction())));
        for (PaperState state : fresh.values()) {
            formShare(state, 1, formsLosing);
            seeds.addAll(state.forms());
        }
        for (String form : formsLosing) {
            recomputeFirstSeen(form, fresh);
        }

        // components around every touched form
        Map<String, List<String>> components = new TreeMap<>();
        Set<String> changedForms = new TreeSet<>();
        Set<String> oldKeys = new TreeSet<>();
        Set<String> done = new TreeSet<>();
        for (String seed : seeds) {
            if (done.contains(seed)) {
                continue;
            }
            TreeMap<String, Boolean> members = component(seed, true);
            done.addAll(members.keySet());
            String conceptKey = LabelNormalizer.key(keyForm(members.keySet()));
            components.put(conceptKey, List.copyOf(members.keySet()));
            for (String member : members.keySet()) {
                String before = (String) index.componentOf.get(member);
                if (!conceptKey.equals(before)) {
                    changedForms.add(member);
                    if (before != null) {
                        oldKeys.add(before);
                    }
                    index.componentOf.put(member, conceptKey);
                }
            }
        }
        Set<String> rerun = new TreeSet<>(fresh.keySet());
        for (String form : changedForms) {
            suffixes(index.postings, form).forEach(rerun::add);
        }

        // concept states: labels, types, families
        Set<String> affected = new TreeSet<>(components.keySet());
        affected.addAll(oldKeys);
        Set<String> familyCandidates = new TreeSet<>();
        Map<String, ConceptState> before = new TreeMap<>();
        for (String conceptKey : affected) {
            ConceptState old = (ConceptState) index.concepts.get(conceptKey);
            before.put(conceptKey, old);
            if (old != null) {
                familyCandidates.addAll(dependentsOf(old.members()));
                old.ancestorForms().forEach(form -> index.ancestors.remove(key(form, conceptKey)));
                index.concepts.remove(conceptKey);
            }
        }
        for (Map.Entry<String, List<String>> component : components.entrySet()) {
            ConceptState state = conceptState(component.getKey(), component.getValue());
            if (state != null) {
                ConceptState old = before.get(component.getKey());
                index.concepts.put(component.getKey(), state.withFamily(old == null ? null : old.family()));
                state.ancestorForms().forEach(form -> index.ancestors.put(key(form, component.getKey()), ResolutionIndex.PRESENT));
                familyCandidates.add(component.getKey());
                familyCandidates.addAll(dependentsOf(component.getValue()));
            }
        }
        for (String conceptKey : familyCandidates) {
            ConceptState state = (ConceptState) index.concepts.get(conceptKey);
            if (state == null) {
                continue;
            }
            String family = FamilyNames.family(conceptKey, state.type(), labels(state), this::conceptOfName);
            ConceptState previous = before.containsKey(conceptKey) ? before.get(conceptKey) : state;
            if (!Objects.equals(family, state.family())) {
                index.concepts.put(conceptKey, state.withFamily(family));
                changes.concepts().add(conceptKey);
            }
            // readings depend on the family of a named concept, and on the type of a relation's object:
            // a new type changes only the readings of papers with a relation mention ending at the concept
            boolean familyMoved = previous == null || !Objects.equals(previous.family(), family);
            if (familyMoved || previous.type() != state.type()) {
                Set<String> members = new HashSet<>(state.members());
                for (String member : state.members()) {
                    for (String id : suffixes(index.postings, member)) {
                        if (familyMoved || relatesTo(fresh.containsKey(id) ? fresh.get(id) : paper(id), members)) {
                            rerun.add(id);
                        }
                    }
                }
            }
        }
        changes.concepts().addAll(affected);

        // papers whose keys or readings may have changed: old share out, new share in
        for (String id : rerun) {
            PaperState state = fresh.get(id);
            if (state == null) {
                state = paper(id);
            }
            if (!conceptLevelDone.contains(id)) {
                conceptShare(state, -1, changes);
            }
            PaperState resolved = resolved(state);
            conceptShare(resolved, 1, changes);
            store(resolved);
            changes.papers().add(id);
        }
        strongestPartners(changes);
        return changes;
    }

    // ---- each concept's strongest co-occurrences ----

    /**
     * Counts a pair's concepts' partners when the pair appears or goes, and notes the pair's weight
     * before the batch, so that {@link #strongestPartners} sees each pair's net change once.
     */
    private void notePairChange(String pair, int before, int after) {
        weightBefore.putIfAbsent(pair, before);
        if ((before > 0) != (after > 0)) {
            for (String self : parts(pair)) {
                count(index.partnerCount, self, after > 0 ? 1 : -1);
                recounted.add(self);
            }
        }
    }

    /**
     * Keeps the list of strongest partners of every hub (a concept with more partners than
     * {@link NormalizingConceptResolver#STRONGEST_PARTNERS}) a changed pair touches, and notes the
     * concepts whose list changed. A pair whose weight grew enters a hub's list when it outranks the
     * last of it; a concept becoming a hub, or a listed pair losing weight, has its list worked out
     * again from its papers.
     */
    private void strongestPartners(Changes changes) {
        Set<String> recount = new TreeSet<>();
        for (String conceptKey : recounted) {
            if (countOf(index.partnerCount, conceptKey) > NormalizingConceptResolver.STRONGEST_PARTNERS
                    && !index.strongestPartners.containsKey(conceptKey)) {
                recount.add(conceptKey);
            }
        }
        Map<String, StrongestList> lists = new TreeMap<>();
        weightBefore.forEach((pair, before) -> {
            int after = countOf(index.coOccurrences, pair);
            if (after == before) {
                return;
            }
            String[] keys = parts(pair);
            for (int end = 0; end < 2; end++) {
                String self = keys[end];
                String other = keys[1 - end];
                if (recount.contains(self) || countOf(index.partnerCount, self) <= NormalizingConceptResolver.STRONGEST_PARTNERS) {
                    continue;
                }
                StrongestList list = lists.computeIfAbsent(self, k -> new StrongestList(k, strongestPartners(k)));
                if (list.holds(other) && after < before) {
                    recount.add(self);
                } else if (list.holds(other) || list.outranksLast(other, after)) {
                    list.offer(other, after);
                }
            }
        });
        recount.forEach(conceptKey -> lists.put(conceptKey, new StrongestList(conceptKey, strongestFromPapers(conceptKey))));
        Set<String> touched = new TreeSet<>(lists.keySet());
        recounted.forEach(touched::add);
        for (String conceptKey : touched) {
            boolean hub = countOf(index.partnerCount, conceptKey) > NormalizingConceptResolver.STRONGEST_PARTNERS;
            String now = !hub ? null : join(lists.containsKey(conceptKey) ? lists.get(conceptKey).partners() : strongestPartners(conceptKey));
            if (!Objects.equals(now, index.strongestPartners.get(conceptKey))) {
                if (now == null) {
                    index.strongestPartners.remove(conceptKey);
                } else {
                    index.strongestPartners.put(conceptKey, now);
                }
                changes.strongestPartners().add(conceptKey);
            }
        }
        weightBefore.clear();
    }

    /** A hub's strongest partners while a batch changes them, with their pairs' weights read once. */
    private final class StrongestList {
        private final Map<String, Integer> weight = new HashMap<>();
        private final TreeSet<String> order = new TreeSet<>(
                Comparator.<String>comparingInt(other -> -weight.get(other)).thenComparing(Comparator.naturalOrder()));

        StrongestList(String conceptKey, List<String> partners) {
            for (String other : partners) {
                weight.put(other, pairWeight(pairId(conceptKey, other)));
                order.add(other);
            }
        }

        boolean holds(String other) {
            return weight.containsKey(other);
        }

        /** Whether a pair of this weight would enter the list (or the list is not full). */
        boolean outranksLast(String other, int pairWeight) {
            if (order.size() < NormalizingConceptResolver.STRONGEST_PARTNERS) {
                return true;
            }
            String last = order.last();
            int lastWeight = weight.get(last);
            return pairWeight > lastWeight || (pairWeight == lastWeight && other.compareTo(last) < 0);
        }

        /** Puts a partner in at its new weight, and drops the last if the list grew too long. */
        void offer(String other, int pairWeight) {
            if (holds(other)) {
                order.remove(other);
            }
            weight.put(other, pairWeight);
            order.add(other);
            if (order.size() > NormalizingConceptResolver.STRONGEST_PARTNERS) {
                weight.remove(order.pollLast());
            }
        }

        List<String> partners() {
            return List.copyOf(order);
        }
    }

    /** A concept's strongest partners worked out from all its pairs, found through its papers. */
    private List<String> strongestFromPapers(String conceptKey) {
        Set<String> others = new TreeSet<>();
        for (String id : papersOf(conceptKey)) {
            for (String pair : pairs(paper(id).keys())) {
                String[] keys = parts(pair);
                if (keys[0].equals(conceptKey) || keys[1].equals(conceptKey)) {
                    others.add(keys[0].equals(conceptKey) ? keys[1] : keys[0]);
                }
            }
        }
        Map<String, Integer> weights = new HashMap<>();
        others.forEach(other -> weights.put(other, pairWeight(pairId(conceptKey, other))));
        return others.stream()
                .sorted(Comparator.<String>comparingInt(other -> -weights.get(other)).thenComparing(Comparator.naturalOrder()))
                .limit(NormalizingConceptResolver.STRONGEST_PARTNERS)
                .toList();
    }

    /** The id of the pair of two concepts. */
    private static String pairId(String a, String b) {
        return a.compareTo(b) < 0 ? key(a, b) : key(b, a);
    }

    /**
     * The strongest partners of a concept with more than {@link NormalizingConceptResolver#STRONGEST_PARTNERS}
     * of them, heaviest pair first; empty for other concepts.
     */
    public List<String> strongestPartners(String conceptKey) {
        String stored = (String) index.strongestPartners.get(conceptKey);
        return stored == null ? List.of() : split(stored);
    }

    /** Every concept with a list of strongest partners, in order. */
    public Iterable<String> conceptsWithStrongestPartners() {
        return index.strongestPartners.keySet();
    }

    /**
     * Brings an index written by an earlier papergraph to the current layout: counts every concept's
     * partners (one pass over the pairs), works each hub's strongest partners out from its papers, and
     * returns, as changes, the concepts whose strongest partners the graph must now state. No changes
     * for a current index.
     */
    public Changes upgrade() {
        Changes changes = Changes.empty();
        if (index.layout() >= ResolutionIndex.LAYOUT) {
            return changes;
        }
        recounted.clear();
        weightBefore.clear();
        for (String pair : index.coOccurrences.keySet()) {
            notePairChange(pair, 0, countOf(index.coOccurrences, pair));
        }
        weightBefore.clear(); // every hub is new: its list is worked out from its papers
        strongestPartners(changes);
        index.setLayout();
        return changes;
    }

    // ---- acronyms and senses ----

    private void definitions(String paperId, PaperExtraction extraction, int sign, Set<String> seeds,
            Set<String> shortForms, Set<String> baseChanged) {
        Map<String, String> firstLongForm = new TreeMap<>();
        for (AcronymPair pair : extraction.acronyms()) {
            String shortForm = MergeGraph.form(pair.shortForm());
            String longForm = MergeGraph.form(pair.longForm());
            if (shortForm.equals(longForm)) {
                continue;
            }
            seeds.add(shortForm);
            seeds.add(longForm);
            shortForms.add(shortForm);
            String definition = key(shortForm, longForm, paperId);
            if (sign > 0) {
                index.definitions.put(definition, ResolutionIndex.PRESENT);
            } else {
                index.definitions.remove(definition);
            }
            count(index.shortFormsOf, key(longForm, shortForm), sign);
            // one paper expanding one short form twice names one concept twice
            String other = firstLongForm.putIfAbsent(shortForm, longForm);
            if (other != null && !other.equals(longForm)) {
                int before = countOf(index.doubleLinks, key(other, longForm));
                count(index.doubleLinks, key(other, longForm), sign);
                count(index.doubleLinks, key(longForm, other), sign);
                if ((before == 0) != (countOf(index.doubleLinks, key(other, longForm)) == 0)) {
                    baseChanged.add(other);
                    baseChanged.add(longForm);
                }
                seeds.add(other);
            }
        }
    }

    /** The long forms of short forms a paper expands in two ways: the only forms whose base links it can change. */
    private static Set<String> doublyExpanded(PaperExtraction extraction) {
        Map<String, Set<String>> longForms = new TreeMap<>();
        for (AcronymPair pair : extraction.acronyms()) {
            String shortForm = MergeGraph.form(pair.shortForm());
            String longForm = MergeGraph.form(pair.longForm());
            if (!shortForm.equals(longForm)) {
                longForms.computeIfAbsent(shortForm, f -> new TreeSet<>()).add(longForm);
            }
        }
        Set<String> forms = new TreeSet<>();
        longForms.values().stream().filter(set -> set.size() > 1).forEach(forms::addAll);
        return forms;
    }

    /** The base root of every form linked to these forms by base links. */
    private Map<String, String> roots(Set<String> forms) {
        Map<String, String> roots = new HashMap<>();
        for (String form : forms) {
            if (!roots.containsKey(form)) {
                TreeMap<String, Boolean> members = component(form, false);
                members.keySet().forEach(member -> roots.put(member, members.firstKey()));
            }
        }
        return roots;
    }

    /**
     * Regroups a short form's definitions into senses; when that changes, the papers whose reading of
     * the short form changes move: those defining it with a long form whose root changed, whose sense
     * became or stopped being the usual one, or whose unusual sense now has another first long form.
     */
    private void updateSenses(String shortForm, Set<String> rootChanged, Set<String> seeds, Set<String> moved) {
        Senses before = (Senses) index.senses.get(shortForm);
        Senses after = senses(shortForm);
        if (Objects.equals(before, after)) {
            return;
        }
        if (after == null) {
            index.senses.remove(shortForm);
        } else {
            index.senses.put(shortForm, after);
        }
        String oldUsual = before == null ? null : before.usualLongForm();
        String newUsual = after == null ? null : after.usualLongForm();
        if (!Objects.equals(oldUsual, newUsual)) {
            if (oldUsual != null) {
                index.usualShortForms.remove(key(oldUsual, shortForm));
            }
            if (newUsual != null) {
                index.usualShortForms.put(key(newUsual, shortForm), ResolutionIndex.PRESENT);
            }
        }
        seeds.add(shortForm);
        for (Senses senses : new Senses[] {before, after}) {
            if (senses != null) {
                seeds.addAll(senses.firstLongForm().values());
            }
        }
        Map<String, Boolean> readingChanged = new HashMap<>();
        for (String definition : suffixes(index.definitions, shortForm)) {
            int sep = definition.indexOf(ResolutionIndex.SEP);
            String longForm = definition.substring(0, sep);
            if (readingChanged.computeIfAbsent(longForm, l -> rootChanged.contains(l) || readingChanged(baseRoot(l), before, after))) {
                moved.add(definition.substring(sep + 1));
            }
        }
    }

    /** Whether a paper defining a short form in the sense of this root reads it otherwise after the change. */
    private static boolean readingChanged(String root, Senses before, Senses after) {
        boolean usualBefore = before != null && root.equals(before.usualRoot());
        boolean usualAfter = after != null && root.equals(after.usualRoot());
        if (usualBefore != usualAfter) {
            return true;
        }
        return !usualAfter && !Objects.equals(firstLongForm(before, root), firstLongForm(after, root));
    }

    private static String firstLongForm(Senses senses, String root) {
        return senses == null ? null : senses.firstLongForm().get(root);
    }

    private Senses senses(String shortForm) {
        record Sense(SortedSet<String> papers, SortedSet<String> longForms) {}
        Map<String, Sense> bySense = new TreeMap<>();
        Map<String, String> rootOf = new HashMap<>();
        for (String definition : suffixes(index.definitions, shortForm)) {
            int sep = definition.indexOf(ResolutionIndex.SEP);
            String longForm = definition.substring(0, sep);
            String root = rootOf.computeIfAbsent(longForm, this::baseRoot);
            Sense sense = bySense.computeIfAbsent(root, r -> new Sense(new TreeSet<>(), new TreeSet<>()));
            sense.papers().add(definition.substring(sep + 1));
            sense.longForms().add(longForm);
        }
        if (bySense.isEmpty()) {
            return null;
        }
        String shortRoot = baseRoot(shortForm);
        String usual = bySense.containsKey(shortRoot)
                ? shortRoot
                : bySense.entrySet().stream()
                        .min(Comparator.comparing((Map.Entry<String, Sense> e) -> -e.getValue().papers().size())
                                .thenComparing(Map.Entry::getKey))
                        .orElseThrow()
                        .getKey();
        TreeMap<String, String> first = new TreeMap<>();
        bySense.forEach((root, sense) -> first.put(root, sense.longForms().first()));
        return new Senses(usual, first);
    }

    /** The smallest form linked to this one by the equivalence table and double expansions. */
    private String baseRoot(String form) {
        return component(form, false).firstKey();
    }

    /** The forms a short form written in this paper stands for, where the paper defines it in a sense other than the usual one. */
    private Map<String, String> localSenses(PaperExtraction extraction) {
        Map<String, SortedSet<String>> rootsByShortForm = new TreeMap<>();
        for (AcronymPair pair : extraction.acronyms()) {
            String shortForm = MergeGraph.form(pair.shortForm());
            String longForm = MergeGraph.form(pair.longForm());
            if (!shortForm.equals(longForm)) {
                rootsByShortForm.computeIfAbsent(shortForm, s -> new TreeSet<>()).add(baseRoot(longForm));
            }
        }
        Map<String, String> local = new HashMap<>();
        rootsByShortForm.forEach((shortForm, roots) -> {
            Senses senses = (Senses) index.senses.get(shortForm);
            for (String root : roots) {
                if (!root.equals(senses.usualRoot())) {
                    local.put(shortForm, senses.firstLongForm().get(root));
                }
            }
        });
        return local;
    }

    // ---- components ----

    /**
     * The forms connected to one form, sorted: by the equivalence table and double expansions only
     * (the base links that group long forms into senses), or with the usual senses of acronyms too.
     */
    private TreeMap<String, Boolean> component(String start, boolean withAcronyms) {
        TreeMap<String, Boolean> seen = new TreeMap<>();
        Deque<String> queue = new ArrayDeque<>(List.of(start));
        seen.put(start, true);
        while (!queue.isEmpty()) {
            String form = queue.removeFirst();
            List<String> next = new ArrayList<>(tableNeighbors.getOrDefault(form, new TreeSet<>()));
            suffixes(index.doubleLinks, form).forEach(next::add);
            if (withAcronyms) {
                Senses senses = (Senses) index.senses.get(form);
                if (senses != null) {
                    next.add(senses.usualLongForm());
                }
                suffixes(index.usualShortForms, form).forEach(next::add);
            }
            for (String neighbour : next) {
                if (seen.putIfAbsent(neighbour, true) == null) {
                    queue.addLast(neighbour);
                }
            }
        }
        return seen;
    }

    /** The form a component's key is made from: a table canonical, else an acronym's long form, else the smallest. */
    private String keyForm(Set<String> members) {
        for (String member : members) {
            if (canonicalForms.contains(member)) {
                return member;
            }
        }
        for (String member : members) {
            if (suffixes(index.shortFormsOf, member).iterator().hasNext()) {
                return member;
            }
        }
        return members.iterator().next();
    }

    /** Each linked form and the rule of the link, as {@link MergeGraph} notes them. */
    private Map<String, String> ruleLinks(String form) {
        Map<String, String> linked = new TreeMap<>();
        tableNeighbors.getOrDefault(form, new TreeSet<>()).forEach(f -> linked.put(f, MergeGraph.EQUIVALENCE));
        suffixes(index.doubleLinks, form).forEach(f -> linked.putIfAbsent(f, MergeGraph.ACRONYM));
        suffixes(index.shortFormsOf, form).forEach(f -> linked.putIfAbsent(f, MergeGraph.ACRONYM));
        for (String definition : suffixes(index.definitions, form)) {
            linked.putIfAbsent(definition.substring(0, definition.indexOf(ResolutionIndex.SEP)), MergeGraph.ACRONYM);
        }
        return linked;
    }

    // ---- shares of a paper ----

    private PaperState withForms(Paper paper, PaperExtraction extraction) {
        Map<String, String> local = localSenses(extraction);
        List<String> forms = new ArrayList<>();
        for (Mention mention : NormalizingConceptResolver.mentionsOf(new PaperInput(paper, extraction))) {
            String form = MergeGraph.form(mention.text());
            forms.add(local.getOrDefault(form, form));
        }
        List<String> introducedForms = new ArrayList<>();
        for (String text : new TreeSet<>(extraction.introduced())) {
            String form = MergeGraph.form(text);
            introducedForms.add(local.getOrDefault(form, form));
        }
        return new PaperState(paper, extraction, List.copyOf(forms), List.copyOf(introducedForms), null, List.of(), List.of());
    }

    private void formShare(PaperState state, int sign, Set<String> formsLosing) {
        List<Mention> mentions = NormalizingConceptResolver.mentionsOf(new PaperInput(state.paper(), state.extraction()));
        Map<String, FormStats> byForm = new TreeMap<>();
        for (int i = 0; i < mentions.size(); i++) {
            byForm.computeIfAbsent(state.forms().get(i), f -> stats(f)).add(mentions.get(i), state.paper().date(), sign);
        }
        byForm.forEach((form, stats) -> {
            if (stats.isEmpty()) {
                index.forms.remove(form);
            } else {
                index.forms.put(form, stats);
            }
        });
        if (sign < 0) {
            // a paper leaving changes a form's earliest date only when it may have been the earliest
            PaperDate date = state.paper().date();
            byForm.forEach((form, stats) -> {
                if (date != null && date.year() != null
                        && (stats.firstSeen() == null || NormalizingConceptResolver.DATE_ORDER.compare(date, stats.firstSeen()) <= 0)) {
                    formsLosing.add(form);
                }
            });
        }
        Set<String> posted = new TreeSet<>(state.forms());
        posted.addAll(state.introducedForms());
        for (String form : posted) {
            if (sign > 0) {
                index.postings.put(key(form, state.paper().id()), ResolutionIndex.PRESENT);
            } else {
                index.postings.remove(key(form, state.paper().id()));
            }
        }
    }

    private FormStats stats(String form) {
        FormStats stats = (FormStats) index.forms.get(form);
        return stats == null ? new FormStats() : stats.copy();
    }

    /** A date can only be recomputed from the papers still there. */
    private void recomputeFirstSeen(String form, Map<String, PaperState> fresh) {
        FormStats stats = (FormStats) index.forms.get(form);
        if (stats == null) {
            return;
        }
        FormStats recomputed = stats.copy();
        recomputed.clearFirstSeen();
        for (String id : suffixes(index.postings, form)) {
            PaperState state = fresh.containsKey(id) ? fresh.get(id) : paper(id);
            if (state.forms().contains(form)) {
                recomputed.seen(state.paper().date());
            }
        }
        index.forms.put(form, recomputed);
    }

    /** Whether one of a paper's relation mentions ends at one of these forms. */
    private static boolean relatesTo(PaperState state, Set<String> forms) {
        if (state.extraction().relations().isEmpty()) {
            return false;
        }
        List<Mention> mentions = NormalizingConceptResolver.mentionsOf(new PaperInput(state.paper(), state.extraction()));
        Map<Mention, String> formOf = new HashMap<>();
        for (int i = 0; i < mentions.size(); i++) {
            formOf.put(mentions.get(i), state.forms().get(i));
        }
        for (RelationMention relation : state.extraction().relations()) {
            if (forms.contains(formOf.get(relation.object()))) {
                return true;
            }
        }
        return false;
    }

    /** A paper's keys, introduced keys and relation readings under the current state. */
    private PaperState resolved(PaperState state) {
        String id = state.paper().id();
        List<String> keys = new ArrayList<>();
        for (String form : state.forms()) {
            keys.add((String) index.componentOf.get(form));
        }
        List<String> introducedKeys = new ArrayList<>();
        for (String form : state.introducedForms()) {
            String conceptKey = (String) index.componentOf.get(form);
            if (conceptKey != null && !introducedKeys.contains(conceptKey)) {
                introducedKeys.add(conceptKey);
            }
        }
        PaperState resolved = new PaperState(state.paper(), state.extraction(), state.forms(), state.introducedForms(),
                List.copyOf(keys), List.copyOf(introducedKeys), List.of());
        Set<String> relations = new TreeSet<>();
        readings(resolved).forEach(reading -> relations.add(reading.relationId()));
        return new PaperState(state.paper(), state.extraction(), state.forms(), state.introducedForms(), List.copyOf(keys),
                List.copyOf(introducedKeys), List.copyOf(relations));
    }

    /**
     * The relations read in a resolved paper under the current state: its relation mentions whose ends
     * are two concepts the relation accepts, and a "variant of" for each concept it names that has a
     * family, read in the first mention of the variant (and of the family, when the paper names it).
     */
    public List<RelationReading> readings(PaperState state) {
        return readings(state, state.conceptKeys());
    }

    /** As {@link #readings(PaperState)}, given the paper's {@link PaperState#conceptKeys()} already worked out. */
    public List<RelationReading> readings(PaperState state, Map<Mention, String> keyOf) {
        List<RelationReading> readings = new ArrayList<>();
        for (RelationMention relation : state.extraction().relations()) {
            if (relation.type() == RelationType.VARIANT_OF) {
                continue; // read from names below
            }
            String subject = keyOf.get(relation.subject());
            String object = keyOf.get(relation.object());
            ConceptState objectState = (ConceptState) index.concepts.get(object);
            if (!subject.equals(object) && relation.type().accepts(objectState.type())) {
                readings.add(new RelationReading(relation.type(), subject, object, relation));
            }
        }
        for (String conceptKey : new LinkedHashSet<>(state.keys())) {
            ConceptState concept = (ConceptState) index.concepts.get(conceptKey);
            if (concept.family() != null) {
                Mention variant = FamilyNames.first(keyOf, conceptKey);
                Mention family = FamilyNames.first(keyOf, concept.family());
                readings.add(new RelationReading(RelationType.VARIANT_OF, conceptKey, concept.family(), new RelationMention(
                        RelationType.VARIANT_OF, variant, family == null ? variant : family, FamilyNames.COMPONENT, FamilyNames.CONFIDENCE)));
            }
        }
        return readings;
    }

    /** Support, introductions, co-occurrence and relation support of one resolved paper. */
    private void conceptShare(PaperState state, int sign, Changes changes) {
        if (state.keys() == null) {
            return; // never resolved: nothing to take away
        }
        String id = state.paper().id();
        SortedSet<String> keys = new TreeSet<>(state.keys());
        Integer year = state.paper().date() == null ? null : state.paper().date().year();
        for (String conceptKey : keys) {
            changes.supportBefore().putIfAbsent(conceptKey, countOf(index.support, conceptKey));
            count(index.support, conceptKey, sign);
            if (year != null) {
                count(index.papersPerYear, key(conceptKey, yearKey(year)), sign);
            }
            changes.concepts().add(conceptKey);
        }
        for (String conceptKey : state.introducedKeys()) {
            if (sign > 0) {
                index.introduced.put(key(conceptKey, id), ResolutionIndex.PRESENT);
            } else {
                index.introduced.remove(key(conceptKey, id));
            }
            changes.introductions().add(key(conceptKey, id));
        }
        for (String pair : pairs(state.keys())) {
            int before = countOf(index.coOccurrences, pair);
            count(index.coOccurrences, pair, sign);
            notePairChange(pair, before, before + sign);
            changes.pairs().add(pair);
        }
        for (String edge : state.relations()) {
            count(index.relations, edge, sign);
            changes.relations().add(edge);
        }
    }

    /** Pairs among the concepts a paper mentions most (see {@link NormalizingConceptResolver#CO_OCCURRENCE_CAP}). */
    public static List<String> pairs(List<String> keys) {
        Map<String, Integer> mentionsPerKey = new TreeMap<>();
        keys.forEach(k -> mentionsPerKey.merge(k, 1, Integer::sum));
        List<String> kept = mentionsPerKey.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(NormalizingConceptResolver.CO_OCCURRENCE_CAP)
                .map(Map.Entry::getKey)
                .sorted()
                .toList();
        List<String> pairs = new ArrayList<>();
        for (int i = 0; i < kept.size(); i++) {
            for (int j = i + 1; j < kept.size(); j++) {
                pairs.add(key(kept.get(i), kept.get(j)));
            }
        }
        return pairs;
    }

    // ---- concepts ----

    private ConceptState conceptState(String conceptKey, List<String> members) {
        FormStats total = new FormStats();
        for (String member : members) {
            FormStats stats = (FormStats) index.forms.get(member);
            if (stats != null) {
                total.addAll(stats);
            }
        }
        if (total.isEmpty()) {
            return null;
        }
        Concept concept = NormalizingConceptResolver.concept(conceptKey, total,
                (pref, label) -> MergeGraph.rule(pref, label, this::ruleLinks), links, new TreeSet<>(), new TreeSet<>());
        SortedSet<String> ancestorForms = new TreeSet<>();
        for (String label : FamilyNames.labels(concept)) {
            FamilyNames.ancestors(label).forEach(a -> ancestorForms.add(MergeGraph.form(a)));
        }
        return new ConceptState(concept.type(), concept.prefLabel(), concept.variants(), concept.firstSeen(), concept.link(),
                members, List.copyOf(ancestorForms), null);
    }

    private static List<String> labels(ConceptState state) {
        List<String> labels = new ArrayList<>(List.of(state.prefLabel()));
        state.variants().forEach(v -> labels.add(v.label()));
        return labels;
    }

    private Map.Entry<String, MentionType> conceptOfName(String name) {
        String conceptKey = (String) index.componentOf.get(MergeGraph.form(name));
        ConceptState state = conceptKey == null ? null : (ConceptState) index.concepts.get(conceptKey);
        return state == null ? null : Map.entry(conceptKey, state.type());
    }

    /** Concepts whose family names may resolve through one of these forms. */
    private Set<String> dependentsOf(List<String> forms) {
        Set<String> dependents = new TreeSet<>();
        forms.forEach(form -> suffixes(index.ancestors, form).forEach(dependents::add));
        return dependents;
    }

    /** A concept as stored, with the papers that introduce it; null when it is gone. */
    public Concept concept(String conceptKey) {
        return concept(conceptKey, true);
    }

    /**
     * A concept as stored, null when it is gone; without the papers that introduce it unless asked
     * (they are many for a concept many papers claim, and change one at a time: see {@link #introduces}).
     */
    public Concept concept(String conceptKey, boolean withIntroductions) {
        ConceptState state = (ConceptState) index.concepts.get(conceptKey);
        if (state == null) {
            return null;
        }
        SortedSet<String> introducedBy = new TreeSet<>();
        if (withIntroductions) {
            suffixes(index.introduced, conceptKey).forEach(introducedBy::add);
        }
        return new Concept(conceptKey, state.type(), state.prefLabel(), state.variants(), new TreeSet<>(), introducedBy,
                state.firstSeen(), state.link());
    }

    /** Whether a paper introduces a concept (an id of {@link Changes#introductions()}: concept key and paper id). */
    public boolean introduces(String introduction) {
        return index.introduced.containsKey(introduction);
    }

    public int support(String conceptKey) {
        return countOf(index.support, conceptKey);
    }

    /** How many papers naming a concept were issued in each year, for the years that have any. */
    public SortedMap<Integer, Integer> papersPerYear(String conceptKey) {
        SortedMap<Integer, Integer> perYear = new TreeMap<>();
        for (String year : suffixes(index.papersPerYear, conceptKey)) {
            perYear.put(Integer.valueOf(year), countOf(index.papersPerYear, key(conceptKey, year)));
        }
        return perYear;
    }

    /** Years as fixed-width keys, so that they sort as numbers. */
    private static String yearKey(int year) {
        return String.format(Locale.ROOT, "%04d", year);
    }

    /** The keys of every other form of a concept: each names the concept too. */
    public List<String> aliasKeys(String conceptKey) {
        ConceptState state = (ConceptState) index.concepts.get(conceptKey);
        if (state == null) {
            return List.of();
        }
        Set<String> aliases = new TreeSet<>();
        state.members().forEach(form -> aliases.add(LabelNormalizer.key(form)));
        aliases.remove(conceptKey);
        return List.copyOf(aliases);
    }

    /** The concept key a form resolves to, or null. */
    public String conceptKeyOfForm(String form) {
        return (String) index.componentOf.get(form);
    }

    /** The papers whose mentions resolve to a concept. */
    public SortedSet<String> papersOf(String conceptKey) {
        SortedSet<String> papers = new TreeSet<>();
        ConceptState state = (ConceptState) index.concepts.get(conceptKey);
        if (state != null) {
            for (String member : state.members()) {
                for (String id : suffixes(index.postings, member)) {
                    if (paper(id).keys().contains(conceptKey)) {
                        papers.add(id);
                    }
                }
            }
        }
        return papers;
    }

    /** Number of papers naming both concepts of a pair id, 0 when none. */
    public int pairWeight(String pair) {
        return countOf(index.coOccurrences, pair);
    }

    public int relationSupport(String relation) {
        return countOf(index.relations, relation);
    }

    /** Splits a pair or relation id into its parts. */
    public static String[] parts(String id) {
        return id.split(String.valueOf(ResolutionIndex.SEP), -1);
    }

    /**
     * The whole resolution, as {@link NormalizingConceptResolver} gives it. Reads every stored paper:
     * for small stores and tests.
     */
    public Resolution snapshot() {
        Map<String, SortedSet<String>> paperIds = new TreeMap<>();
        Map<String, Map<Mention, String>> conceptKeys = new TreeMap<>();
        Map<String, List<RelationEvidence>> evidence = new TreeMap<>();
        for (String id : index.papers.keySet()) {
            PaperState state = paper(id);
            state.keys().forEach(k -> paperIds.computeIfAbsent(k, x -> new TreeSet<>()).add(id));
            conceptKeys.put(id, java.util.Collections.unmodifiableMap(state.conceptKeys()));
            readings(state).forEach(r -> evidence.computeIfAbsent(r.relationId(), x -> new ArrayList<>()).add(new RelationEvidence(id, r.mention())));
        }
        List<Concept> concepts = new ArrayList<>();
        for (String conceptKey : index.concepts.keySet()) {
            Concept c = concept(conceptKey);
            concepts.add(new Concept(c.key(), c.type(), c.prefLabel(), c.variants(),
                    java.util.Collections.unmodifiableSortedSet(paperIds.get(conceptKey)), c.introducedBy(), c.firstSeen(), c.link()));
        }
        List<ConceptRelation> relations = new ArrayList<>();
        Comparator<String[]> edgeOrder = Comparator.<String[], String>comparing(p -> p[0])
                .thenComparing(p -> RelationType.valueOf(p[1])).thenComparing(p -> p[2]);
        evidence.entrySet().stream().sorted(Comparator.comparing(e -> parts(e.getKey()), edgeOrder)).forEach(e -> {
            String[] p = parts(e.getKey());
            List<RelationEvidence> list = new ArrayList<>(e.getValue());
            list.sort(NormalizingConceptResolver.EVIDENCE_ORDER);
            relations.add(new ConceptRelation(RelationType.valueOf(p[1]), p[0], p[2], List.copyOf(list)));
        });
        List<CoOccurrence> pairs = new ArrayList<>();
        for (String pair : index.coOccurrences.keySet()) {
            String[] p = parts(pair);
            pairs.add(new CoOccurrence(p[0], p[1], pairWeight(pair)));
        }
        return new Resolution(List.copyOf(concepts), java.util.Collections.unmodifiableMap(conceptKeys), List.copyOf(relations), List.copyOf(pairs));
    }
}
