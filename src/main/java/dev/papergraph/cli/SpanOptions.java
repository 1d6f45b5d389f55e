package dev.papergraph.cli;

import dev.papergraph.extract.SpanConvention;
import picocli.CommandLine.Option;

/** How much of a phrase a mention spans: names (the default) or whole phrases. */
final class SpanOptions {
    @Option(names = "--spans", paramLabel = "CONVENTION", defaultValue = "name",
            description = "Mention spans: name (the shortest span naming the concept: \"BeamVQ\") or phrase (the whole "
                    + "phrase, head noun and bracketed short form included: \"Markov random field (MRF) models\") (default: ${DEFAULT-VALUE}).")
    String spans;

    SpanConvention convention() {
        return parse(spans, "name or phrase");
    }

    /** Parses a --spans value; a bad one is a user error naming the values {@code allowed}. */
    static SpanConvention parse(String value, String allowed) {
        try {
            return SpanConvention.parse(value);
        } catch (IllegalArgumentException e) {
            throw new UserError("--spans: unknown span convention '" + value + "' (" + allowed + ")");
        }
    }
}
