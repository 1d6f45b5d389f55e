package dev.papergraph.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;

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
        String file = name().toLowerCase(Locale.ROOT).replace('_', '-') + ".rq";
        try (InputStream in = ExportQuery.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalStateException("internal query missing from the classpath: " + file);
            }
            query = QueryFactory.create(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Query query() {
        return query;
    }
}
