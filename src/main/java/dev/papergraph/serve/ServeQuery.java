package dev.papergraph.serve;

import dev.papergraph.store.QueryResource;
import java.util.Locale;
import org.apache.jena.query.Query;

/** The server's own SPARQL, one constant per {@code .rq} file in this package's resources. */
enum ServeQuery {
    DESCRIBE,
    CONCEPT_PAPERS,
    CONCEPT_YEARS,
    CONCEPT_RELATED,
    CONCEPT_COOCCURRING,
    CONCEPT_CANONICAL,
    LABELS,
    PAPER_MENTIONS,
    PAPER_CONCEPTS,
    PAPER_BY_ID,
    VOID_PROPERTIES,
    VOID_CLASSES;

    private final Query query;

    ServeQuery() {
        query = QueryResource.parse(ServeQuery.class, fileName());
    }

    String fileName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-') + ".rq";
    }

    /** A copy, so a caller may change its limit. */
    Query query() {
        return query.cloneQuery();
    }
}
