package dev.papergraph.eval;

import java.util.List;

/**
 * One annotated record of a gold file: the seeds gold ({@code ../shared/gold}) or a shared corpus
 * ({@code ../shared/corpora}). Offsets are code points, end exclusive. Corpus records have no title,
 * no introduced list and no aliases; their "Other" spans are dropped when read. {@code source} names a
 * corpus record's corpus ("SciERC"), null for the seeds gold.
 */
public record GoldRecord(
        String id,
        String title,
        String text,
        List<GoldSpan> entities,
        List<GoldSpan> titleEntities,
        List<String> introduced,
        List<List<String>> aliases,
        String source) {

    /** An annotated span; {@code type} is one of Method, Model, Dataset, Task, Metric. */
    public record GoldSpan(int start, int end, String type, String text) {}
}
