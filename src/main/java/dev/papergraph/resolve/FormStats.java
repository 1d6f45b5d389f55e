package dev.papergraph.resolve;

import dev.papergraph.extract.Mention;
import dev.papergraph.extract.MentionType;
import dev.papergraph.ingest.PaperDate;
import java.io.Serializable;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What the mentions of one concept (or of one match form) add up to: how often each surface form is
 * written, mid-sentence and opening a sentence, under which types, and the earliest dated paper. Sums
 * of these are exact, so a concept's label and type can be computed from its forms' statistics without
 * reading its papers again.
 */
final class FormStats implements Serializable {
    private static final long serialVersionUID = 1L;

    private final TreeMap<String, Integer> surfaces = new TreeMap<>();
    private final TreeMap<String, Integer> initials = new TreeMap<>();
    private final EnumMap<MentionType, Integer> types = new EnumMap<>(MentionType.class);
    private PaperDate firstSeen;
    private int mentions;

    /** Adds ({@code sign} 1) or takes away ({@code sign} -1) one mention read in a paper of that date. */
    void add(Mention mention, PaperDate date, int sign) {
        count(startsSentence(mention) ? initials : surfaces, mention.text(), sign);
        count(types, mention.type(), sign);
        mentions += sign;
        if (sign > 0) {
            seen(date);
        }
    }

    /** Takes a paper's date into account for the earliest date (dates are only ever recomputed, never taken away). */
    void seen(PaperDate date) {
        if (date != null && date.year() != null && (firstSeen == null || NormalizingConceptResolver.DATE_ORDER.compare(date, firstSeen) < 0)) {
            firstSeen = date;
        }
    }

    void addAll(FormStats other) {
        other.surfaces.forEach((k, n) -> count(surfaces, k, n));
        other.initials.forEach((k, n) -> count(initials, k, n));
        other.types.forEach((k, n) -> count(types, k, n));
        mentions += other.mentions;
        seen(other.firstSeen);
    }

    FormStats copy() {
        FormStats copy = new FormStats();
        copy.addAll(this);
        return copy;
    }

    void clearFirstSeen() {
        firstSeen = null;
    }

    boolean isEmpty() {
        return mentions == 0;
    }

    PaperDate firstSeen() {
        return firstSeen;
    }

    /** Surface counts where a sentence-opening capital counts for the lower-case form when that form is used. */
    private Map<String, Integer> labelCounts() {
        Map<String, Integer> counts = new TreeMap<>(surfaces);
        // "Large language models" opening a sentence counts for "large language models" when that form is used
        initials.forEach((text, n) -> {
            String lowered = text.substring(0, 1).toLowerCase(Locale.ROOT) + text.substring(1);
            counts.merge(surfaces.containsKey(lowered) ? lowered : text, n, Integer::sum);
        });
        return counts;
    }

    /** The most frequent well-formed surface form, original case kept. */
    String prefLabel() {
        return labelCounts().entrySet().stream()
                .min(Comparator.comparing((Map.Entry<String, Integer> e) -> !LabelNormalizer.wellFormed(e.getKey()))
                        .thenComparing(e -> -e.getValue())
                        .thenComparing(Map.Entry::getKey))
                .orElseThrow()
                .getKey();
    }

    /** Every surface form written. */
    SortedSet<String> labels() {
        SortedSet<String> labels = new TreeSet<>(labelCounts().keySet());
        labels.addAll(initials.keySet());
        return labels;
    }

    /** The type most mentions give; a tie goes to the type declared first. */
    MentionType type() {
        return types.entrySet().stream()
                .max(Map.Entry.<MentionType, Integer>comparingByValue()
                        .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .orElseThrow()
                .getKey();
    }

    private static <K> void count(Map<K, Integer> counts, K key, int n) {
        int total = counts.getOrDefault(key, 0) + n;
        if (total == 0) {
            counts.remove(key);
        } else {
            counts.put(key, total);
        }
    }

    private static boolean startsSentence(Mention mention) {
        String text = mention.text();
        return mention.sentence() != null
                && mention.sentence().strip().startsWith(text)
                && Character.isUpperCase(text.charAt(0))
                && text.codePoints().skip(1).noneMatch(Character::isUpperCase);
    }
}
