package dev.papergraph.extract;

import dev.papergraph.ingest.Paper;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The default extractor: a CoreNLP pipeline (tokens, sentences, tags, lemmas), a learned CRF tagger,
 * gazetteers, TokensRegex cue patterns and Schwartz–Hearst acronym definitions, reconciled per paper
 * with document-level consistency, a Model-versus-Method decision and introduced-versus-used cues.
 * At {@link NlpLevel#FULL} CoreNLP's stock named-entity recogniser also vetoes candidates
 * ({@link NlpVeto}). Thread-safe.
 */
public final class CoreNlpMentionExtractor implements MentionExtractor {
    /** The rule set's version: part of every extractor version recorded in the graph. */
    public static final String RULES_VERSION = "corenlp-crf-rules/1";

    private final StanfordCoreNLP nlp;
    private final NlpLevel level;
    private final CrfTagger crf;
    private final Gazetteer gazetteer;
    private final SpanConvention spans;

    private CoreNlpMentionExtractor(StanfordCoreNLP nlp, NlpLevel level, CrfTagger crf, Gazetteer gazetteer, SpanConvention spans) {
        this.nlp = nlp;
        this.level = level;
        this.crf = crf;
        this.gazetteer = gazetteer;
        this.spans = spans;
    }

    /** Builds the CoreNLP pipeline and loads the shipped model: do it once per process. */
    public static CoreNlpMentionExtractor create() {
        return create(NlpPipelineFactory.create());
    }

    /** Builds the pipeline of the given level and loads the model shipped for {@code spans}: once per process. */
    public static CoreNlpMentionExtractor create(NlpLevel level, SpanConvention spans) {
        if (level == NlpLevel.FAST) {
            return create(NlpPipelineFactory.create(), spans);
        }
        // Gazetteer names are only tokenised: the fast pipeline (whose annotators CoreNLP shares
        // with this one) spares the recogniser a run over every entry.
        return new CoreNlpMentionExtractor(NlpPipelineFactory.create(level), level, CrfTagger.shipped(spans),
                Gazetteer.shipped(NlpPipelineFactory.create(NlpLevel.FAST)), spans);
    }

    /** Builds the pipeline of the given level and loads the shipped model: do it once per process. */
    public static CoreNlpMentionExtractor create(NlpLevel level) {
        return create(level, SpanConvention.NAME);
    }

    /** @param nlp a pipeline from {@link NlpPipelineFactory#create()} */
    public static CoreNlpMentionExtractor create(StanfordCoreNLP nlp) {
        return create(nlp, SpanConvention.NAME);
    }

    /** An extractor whose mentions span what {@code spans} says, with the tagger model shipped for it. */
    public static CoreNlpMentionExtractor create(StanfordCoreNLP nlp, SpanConvention spans) {
        return new CoreNlpMentionExtractor(nlp, NlpLevel.FAST, CrfTagger.shipped(spans), Gazetteer.shipped(nlp), spans);
    }

    /** An extractor using another tagger model file, e.g. one trained with a cross-validation fold held out. */
    public static CoreNlpMentionExtractor create(StanfordCoreNLP nlp, Path crfModel, SpanConvention spans) {
        return new CoreNlpMentionExtractor(nlp, NlpLevel.FAST, CrfTagger.fromFile(crfModel), Gazetteer.shipped(nlp), spans);
    }

    /** The same gazetteers, level and spans with another tagger model, sharing the pipeline. */
    public CoreNlpMentionExtractor withModel(Path crfModel) {
        return new CoreNlpMentionExtractor(nlp, level, CrfTagger.fromFile(crfModel), gazetteer, spans);
    }

    public NlpLevel level() {
        return level;
    }

    @Override
    public String version() {
        return RULES_VERSION + " model=" + crf.name() + " gazetteer=" + gazetteer.size()
                + (spans == SpanConvention.NAME ? "" : " spans=" + spans.name().toLowerCase(Locale.ROOT))
                + (level == NlpLevel.FAST ? "" : " nlp=" + level.cliName());
    }

    @Override
    public PaperExtraction extract(Paper paper) {
        List<FieldReading> fields = new ArrayList<>();
        if (paper.title() != null && !paper.title().isBlank()) {
            fields.add(read(Field.title, paper.title()));
        }
        fields.add(read(Field.abstract_, paper.abstractText()));
        Reconciler reconciler = new Reconciler(fields, gazetteer);
        if (spans == SpanConvention.PHRASE) {
            fields.forEach(PhraseSpans::apply);
        }
        List<Mention> mentions = new ArrayList<>();
        Set<String> introduced = new TreeSet<>();
        for (FieldReading field : fields) {
            for (Candidate c : field.accepted()) {
                List<CoreLabel> sentence = field.text().sentences().get(c.sentence());
                int begin = sentence.get(c.from()).beginPosition();
                int end = sentence.get(c.to() - 1).endPosition();
                AnalyzedText text = field.text();
                mentions.add(new Mention(field.field(), c.type(), text.text().substring(begin, end), text.codePoints(begin),
                        text.codePoints(end), text.sentenceText(sentence), c.component(), round(c.confidence())));
            }
        }
        introduced.addAll(reconciler.introduced());
        mentions.sort(Comparator.comparing(Mention::field).thenComparingInt(Mention::start).thenComparingInt(Mention::end));
        return new PaperExtraction(paper.id(), mentions, reconciler.acronyms(), introduced, List.of());
    }

    private static double round(double confidence) {
        return Math.max(0, Math.min(1, Math.round(confidence * 1000) / 1000.0));
    }

    private FieldReading read(Field field, String text) {
        AnalyzedText analyzed = AnalyzedText.of(nlp, text);
        FieldReading reading = new FieldReading(field, analyzed);
        List<List<CoreLabel>> sentences = analyzed.sentences();
        for (int s = 0; s < sentences.size(); s++) {
            List<CoreLabel> sentence = sentences.get(s);
            reading.learned().addAll(crf.tag(sentence, s));
            List<Candidate> listed = gazetteer.find(sentence, s);
            reading.listed().addAll(listed);
            CuePatterns.Cues cues = CuePatterns.find(sentence, s, field == Field.title && s == 0);
            reading.cued().addAll(cues.names());
            reading.cued().addAll(CuePatterns.coordinatedData(sentence, s, listed));
            reading.introducedCues().addAll(cues.introduced());
            reading.definitions().addAll(AcronymDetector.find(analyzed, sentence, s));
        }
        if (level == NlpLevel.FULL) {
            NlpVeto.apply(reading);
        }
        return reading;
    }
}
