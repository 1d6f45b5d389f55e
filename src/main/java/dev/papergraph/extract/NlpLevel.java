package dev.papergraph.extract;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * How much CoreNLP analysis the extractor runs. {@link #FAST} is the default; {@link #FULL} adds
 * CoreNLP's stock named-entity recogniser, whose people, places, dates and amounts veto the tagger's
 * and the cue patterns' candidates ({@link NlpVeto}). Measured on two shared cores: about 1.7x the
 * extraction time (1.0-2.4x over seven runs), and F1 on the gold files moves by less than 0.003.
 */
public enum NlpLevel {
    /** Tokens, sentences, part-of-speech tags and lemmas: the extractor's floor. */
    FAST,
    /** FAST plus the stock CRF named-entity recogniser (coarse types, no SUTime). */
    FULL;

    /** The name on the command line: "fast", "full". */
    public String cliName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<NlpLevel> fromCliName(String name) {
        return Arrays.stream(values()).filter(l -> l.cliName().equals(name)).findFirst();
    }

    /** "fast, full", for usage and error messages. */
    public static String cliNames() {
        return Arrays.stream(values()).map(NlpLevel::cliName).collect(Collectors.joining(", "));
    }
}
