package dev.papergraph.extract;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns accepted names into whole phrases ({@link SpanConvention#PHRASE}): a long form takes its
 * bracketed short form ("Markov random field ( MRF )"), a name takes the head noun the name
 * convention trims ("text mining method", "ACGMRF model"), and the phrases the phrase tagger found
 * but the name rules dropped come back.
 */
final class PhraseSpans {
    /** Head nouns a phrase keeps: those that the name convention trims, and kin that name a kind of thing. */
    private static final Set<String> HEADS = Set.of("method", "methods", "approach", "approaches", "technique",
            "techniques", "strategy", "strategies", "scheme", "schemes", "task", "tasks", "problem", "problems",
            "framework", "frameworks", "component", "components", "module", "modules", "paradigm", "pipeline",
            "model", "models", "algorithm", "algorithms", "system", "systems", "network", "networks", "architecture",
            "architectures", "dataset", "datasets", "corpus", "corpora", "benchmark", "benchmarks", "database",
            "databases", "procedure", "formalism", "application", "applications", "classifier", "classifiers");

    /**
     * The phrase tagger's least confidence (mean token marginal) for a phrase the name rules dropped:
     * at 0.5 the tagged label outweighs all other labels together.
     */
    static final double RECOVERED_CONFIDENCE = 0.5;

    private PhraseSpans() {}

    /** Widens the accepted names of {@code field} to phrases, then recovers the dropped tagged phrases. */
    static void apply(FieldReading field) {
        widen(field);
        recover(field);
    }

    static void widen(FieldReading field) {
        List<Candidate> accepted = field.accepted();
        accepted.sort(Comparator.comparingInt(Candidate::sentence).thenComparingInt(Candidate::from));
        List<Candidate> widened = new ArrayList<>();
        for (int k = 0; k < accepted.size(); k++) {
            Candidate c = accepted.get(k);
            List<CoreLabel> sentence = field.text().sentences().get(c.sentence());
            int to = c.to();
            Candidate next = k + 1 < accepted.size() ? accepted.get(k + 1) : null;
            // "Markov random field ( MRF )": the bracketed short form joins its long form.
            if (next != null && next.sentence() == c.sentence() && next.from() == to + 1 && AnalyzedText.isOpening(sentence.get(to).word())
                    && next.to() < sentence.size() && AnalyzedText.isClosing(sentence.get(next.to()).word())) {
                to = next.to() + 1;
                k++;
                next = k + 1 < accepted.size() ? accepted.get(k + 1) : null;
            }
            boolean free = next == null || next.sentence() != c.sentence() || next.from() > to;
            if (free && to < sentence.size() && HEADS.contains(sentence.get(to).word().toLowerCase(Locale.ROOT))) {
                to++;
            }
            int from = modifiersBefore(sentence, c.from(), widened.isEmpty() ? null : widened.get(widened.size() - 1), c.sentence());
            widened.add(from == c.from() && to == c.to() ? c : new Candidate(c.sentence(), from, to, c.type(), c.component(), c.confidence()));
        }
        accepted.clear();
        accepted.addAll(widened);
    }

    /**
     * Keeps the methods and tasks the phrase tagger found that no accepted mention overlaps. The rules
     * that choose among the components' proposals were written for names: they drop plain phrases
     * ("statistical parsing", "word alignment"), generic words and tasks tagged below a name's bar,
     * which SciERC-style annotation marks as mentions.
     */
    static void recover(FieldReading field) {
        List<Candidate> accepted = field.accepted();
        for (Candidate c : field.learned()) {
            if ((c.type() == MentionType.Method || c.type() == MentionType.Task) && c.confidence() >= RECOVERED_CONFIDENCE
                    && accepted.stream().noneMatch(a -> a.overlaps(c))) {
                accepted.add(c);
            }
        }
        accepted.sort(Comparator.comparingInt(Candidate::sentence).thenComparingInt(Candidate::from));
    }

    /**
     * Where the phrase opens: the adjectives and nouns that modify the name ("linear-chain conditional
     * random field", "head-driven statistical parsing model"), adjectives coordinated with its first one
     * ("syntactic and semantic parsing"), up to a determiner, a preposition, a verb, punctuation or
     * the previous mention.
     */
    private static int modifiersBefore(List<CoreLabel> sentence, int from, Candidate previous, int sentenceIndex) {
        int limit = previous != null && previous.sentence() == sentenceIndex ? previous.to() : 0;
        int start = from;
        while (start > limit) {
            CoreLabel before = sentence.get(start - 1);
            if (before.word().equals("-") && start - 2 >= limit && AnalyzedText.glued(sentence.get(start - 2), before) && AnalyzedText.glued(before, sentence.get(start))) {
                start -= 2;
                continue;
            }
            String tag = before.tag() == null ? "" : before.tag();
            String word = before.word().toLowerCase(Locale.ROOT);
            // "statistical and constraint-based disambiguation": adjectives coordinated before one head share
            // it, and the phrase spans them all.
            if ((word.equals("and") || word.equals("or")) && start - 2 >= limit && describingAdjective(sentence.get(start))
                    && describingAdjective(sentence.get(start - 2))) {
                start -= 2;
                continue;
            }
            if (!MODIFIER_TAGS.matcher(tag).matches() || Reconciler.LEADING.contains(word) || JUDGING.contains(word)) {
                break;
            }
            start--;
        }
        return start;
    }

    /** An adjective that says what kind of thing its head is: "statistical", not "the" or "efficient". */
    private static boolean describingAdjective(CoreLabel token) {
        String word = token.word().toLowerCase(Locale.ROOT);
        return "JJ".equals(token.tag()) && !Reconciler.LEADING.contains(word) && !JUDGING.contains(word);
    }

    private static final Pattern MODIFIER_TAGS = Pattern.compile("JJ[RS]?|NNS?|NNPS?");
    /** Adjectives that judge, count or place a thing rather than say what kind it is: "an efficient X", "many X". */
    private static final Set<String> JUDGING = Set.of("effective", "efficient", "accurate", "robust", "simple", "fast",
            "powerful", "better", "best", "good", "improved", "many", "multiple", "few", "general", "generic", "commercial",
            "full", "complete", "typical", "certain", "different", "same", "other", "similar", "various", "previous",
            "current", "first", "second", "last", "final", "main", "key", "important", "large", "small", "significant",
            "practical", "successful", "useful", "specific", "particular", "art", "sota", "scalable", "reliable",
            "competitive", "superior", "strong", "weak", "additional", "further", "whole", "entire", "single");
}
