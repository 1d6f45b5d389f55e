package dev.papergraph.extract;

import edu.stanford.nlp.pipeline.StanfordCoreNLP;

/** Loads CoreNLP and the extractor once per test JVM (Surefire reuses one JVM for all test classes). */
public final class SharedNlp {
    private SharedNlp() {}

    private static final class PipelineHolder {
        static final StanfordCoreNLP PIPELINE = NlpPipelineFactory.create();
    }

    private static final class ExtractorHolder {
        static final CoreNlpMentionExtractor EXTRACTOR = CoreNlpMentionExtractor.create(PipelineHolder.PIPELINE);
    }

    /** The {@link NlpLevel#FULL} extractor, loaded only by the tests that ask for it. */
    private static final class FullExtractorHolder {
        static final CoreNlpMentionExtractor EXTRACTOR = CoreNlpMentionExtractor.create(NlpLevel.FULL);
    }

    /** The {@link NlpLevel#FULL} pipeline; CoreNLP shares its first annotators with {@link #pipeline()}. */
    private static final class FullPipelineHolder {
        static final StanfordCoreNLP PIPELINE = NlpPipelineFactory.create(NlpLevel.FULL);
    }

    public static StanfordCoreNLP pipeline() {
        return PipelineHolder.PIPELINE;
    }

    public static CoreNlpMentionExtractor extractor() {
        return ExtractorHolder.EXTRACTOR;
    }

    public static StanfordCoreNLP fullPipeline() {
        return FullPipelineHolder.PIPELINE;
    }

    public static CoreNlpMentionExtractor fullExtractor() {
        return FullExtractorHolder.EXTRACTOR;
    }
}
