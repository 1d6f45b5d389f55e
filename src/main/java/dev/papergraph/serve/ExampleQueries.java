package dev.papergraph.serve;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The explorer's example queries. The classpath cannot be listed portably, so the set is named in
 * {@code /queries/index.txt} (one query name a line, {@code #} comments allowed) or handed to
 * {@link Endpoint.Builder#exampleQueries(Map)}.
 */
final class ExampleQueries {
    static final String INDEX = "/queries/index.txt";

    private ExampleQueries() {}

    /** Name to SPARQL text of every query the index lists; empty when there is no index. */
    static Map<String, String> fromIndex() {
        Map<String, String> queries = new TreeMap<>();
        Optional<String> index = resource(INDEX);
        index.ifPresent(text -> text.lines()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .map(line -> line.endsWith(".rq") ? line.substring(0, line.length() - 3) : line)
                .forEach(name -> queries.put(name, resource("/queries/" + name + ".rq").orElseThrow(
                        () -> new IllegalStateException(INDEX + " names " + name + " but /queries/" + name + ".rq is missing")))));
        return queries;
    }

    /** The value of a {@code # key: value} header line of a query, continued on indented comment lines. */
    static String header(String query, String key) {
        StringBuilder value = new StringBuilder();
        boolean inKey = false;
        try (BufferedReader lines = new BufferedReader(new StringReader(query))) {
            for (String line = lines.readLine(); line != null && line.startsWith("#"); line = lines.readLine()) {
                String comment = line.substring(1);
                if (comment.strip().startsWith(key + ":")) {
                    value.append(comment.strip().substring(key.length() + 1).strip());
                    inKey = true;
                } else if (inKey && comment.startsWith("   ")) {
                    value.append(' ').append(comment.strip());
                } else {
                    inKey = false;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return value.toString();
    }

    private static Optional<String> resource(String path) {
        try (InputStream in = ExampleQueries.class.getResourceAsStream(path)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
