package dev.papergraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What each component proposed for one field of a paper, and what the reconciler accepted. */
record FieldReading(
        Field field,
        AnalyzedText text,
        List<Candidate> learned,
        List<Candidate> listed,
        List<Candidate> cued,
        List<Candidate> introducedCues,
        List<AcronymDetector.Definition> definitions,
        List<Candidate> accepted) {

    FieldReading(Field field, AnalyzedText text) {
        this(field, text, new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
                new ArrayList<>());
    }

    String spanText(Candidate c) {
        return text.spanText(text.sentences().get(c.sentence()), c.from(), c.to());
    }

    /** The accepted mention of exactly tokens [from, to) of sentence {@code s}, if there is one. */
    Optional<Candidate> acceptedAt(int s, int from, int to) {
        return accepted.stream().filter(a -> a.sentence() == s && a.from() == from && a.to() == to).findFirst();
    }
}
