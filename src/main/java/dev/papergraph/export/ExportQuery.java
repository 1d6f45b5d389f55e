package dev.papergraph.export;

import dev.papergraph.store.QueryResource;
import java.util.Locale;
import org.apache.jena.query.Query;

/** The export stage's internal queries, one per {@code .rq} file next to this class, parsed once. */
enum ExportQuery {
    CONCEPTS,
    PAPERS,
    PAPER_CONCEPT_EDGES,
    MENTIONS,
    CONCEPT_RELATIONS,
    RELATION_SUPPORTS,
    CO_OCCURRENCES;

    private final Query query;

    ExportQuery() {
        query = QueryResource.parse(ExportQuery.class, name().toLowerCase(Locale.ROOT).replace('_', '-') + ".rq");
    }

    Query query() {
        return query;
    }
}
