package dev.papergraph.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.Syntax;

/**
 * The one way papergraph reads the SPARQL it ships: {@code .rq} files on the classpath, next to the
 * class that runs them (internal queries) or under {@code /queries/} (the users' named queries).
 */
public final class QueryResource {
    private QueryResource() {}

    /** The text of a {@code .rq} resource, relative to {@code owner}'s package unless it starts with '/'. */
    public static String text(Class<?> owner, String name) {
        try (InputStream in = owner.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("query missing from the classpath: " + name + " (beside " + owner.getName() + ")");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A resource parsed as SPARQL with ARQ's extensions; a fresh {@link Query} each call, since queries are mutable. */
    public static Query parse(Class<?> owner, String name) {
        return QueryFactory.create(text(owner, name), Syntax.syntaxARQ);
    }
}
