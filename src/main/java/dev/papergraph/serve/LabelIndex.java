package dev.papergraph.serve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.PriorityQueue;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.engine.binding.Binding;

/**
 * Every concept label (preferred and alternative) in memory, for search as you type and lookups by
 * label. SPARQL can only answer "label contains TEXT" by reading and lower-casing every label of the
 * store (about a second at 100,000 papers); a scan of the lower-cased labels held here takes a few
 * milliseconds. One index answers for one state of the store: {@link Site} builds a new one when the
 * store has changed.
 */
final class LabelIndex {

    /**
     * A concept as search shows it.
     *
     * @param type a concept class, or null
     * @param support papers naming it, 0 when not recorded
     */
    record Concept(Node iri, String label, Node type, long support) {}

    /**
     * A search result.
     *
     * @param prefix whether a label starts with the text (such results come first)
     * @param matched the label that matched (a prefix match when there is one)
     */
    record Match(Concept concept, boolean prefix, String matched) {}

    /** One label of one concept, lower-cased once. */
    private record Form(Concept concept, String label, String lower, boolean preferred) {}

    private static final Comparator<Match> ORDER = Comparator.comparing((Match m) -> !m.prefix())
            .thenComparing(Comparator.comparingLong((Match m) -> m.concept().support()).reversed())
            .thenComparing(m -> m.concept().label())
            .thenComparing(m -> m.concept().iri().getURI());

    private final Form[] forms;
    private final Map<String, List<Form>> byLowerLabel = new HashMap<>();

    private LabelIndex(List<Form> forms) {
        this.forms = forms.toArray(Form[]::new);
        for (Form form : forms) {
            byLowerLabel.computeIfAbsent(form.lower(), l -> new ArrayList<>()).add(form);
        }
    }

    /** Builds the index from the rows of {@code labels.rq}. */
    static LabelIndex of(List<Binding> rows) {
        // A concept found in several rows (several types, say) gets one merged description.
        Map<Node, Concept> concepts = new HashMap<>();
        for (Binding row : rows) {
            concepts.merge(row.get("concept"), concept(row), LabelIndex::stronger);
        }
        Map<List<Object>, Form> forms = new LinkedHashMap<>();
        for (Binding row : rows) {
            Concept concept = concepts.get(row.get("concept"));
            String label = row.get("form").getLiteralLexicalForm();
            Form form = new Form(concept, label, lower(label), label.equals(concept.label()));
            forms.putIfAbsent(List.of(concept.iri(), label), form);
        }
        return new LabelIndex(List.copyOf(forms.values()));
    }

    private static Concept concept(Binding row) {
        Node support = row.get("support");
        long value = 0;
        if (support != null && support.isLiteral()) {
            try {
                value = Long.parseLong(support.getLiteralLexicalForm().trim());
            } catch (NumberFormatException e) {
                value = 0;
            }
        }
        return new Concept(row.get("concept"), row.get("pref").getLiteralLexicalForm(), row.get("type"), value);
    }

    /** The same concept from two rows: the higher support, a known type, the smaller preferred label. */
    private static Concept stronger(Concept a, Concept b) {
        Node type = a.type() != null ? a.type() : b.type();
        String label = a.label().compareTo(b.label()) <= 0 ? a.label() : b.label();
        return new Concept(a.iri(), label, type, Math.max(a.support(), b.support()));
    }

    static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }

    /**
     * Concepts with a label containing {@code text} (any case): label prefixes first, then by support,
     * preferred label and IRI; at most {@code limit}.
     */
    List<Match> search(String text, int limit) {
        String needle = lower(text);
        Map<Node, Match> best = new HashMap<>();
        for (Form form : forms) {
            int at = form.lower().indexOf(needle);
            if (at < 0) {
                continue;
            }
            Match match = new Match(form.concept(), at == 0, form.label());
            best.merge(form.concept().iri(), match, (a, b) -> better(a, b) ? a : b);
        }
        // Keep the best `limit` without sorting every match ("learning" matches thousands of concepts).
        PriorityQueue<Match> top = new PriorityQueue<>(ORDER.reversed());
        for (Match match : best.values()) {
            top.add(match);
            if (top.size() > limit) {
                top.poll();
            }
        }
        List<Match> results = new ArrayList<>(top);
        results.sort(ORDER);
        return results;
    }

    /** Of two matches of one concept: the prefix match, else the preferred label, else the first. */
    private static boolean better(Match a, Match b) {
        if (a.prefix() != b.prefix()) {
            return a.prefix();
        }
        return !b.matched().equals(b.concept().label()) || a.matched().equals(a.concept().label());
    }

    /**
     * Concepts with a label equal to {@code label} (any case): those whose preferred label it is
     * first, then by support and IRI.
     */
    List<Concept> byLabel(String label) {
        Map<Node, Form> found = new LinkedHashMap<>();
        for (Form form : byLowerLabel.getOrDefault(lower(label), List.of())) {
            found.merge(form.concept().iri(), form, (a, b) -> a.preferred() || !b.preferred() ? a : b);
        }
        return found.values().stream()
                .sorted(Comparator.comparing((Form f) -> !f.preferred())
                        .thenComparing(Comparator.comparingLong((Form f) -> f.concept().support()).reversed())
                        .thenComparing(f -> f.concept().iri().getURI()))
                .map(Form::concept)
                .toList();
    }
}
