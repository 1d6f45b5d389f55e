package dev.papergraph.ingest;

import java.util.List;

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
        List<SourceRef> sources) {

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
}
