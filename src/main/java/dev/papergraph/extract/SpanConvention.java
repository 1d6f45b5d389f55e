package dev.papergraph.extract;

/**
 * How much of a noun phrase a mention spans. Annotation schemes differ here, and so do the users of a
 * graph: a concept index wants names, a phrase-level reading of the text wants the whole phrase.
 */
public enum SpanConvention {
    /** The shortest span that names the concept (papergraph's guidelines): "BeamVQ", not "the BeamVQ method". */
    NAME,
    /**
     * The phrase with its head noun and a bracketed short form, the longest span as SciERC annotates it:
     * "Markov random field ( MRF ) models", "text mining method".
     */
    PHRASE;

    /** Parses a convention name case-insensitively ("name", "phrase"). */
    public static SpanConvention parse(String name) {
        for (SpanConvention convention : values()) {
            if (convention.name().equalsIgnoreCase(name.trim())) {
                return convention;
            }
        }
        throw new IllegalArgumentException("unknown span convention '" + name + "' (name or phrase)");
    }
}
