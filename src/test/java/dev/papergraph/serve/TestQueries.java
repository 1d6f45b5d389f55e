package dev.papergraph.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The SPARQL the tests send, kept in {@code .rq} files next to the fixture. */
final class TestQueries {
    private TestQueries() {}

    static String read(String name) {
        try (InputStream in = TestQueries.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("No test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
