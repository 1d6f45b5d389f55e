package dev.papergraph.extract;

import dev.papergraph.eval.Folds;
import dev.papergraph.eval.GoldReader;
import dev.papergraph.eval.GoldRecord;
import dev.papergraph.eval.GoldRecord.GoldSpan;
import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.zip.GZIPOutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Trains the mention tagger, a CoreNLP {@link CRFClassifier}, on the shared human-annotated corpora
 * (and optionally the seeds gold minus one cross-validation fold). Labels are the mention types with
 * IO encoding; Model is folded into Method because no corpus but the seeds separates them, and
 * the extractor makes that call afterwards.
 */
public final class CrfTrainer {
    private static final Logger LOG = LoggerFactory.getLogger(CrfTrainer.class);

    /**
     * A corpus file read for training, relative to the corpora folder; the types whose spans are kept
     * with their own label; whether the spans of every other type (the corpus's "Other" terms included)
     * are labelled {@link CrfTagger#OTHER_TERM} rather than left O; whether its tokenizer split numbers
     * into digits.
     */
    private record CorpusFile(String path, Set<MentionType> types, boolean otherTerms, boolean digitsSplit) {

        /** The label a span of this corpus gets, or null to leave its tokens O. */
        String label(GoldSpan span) {
            boolean kept = types.stream().anyMatch(type -> type.name().equals(span.type()));
            return kept ? typeLabel(span) : otherTerms ? CrfTagger.OTHER_TERM : null;
        }
    }

    /**
     * SciER is closest to modern ML abstracts. SciERC adds tasks and metrics; its Material spans are
     * mostly data in general ("images", "English"), not named datasets, so they are left out.
     */
    private static final CorpusFile SCIER = new CorpusFile("scier/train.jsonl", EnumSet.allOf(MentionType.class), false, true);
    private static final CorpusFile SCIERC = new CorpusFile("scierc/train.jsonl",
            EnumSet.of(MentionType.Method, MentionType.Task, MentionType.Metric), false, false);
    /**
     * SciERC for the phrase tagger. Its annotators marked every scientific term, so its Material,
     * generic ("method", "approach") and other scientific terms ("features", "word order") are labelled
     * as other terms: the tagger learns where a term ends, and that it is no method or task, from every
     * annotated phrase rather than from phrases left O. On three folds of SciERC train this lifted
     * Method+Task exact F1 from 0.525 to 0.535.
     */
    private static final CorpusFile SCIERC_PHRASES = new CorpusFile("scierc/train.jsonl",
            EnumSet.of(MentionType.Method, MentionType.Task, MentionType.Metric), true, false);

    /** The corpora annotated the way each convention spans a mention: SciERC alone keeps whole phrases. */
    private static List<CorpusFile> corpusFiles(SpanConvention convention) {
        return convention == SpanConvention.PHRASE ? List.of(SCIERC_PHRASES) : List.of(SCIER, SCIERC);
    }

    private final StanfordCoreNLP nlp;

    /** Where the model shipped for {@code convention} lives in the source tree, relative to the project root. */
    public static Path shippedModel(SpanConvention convention) {
        return Path.of("src/main/resources" + CrfTagger.modelResource(convention));
    }

    public CrfTrainer(StanfordCoreNLP nlp) {
        this.nlp = nlp;
    }

    /**
     * @param corporaDir the shared corpora folder (holding scier/, scierc/)
     * @param seedsGold the seeds gold file, or null to train on the corpora only
     * @param heldOut the seeds fold left out of training, or null to train on all seeds records
     */
    public void train(Path corporaDir, Path seedsGold, Folds.Fold heldOut, int maxIterations, int threads, Path out) {
        train(SpanConvention.NAME, corporaDir, seedsGold, 1, heldOut, maxIterations, threads, out);
    }

    /**
     * @param convention the span convention the model learns: names (SciER, SciERC and the seeds gold,
     *     whose guidelines annotate names) or phrases (SciERC, whose annotators kept the longest span)
     * @param seedsWeight how many times each seeds sentence is repeated: the seeds follow the
     *     project's own guidelines, which the corpora only approximate
     */
    public void train(SpanConvention convention, Path corporaDir, Path seedsGold, int seedsWeight, Folds.Fold heldOut,
            int maxIterations, int threads, Path out) {
        if (convention == SpanConvention.PHRASE && seedsGold != null) {
            throw new IllegalArgumentException("the seeds gold annotates names, not phrases: train the phrase model without it");
        }
        List<List<CoreLabel>> sentences = new ArrayList<>();
        for (CorpusFile corpus : corpusFiles(convention)) {
            String name = corpus.path();
            Path file = corporaDir.resolve(name);
            if (!Files.isRegularFile(file)) {
                throw new IllegalArgumentException(file + ": corpus file not found (is --corpora the shared corpora folder?)");
            }
            int before = sentences.size();
            for (GoldRecord record : corpus.otherTerms() ? GoldReader.readAllTypes(file) : GoldReader.read(file)) {
                addLabelled(record.text(), record.entities(), corpus::label, corpus.digitsSplit(), sentences);
            }
            LOG.info("{}: {} sentences", name, sentences.size() - before);
        }
        if (seedsGold != null) {
            int before = sentences.size();
            for (GoldRecord record : GoldReader.read(seedsGold)) {
                if (heldOut != null && heldOut.contains(record.id())) {
                    continue;
                }
                for (int copy = 0; copy < seedsWeight; copy++) {
                    addLabelled(record.text(), record.entities(), CrfTrainer::typeLabel, false, sentences);
                    if (record.title() != null) {
                        addLabelled(record.title(), record.titleEntities(), CrfTrainer::typeLabel, false, sentences);
                    }
                }
            }
            LOG.info("{}: {} sentences{}", seedsGold, sentences.size() - before, heldOut == null ? "" : " (fold " + heldOut + " held out)");
        }
        CRFClassifier<CoreLabel> crf = new CRFClassifier<>(NlpPipelineFactory.crfTrainingProperties(maxIterations, threads));
        crf.train(sentences, crf.makeReaderAndWriter());
        write(crf, out);
    }

    private static String typeLabel(GoldSpan span) {
        return CrfTagger.label(MentionType.parse(span.type()));
    }

    /** Adds the sentences of {@code text}, each token labelled by {@code labelOf} of the span holding it (null: O). */
    private void addLabelled(String text, List<GoldSpan> spans, Function<GoldSpan, String> labelOf, boolean digitsSplit,
            List<List<CoreLabel>> into) {
        AnalyzedText analyzed = AnalyzedText.of(nlp, text);
        for (List<CoreLabel> sentence : analyzed.sentences()) {
            for (CoreLabel token : sentence) {
                token.set(CoreAnnotations.AnswerAnnotation.class, CrfTagger.OUTSIDE);
            }
        }
        // Spans come sorted by (start, -end): an outer span labels its tokens first and a nested one
        // (SciERC nests a Method inside a Task) leaves them alone.
        for (GoldSpan span : spans) {
            String label = labelOf.apply(span);
            if (label == null) {
                continue;
            }
            int begin = analyzed.utf16(span.start());
            int end = analyzed.utf16(span.end());
            for (List<CoreLabel> sentence : analyzed.sentences()) {
                for (CoreLabel token : sentence) {
                    if (token.beginPosition() >= begin && token.beginPosition() < end
                            && CrfTagger.OUTSIDE.equals(token.get(CoreAnnotations.AnswerAnnotation.class))) {
                        token.set(CoreAnnotations.AnswerAnnotation.class, label);
                    }
                }
            }
        }
        for (List<CoreLabel> sentence : analyzed.sentences()) {
            into.add(sentence);
            if (digitsSplit) {
                List<CoreLabel> joined = joinDigits(sentence);
                if (joined.size() < sentence.size()) {
                    into.add(joined);
                }
            }
        }
    }

    /**
     * SciER's tokenizer split numbers into single digits ("CIFAR - 1 0"); this copy joins them back
     * ("CIFAR - 10") so the tagger also learns numbers as they appear in running text.
     */
    static List<CoreLabel> joinDigits(List<CoreLabel> sentence) {
        List<CoreLabel> joined = new ArrayList<>();
        for (CoreLabel token : sentence) {
            CoreLabel last = joined.isEmpty() ? null : joined.get(joined.size() - 1);
            if (last != null && isDigits(last.word()) && token.word().length() == 1 && isDigits(token.word())
                    && last.endPosition() + 1 == token.beginPosition()) {
                CoreLabel merged = new CoreLabel(last);
                merged.setWord(last.word() + token.word());
                merged.setValue(merged.word());
                merged.setOriginalText(merged.word());
                merged.setLemma(merged.word());
                merged.setEndPosition(token.endPosition());
                joined.set(joined.size() - 1, merged);
            } else {
                joined.add(token);
            }
        }
        return joined;
    }

    private static boolean isDigits(String word) {
        return !word.isEmpty() && word.chars().allMatch(c -> c >= '0' && c <= '9');
    }

    private static void write(CRFClassifier<CoreLabel> crf, Path out) {
        try {
            if (out.getParent() != null) {
                Files.createDirectories(out.getParent());
            }
            try (OutputStream file = Files.newOutputStream(out);
                    ObjectOutputStream objects = new ObjectOutputStream(new GZIPOutputStream(file))) {
                crf.serializeClassifier(objects);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(out + ": " + e.getMessage(), e);
        }
        LOG.info("wrote {} ({} bytes)", out, out.toFile().length());
    }
}
