package dev.papergraph.ingest;

/**
 * The inside of a JSON string literal for a text, for JSON written by hand where a writer's escaping
 * would get in the way (Commons Text's escapeJson turns '/' into '\/', which makes IRIs hard to read).
 */
public final class JsonText {
    private JsonText() {}

    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    // U+2028 and U+2029 are valid in JSON but end a line in JavaScript
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
