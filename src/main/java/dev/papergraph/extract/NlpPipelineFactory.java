package dev.papergraph.extract;

import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.Properties;

/**
 * The only place that builds CoreNLP {@link Properties}. A pipeline takes about a second to load, so
 * build it once per process and pass it to whoever needs it.
 */
public final class NlpPipelineFactory {

    /** Which CoreNLP annotators to run. */
    public enum Annotators {
        /** Tokens and sentences only: enough to read training corpora. */
        TOKENS("tokenize,ssplit"),
        /** The extractor's default: tokens, sentences, part-of-speech tags and lemmas. */
        TAGGED("tokenize,ssplit,pos,lemma"),
        /** TAGGED plus CoreNLP's stock named-entity recogniser: {@link NlpLevel#FULL}. */
        ENTITIES("tokenize,ssplit,pos,lemma,ner");

        private final String list;

        Annotators(String list) {
            this.list = list;
        }
    }

    private NlpPipelineFactory() {}

    public static StanfordCoreNLP create() {
        return create(Annotators.TAGGED);
    }

    /** The pipeline an extractor at this level reads text with. */
    public static StanfordCoreNLP create(NlpLevel level) {
        return create(level == NlpLevel.FULL ? Annotators.ENTITIES : Annotators.TAGGED);
    }

    public static StanfordCoreNLP create(Annotators annotators) {
        Properties props = new Properties();
        props.setProperty("annotators", annotators.list);
        // Hyphenated words are split (CoreNLP's default, "ResNet - 50"): the training corpora are
        // tokenized the same way, and it lets "Transformer-based" yield the name "Transformer".
        props.setProperty("tokenize.language", "en");
        // Abstracts are one paragraph; a newline inside one is layout, not a sentence end.
        props.setProperty("ssplit.newlineIsSentenceBreak", "two");
        props.setProperty("pos.maxlen", "200");
        if (annotators == Annotators.ENTITIES) {
            // The coarse CRF types and the numeric classifiers are all the veto needs. Fine-grained
            // types (a large TokensRegex gazetteer) and SUTime cost 4-8x more (shared/STACK.md), and
            // the veto treats CITY, COUNTRY, ... as LOCATION does anyway.
            props.setProperty("ner.applyFineGrained", "false");
            props.setProperty("ner.useSUTime", "false");
            props.setProperty("ner.buildEntityMentions", "false");
        }
        return new StanfordCoreNLP(props);
    }

    /**
     * Features and optimiser settings of the mention tagger (a linear-chain CRF). The feature set is
     * CoreNLP's English NER set minus distributional clusters; rare features are dropped and the
     * optimiser stops early so that training takes minutes on two cores and the model stays small.
     */
    static Properties crfTrainingProperties(int maxIterations, int threads) {
        Properties props = new Properties();
        props.setProperty("useClassFeature", "true");
        props.setProperty("useWord", "true");
        props.setProperty("useNGrams", "true");
        props.setProperty("noMidNGrams", "true");
        props.setProperty("maxNGramLeng", "5");
        props.setProperty("usePrev", "true");
        props.setProperty("useNext", "true");
        props.setProperty("useDisjunctive", "true");
        props.setProperty("disjunctionWidth", "3");
        props.setProperty("useSequences", "true");
        props.setProperty("usePrevSequences", "true");
        props.setProperty("maxLeft", "1");
        props.setProperty("useTypeSeqs", "true");
        props.setProperty("useTypeSeqs2", "true");
        props.setProperty("useTypeySequences", "true");
        props.setProperty("wordShape", "chris2useLC");
        props.setProperty("useTags", "true");
        props.setProperty("useLemmas", "true");
        props.setProperty("featureCountThresh", "2");
        props.setProperty("maxQNItr", Integer.toString(maxIterations));
        props.setProperty("tolerance", "1e-3");
        props.setProperty("QNsize", "10");
        props.setProperty("multiThreadGrad", Integer.toString(threads));
        props.setProperty("serializeTo", "");
        return props;
    }
}
