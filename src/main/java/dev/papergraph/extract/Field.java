package dev.papergraph.extract;

/** The part of a paper a mention was found in. */
public enum Field {
    title,
    abstract_;

    /** The name used in JSON output and in the graph: "title" or "abstract". */
    public String label() {
        return this == title ? "title" : "abstract";
    }

    public static Field parse(String label) {
        return switch (label) {
            case "title" -> title;
            case "abstract" -> abstract_;
            default -> throw new IllegalArgumentException("unknown field '" + label + "'");
        };
    }
}
