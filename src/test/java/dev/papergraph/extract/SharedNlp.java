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

    public static StanfordCoreNLP pipeline() {
        return PipelineHolder.PIPELINE;
    }

    public static CoreNlpMentionExtractor extractor() {
        return ExtractorHolder.EXTRACTOR;
    }
}
