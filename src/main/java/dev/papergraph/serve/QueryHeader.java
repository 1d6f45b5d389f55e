package dev.papergraph.serve;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;

/** Reads the header of an example query: its {@code # title:} and {@code # description:} lines. */
final class QueryHeader {
    private QueryHeader() {}

    /** The value of a {@code # key: value} header line of a query, continued on indented comment lines. */
    static String value(String query, String key) {
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
}
