package dev.papergraph.resolve;

import dev.papergraph.extract.AcronymPair;
import dev.papergraph.extract.Mention;
import dev.papergraph.resolve.ConceptResolver.PaperInput;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Which match forms name one concept, and why: links from the equivalence table and from acronym
 * definitions, over the forms of every mention. An acronym defined with different long forms in
 * different papers is split by long form: each defining paper's uses go to its own long form, and
 * the other papers' uses go to the long form most papers define (the table's, when it has one).
 */
final class MergeGraph {
    static final String CASE = "case";
    static final String HYPHENATION = "hyphenation";
    static final String PLURAL = "plural";
    static final String ACRONYM = "acronym";
    static final String EQUIVALENCE = "equivalence-table";

    private final Clusters clusters = new Clusters();
    /** For each form, its linked forms and the rule of the link. */
    private final Map<String, Map<String, String>> rules = new TreeMap<>();
    /** For each paper, the short forms it defines with a long form other than the usual one. */
    private final Map<String, Map<String, String>> localSenses = new HashMap<>();
    /** Forms preferred as a concept's key: table canonicals first, then acronym long forms. */
    private final SortedSet<String> canonicalForms = new TreeSet<>();
    private final SortedSet<String> longForms = new TreeSet<>();

    private MergeGraph() {}

    /** The form a surface is matched by; a form without letters or digits ("%") stands for itself. */
    static String form(String surface) {
        String form = LabelNormalizer.matchForm(surface);
        return form.isEmpty() ? surface.strip().toLowerCase(Locale.ROOT) : form;
    }

    static MergeGraph build(List<PaperInput> papers, Map<String, List<Mention>> mentions, EquivalenceTable table) {
        MergeGraph graph = new MergeGraph();
        mentions.values().forEach(list -> list.forEach(m -> graph.clusters.add(form(m.text()))));
        Clusters base = new Clusters();
        for (EquivalenceTable.Equivalence e : table.equivalences()) {
            base.link(e.canonical(), e.equivalent());
            graph.link(e.canonical(), e.equivalent(), EQUIVALENCE);
            graph.canonicalForms.add(e.canonical());
        }
        // short form -> long form's component -> the papers defining it that way, and its long forms
        Map<String, Map<String, Sense>> senses = new TreeMap<>();
        for (PaperInput paper : papers) {
            Map<String, String> firstLongForm = new TreeMap<>();
            for (AcronymPair pair : paper.extraction().acronyms()) {
                String shortForm = form(pair.shortForm());
                String longForm = form(pair.longForm());
                if (!shortForm.equals(longForm)) {
                    base.add(shortForm);
                    base.add(longForm);
                    senses.computeIfAbsent(shortForm, s -> new TreeMap<>())
                            .computeIfAbsent(longForm, l -> new Sense(new TreeSet<>(), new TreeSet<>()));
                    senses.get(shortForm).get(longForm).papers().add(paper.paper().id());
                    // one paper expanding one short form twice names one concept twice
                    String other = firstLongForm.putIfAbsent(shortForm, longForm);
                    if (other != null && !other.equals(longForm)) {
                        base.link(other, longForm);
                        graph.link(other, longForm, ACRONYM);
                    }
                }
            }
        }
        senses.forEach((shortForm, byLongForm) -> graph.addAcronym(shortForm, bySense(byLongForm, base), base));
        return graph;
    }

    private record Sense(SortedSet<String> papers, SortedSet<String> longForms) {}

    /** Regroups the long forms of one short form by their component in the base links. */
    private static Map<String, Sense> bySense(Map<String, Sense> byLongForm, Clusters base) {
        Map<String, Sense> bySense = new TreeMap<>();
        byLongForm.forEach((longForm, sense) -> {
            Sense merged = bySense.computeIfAbsent(base.root(longForm), r -> new Sense(new TreeSet<>(), new TreeSet<>()));
            merged.papers().addAll(sense.papers());
            merged.longForms().add(longForm);
        });
        return bySense;
    }

    private void addAcronym(String shortForm, Map<String, Sense> senses, Clusters base) {
        String usual = senses.containsKey(base.root(shortForm))
                ? base.root(shortForm)
                : senses.entrySet().stream()
                        .min(Comparator.comparing((Map.Entry<String, Sense> e) -> -e.getValue().papers().size())
                                .thenComparing(Map.Entry::getKey))
                        .orElseThrow()
                        .getKey();
        senses.forEach((root, sense) -> {
            longForms.addAll(sense.longForms());
            sense.longForms().forEach(longForm -> note(shortForm, longForm, ACRONYM));
            if (root.equals(usual)) {
                clusters.link(shortForm, sense.longForms().first());
            } else {
                clusters.add(sense.longForms().first());
                sense.papers().forEach(paper -> localSenses.computeIfAbsent(paper, p -> new HashMap<>())
                        .put(shortForm, sense.longForms().first()));
            }
        });
    }

    private void link(String a, String b, String rule) {
        clusters.link(a, b);
        note(a, b, rule);
    }

    /** Records why two forms may meet in a concept, without merging them. */
    private void note(String a, String b, String rule) {
        rules.computeIfAbsent(a, x -> new TreeMap<>()).putIfAbsent(b, rule);
        rules.computeIfAbsent(b, x -> new TreeMap<>()).putIfAbsent(a, rule);
    }

    /** The component (by its smallest form) a surface form names in a paper. */
    String clusterOf(String paperId, String surface) {
        String form = form(surface);
        return clusters.root(localSenses.getOrDefault(paperId, Map.of()).getOrDefault(form, form));
    }

    /** Components by root. */
    Map<String, SortedSet<String>> components() {
        return clusters.components();
    }

    /** The form a component's key is made from: a table canonical, else an acronym's long form, else the smallest. */
    String keyForm(Collection<String> members) {
        for (Set<String> preferred : List.of(canonicalForms, longForms)) {
            for (String member : new TreeSet<>(members)) {
                if (preferred.contains(member)) {
                    return member;
                }
            }
        }
        return new TreeSet<>(members).first();
    }

    /** Why {@code label} was merged into a concept labelled {@code prefLabel}. */
    String rule(String prefLabel, String label) {
        return rule(prefLabel, label, form -> rules.getOrDefault(form, Map.of()));
    }

    /**
     * Why {@code label} was merged into a concept labelled {@code prefLabel}, given each form's linked
     * forms (sorted) with the rule of each link.
     */
    static String rule(String prefLabel, String label, Function<String, Map<String, String>> links) {
        String from = form(prefLabel);
        String to = form(label);
        if (from.equals(to)) {
            if (prefLabel.equalsIgnoreCase(label)) {
                return CASE;
            }
            return LabelNormalizer.separatorFree(prefLabel).equalsIgnoreCase(LabelNormalizer.separatorFree(label))
                    ? HYPHENATION
                    : PLURAL;
        }
        return ruleOnPath(from, to, links);
    }

    /** The rule of the link that reaches {@code to} on a shortest path of links from {@code from}. */
    private static String ruleOnPath(String from, String to, Function<String, Map<String, String>> links) {
        Map<String, String> reachedBy = new HashMap<>();
        Deque<String> queue = new ArrayDeque<>(List.of(from));
        reachedBy.put(from, "");
        while (!queue.isEmpty()) {
            String form = queue.removeFirst();
            for (Map.Entry<String, String> next : links.apply(form).entrySet()) {
                if (reachedBy.putIfAbsent(next.getKey(), next.getValue()) == null) {
                    if (next.getKey().equals(to)) {
                        return next.getValue();
                    }
                    queue.addLast(next.getKey());
                }
            }
        }
        // every merge goes through a noted link, so this is reached only for forms that never met
        return ACRONYM;
    }
}
