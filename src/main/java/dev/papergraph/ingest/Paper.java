package dev.papergraph.ingest;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * One paper as read from its inputs. Only {@code id} and {@code abstractText} are always present;
 * the other fields are null (or empty lists) when the input does not carry them.
 *
 * @param id the input's id where given, else {@link PaperIds#fromAbstract(String)}
 * @param sources every place this paper was read, sorted; the same abstract read twice is one paper
 */
public record Paper(
        String id,
        String title,
        String abstractText,
        List<String> authors,
        Integer authorCount,
        PaperDate date,
        String doi,
        String url,
        List<String> categories,
        List<SourceRef> sources) implements java.io.Serializable {

    public Paper {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("paper id is required");
        }
        if (abstractText == null || abstractText.isBlank()) {
            throw new IllegalArgumentException("abstract is required");
        }
        authors = authors == null ? List.of() : List.copyOf(authors);
        categories = categories == null ? List.of() : List.copyOf(categories);
        sources = sources == null ? List.of() : sources.stream().sorted().distinct().toList();
    }

    /** A paper known only by its abstract, identified by {@link PaperIds#fromAbstract(String)}. */
    public static Paper ofAbstract(String abstractText, SourceRef source) {
        return new Paper(
                PaperIds.fromAbstract(abstractText), null, abstractText, null, null, null, null, null, null, List.of(source));
    }

    /**
     * One paper from several readings of it (all with this id), independent of the order they came in:
     * the readings are taken in the order of their first source, each field is the first one given
     * (non-null, or non-empty for lists), and the sources are all of theirs.
     */
    public static Paper merge(List<Paper> readings) {
        if (readings.isEmpty() || readings.stream().map(Paper::id).distinct().count() != 1) {
            throw new IllegalArgumentException("merge needs readings of one paper id");
        }
        List<Paper> ordered = readings.stream()
                .sorted(Comparator.comparing((Paper p) -> p.sources().isEmpty() ? null : p.sources().get(0),
                        Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
        return new Paper(
                ordered.get(0).id(),
                first(ordered, Paper::title),
                ordered.get(0).abstractText(),
                firstNonEmpty(ordered, Paper::authors),
                first(ordered, Paper::authorCount),
                first(ordered, Paper::date),
                first(ordered, Paper::doi),
                first(ordered, Paper::url),
                firstNonEmpty(ordered, Paper::categories),
                ordered.stream().flatMap(p -> p.sources().stream()).toList());
    }

    private static <T> T first(List<Paper> papers, Function<Paper, T> field) {
        return papers.stream().map(field).filter(Objects::nonNull).findFirst().orElse(null);
    }

    private static <T> List<T> firstNonEmpty(List<Paper> papers, Function<Paper, List<T>> field) {
        return papers.stream().map(field).filter(list -> !list.isEmpty()).findFirst().orElse(List.of());
    }
}
