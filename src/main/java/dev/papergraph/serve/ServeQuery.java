package dev.papergraph.serve;

import java.util.Locale;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;

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
        query = QueryFactory.read("dev/papergraph/serve/" + fileName());
    }

    String fileName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-') + ".rq";
    }

    /** A copy, so a caller may change its limit. */
    Query query() {
        return query.cloneQuery();
    }
}
