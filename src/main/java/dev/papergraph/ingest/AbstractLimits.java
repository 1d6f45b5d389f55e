package dev.papergraph.ingest;

/** The checks every reader applies to an abstract before it becomes a {@link Paper}. */
final class AbstractLimits {
    private AbstractLimits() {}

    /** Why this abstract cannot make a paper, or null when it can. */
    static String problem(String abstractText, int maxChars) {
        if (abstractText == null || abstractText.isBlank()) {
            return "empty abstract";
        }
        if (abstractText.length() > maxChars) {
            return String.format(
                    "abstract has %,d characters, more than the limit of %,d", abstractText.length(), maxChars);
        }
        return null;
    }
}
