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

    /** The title, which the extractor reads first, when the paper has one with words in it. */
    static Optional<FieldReading> title(List<FieldReading> fields) {
        if (fields.isEmpty() || fields.get(0).field() != Field.title || fields.get(0).text().sentences().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(fields.get(0));
    }

    /** Accepts {@code mention} as the mention of its words, in place of the accepted ones it overlaps. */
    void acceptInPlaceOfOverlaps(Candidate mention) {
        accepted.removeIf(a -> a.overlaps(mention));
        accepted.add(mention);
    }

    /** The accepted mention of exactly tokens [from, to) of sentence {@code s}, if there is one. */
    Optional<Candidate> acceptedAt(int s, int from, int to) {
        return accepted.stream().filter(a -> a.sentence() == s && a.from() == from && a.to() == to).findFirst();
    }
}
