package dev.papergraph.graph;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The colour of each node type, read from {@code palette.css}: the one file the explorer is styled
 * with and the graph exports colour their nodes from, so that a type looks the same everywhere.
 */
public final class Palette {
    /** Where the palette lives on the classpath. */
    public static final String RESOURCE = "dev/papergraph/graph/palette.css";
    private static final Map<String, String> COLOURS = load();

    private Palette() {}

    /** The colour of a type ({@code Method}, {@code Paper}, ...) as {@code #rrggbb}. */
    public static String colour(String type) {
        String colour = COLOURS.get(type);
        if (colour == null) {
            throw new IllegalArgumentException("no colour for " + type + " in " + RESOURCE);
        }
        return colour;
    }

    private static Map<String, String> load() {
        try (InputStream in = Palette.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            String css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            Map<String, String> colours = new LinkedHashMap<>();
            Matcher property = Pattern.compile("--(\\w+):\\s*(#[0-9a-fA-F]{6});").matcher(css);
            while (property.find()) {
                colours.put(property.group(1), property.group(2));
            }
            return Map.copyOf(colours);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
