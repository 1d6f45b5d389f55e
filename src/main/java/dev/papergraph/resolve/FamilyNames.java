package dev.papergraph.resolve;

import dev.papergraph.extract.Mention;
import dev.papergraph.extract.MentionType;
import dev.papergraph.extract.RelationMention;
import dev.papergraph.extract.RelationType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "Variant of" read from names: a size, version or release suffix stripped from a name gives its
 * family ("ResNet-50" → "ResNet", "LLaMA-2-7B" → "LLaMA-2" → "LLaMA", "ViT-B/16" → "ViT-B" → "ViT").
 * A concept is linked to the nearest family that is itself a concept of the resolution.
 */
final class FamilyNames {
    /** A suffix after a separator: a number with an optional size unit, a version, a size word. */
    private static final Pattern SEPARATED_SUFFIX = Pattern.compile(
            "(.*\\p{L}.*?)[\\s_/-]+(?:v?\\d+(?:\\.\\d+)*(?:x\\d+)?[bmkt]?|base|large|small|tiny|mini|medium|huge|giant|xl|xxl|instruct|chat)",
            Pattern.CASE_INSENSITIVE);
    /** A size letter after a separator, upper case only ("ViT-B", "ViT-L"). */
    private static final Pattern SIZE_LETTER = Pattern.compile("(.*\\p{L}.*?)[\\s_/-]+[SBLHG]");
    /** A number or version glued to the name ("GPT4", "ResNet50", "YOLOv8", "Qwen2.5"). */
    private static final Pattern GLUED_NUMBER = Pattern.compile("(.*\\p{L})v?\\d+(?:\\.\\d+)*");
    private static final Set<MentionType> MODEL_LIKE = Set.of(MentionType.Model, MentionType.Method);
    static final String COMPONENT = "name";
    static final double CONFIDENCE = 0.9;

    private FamilyNames() {}

    /** The successive families a name's suffixes give, nearest first. */
    static List<String> ancestors(String name) {
        List<String> ancestors = new ArrayList<>();
        String current = name.strip();
        while ((current = parent(current)) != null) {
            ancestors.add(current);
        }
        return ancestors;
    }

    private static String parent(String name) {
        for (Pattern pattern : List.of(SEPARATED_SUFFIX, SIZE_LETTER, GLUED_NUMBER)) {
            Matcher m = pattern.matcher(name);
            if (m.matches()) {
                String family = m.group(1).strip();
                // "CC" from "CC12M" is too short to name a family safely; "UL2" from "UL2 20B" is not
                return family.codePoints().filter(Character::isLetter).count() >= 2
                                && family.codePoints().filter(Character::isLetterOrDigit).count() >= 3
                        ? family
                        : null;
            }
        }
        return null;
    }

    /** The key of the nearest family concept of a concept's labels, or null. */
    static String family(Concept concept, MergeGraph graph, Map<String, String> keyOfRoot, Map<String, Concept> concepts) {
        return family(concept.key(), concept.type(), labels(concept), ancestor -> {
            String key = keyOfRoot.get(graph.clusterOf("", ancestor));
            Concept family = key == null ? null : concepts.get(key);
            return family == null ? null : Map.entry(family.key(), family.type());
        });
    }

    /** The preferred label, then the variants: the order in which names are read for a family. */
    static List<String> labels(Concept concept) {
        List<String> labels = new ArrayList<>(List.of(concept.prefLabel()));
        concept.variants().forEach(v -> labels.add(v.label()));
        return labels;
    }

    /**
     * The key of the nearest family concept of a concept's labels, or null; {@code conceptOf} gives
     * the key and type of the concept an ancestor name resolves to, or null when it names none.
     */
    static String family(String key, MentionType type, List<String> labels,
            Function<String, Map.Entry<String, MentionType>> conceptOf) {
        for (String label : labels) {
            for (String ancestor : ancestors(label)) {
                Map.Entry<String, MentionType> family = conceptOf.apply(ancestor);
                if (family != null && !family.getKey().equals(key) && sameKind(family.getValue(), type)) {
                    return family.getKey();
                }
            }
        }
        return null;
    }

    private static boolean sameKind(MentionType a, MentionType b) {
        return a == b || (MODEL_LIKE.contains(a) && MODEL_LIKE.contains(b));
    }

    /**
     * One reading per paper that names the variant: its first mention there, with the family's first
     * mention where the paper names the family too, else the variant's own mention again, since
     * the family name is read inside it ("ResNet" in "ResNet-50").
     */
    static List<RelationEvidence> evidence(String variantKey, String familyKey, Map<String, Map<Mention, String>> conceptKeys) {
        List<RelationEvidence> evidence = new ArrayList<>();
        conceptKeys.forEach((paperId, keys) -> {
            Mention variant = first(keys, variantKey);
            if (variant != null) {
                Mention family = first(keys, familyKey);
                evidence.add(new RelationEvidence(paperId,
                        new RelationMention(RelationType.VARIANT_OF, variant, family == null ? variant : family, COMPONENT, CONFIDENCE)));
            }
        });
        return evidence;
    }

    static Mention first(Map<Mention, String> keys, String key) {
        return keys.entrySet().stream().filter(e -> e.getValue().equals(key)).map(Map.Entry::getKey).findFirst().orElse(null);
    }
}
