package dev.papergraph.cli;

import dev.papergraph.extract.NlpLevel;
import picocli.CommandLine.Option;

/** How much CoreNLP analysis extraction runs: the fast default, or the costlier full level. */
final class NlpOptions {
    @Option(names = "--nlp", paramLabel = "LEVEL", defaultValue = "fast",
            description = "NLP level: fast (tokens, tags, lemmas) or full (adds CoreNLP's stock named-entity "
                    + "recogniser, whose people, places and amounts veto candidates; extraction about 1.7x slower) (default: ${DEFAULT-VALUE}).")
    String nlp;

    NlpLevel level() {
        return NlpLevel.fromCliName(nlp)
                .orElseThrow(() -> new UserError("unknown --nlp '" + nlp + "' (one of " + NlpLevel.cliNames() + ")"));
    }
}
