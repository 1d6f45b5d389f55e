package dev.papergraph.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.papergraph.ingest.Paper;
import java.util.Set;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/**
 * How authors say they named or made something when no "we propose X" cue says it: one test per rule of
 * {@link IntroducedFinder} and {@link CuePatterns}.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class IntroducedNamingTest {

    private static PaperExtraction extract(String title, String text) {
        return SharedNlp.extractor().extract(new Paper("p", title, text, null, null, null, null, null, null, null));
    }

    @Test
    void a_naming_verb_with_an_object_before_the_name_introduces_the_name() {
        // Even a well-known phrase: the authors coin it here.
        PaperExtraction e = extract(null, "Models keep growing. We call these models foundation models to stress their breadth.");
        assertTrue(e.introduced().contains("foundation models"), e.introduced() + " " + e.mentions());
        PaperExtraction quoted = extract(null, "We replace the pooling layers with wavelets, and call the resulting architecture \"WaveU-Net\".");
        assertTrue(quoted.introduced().contains("WaveU-Net"), quoted.introduced() + " " + quoted.mentions());
        PaperExtraction as = extract(null, "We refer to this issue as template-anchored safety alignment in language models.");
        assertTrue(as.introduced().isEmpty(), as.introduced().toString());
    }

    @Test
    void a_name_after_our_describing_phrase_and_a_head_noun_is_introduced_with_the_phrase() {
        PaperExtraction e = extract(null, "We show that our contrastive prototype transfer learning approach ProtoShift outperforms meta-learning.");
        assertTrue(e.introduced().containsAll(Set.of("ProtoShift", "contrastive prototype transfer learning")), e.introduced() + " " + e.mentions());
        PaperExtraction plain = extract(null, "Even sparse retrievers benefit from our simple domain adaptation method on new corpora.");
        assertTrue(plain.introduced().isEmpty(), plain.introduced().toString());
    }

    @Test
    void a_name_right_after_the_head_noun_of_what_the_authors_develop_is_introduced() {
        PaperExtraction e = extract(null, "Further, we develop the first learning rate adaptation module Adaptive-zeta, which suits any optimizer.");
        assertTrue(e.introduced().contains("Adaptive-zeta"), e.introduced() + " " + e.mentions());
    }

    @Test
    void a_cited_or_well_known_name_the_authors_introduce_is_theirs_when_the_title_opens_with_it() {
        PaperExtraction cited = extract("Automatic Forward Smoothing Backward Sampling for Markov chains",
                "We introduce the automatic Forward Smoothing Backward Sampling (FSBS) paradigm (Smith et al., 2021) for inference.");
        assertTrue(cited.introduced().contains("Automatic Forward Smoothing Backward Sampling"), cited.introduced() + " " + cited.mentions());
        PaperExtraction known = extract("Retrieval-Augmented Generation for Knowledge-Intensive NLP Tasks",
                "We explore a recipe for retrieval-augmented generation (RAG). We introduce RAG models where the memory is a dense index.");
        assertTrue(known.introduced().containsAll(Set.of("RAG", "Retrieval-Augmented Generation")), known.introduced() + " " + known.mentions());
        PaperExtraction used = extract("A Deep Learning Method for Optimal Investment", "We propose a deep learning method for investment games.");
        assertFalse(used.introduced().contains("Deep Learning"), used.introduced().toString());
    }

    @Test
    void a_title_run_after_a_catchphrase_and_a_colon_is_introduced_but_not_after_a_name() {
        PaperExtraction e = extract("Only Pay for What Is Uncertain: Variance-Adaptive Thompson Sampling", "We study Gaussian bandits.");
        assertTrue(e.introduced().contains("Variance-Adaptive Thompson Sampling"), e.introduced() + " " + e.mentions());
        PaperExtraction named = extract("Scaling Laws Revisited: Sparse Mixture Routing", "We study pretraining objectives.");
        assertFalse(named.introduced().contains("Sparse Mixture Routing"), named.introduced().toString());
    }

    @Test
    void a_short_form_the_title_defines_is_introduced_except_in_a_survey() {
        PaperExtraction e = extract("Recommendation as Language Processing (RLP): A Unified Paradigm", "We present a paradigm for recommendation.");
        assertTrue(e.introduced().containsAll(Set.of("RLP", "Recommendation as Language Processing")), e.introduced() + " " + e.mentions());
        PaperExtraction survey = extract("Recommendation as Language Processing (RLP)", "Our survey first proposes a taxonomy of recommenders.");
        assertFalse(survey.introduced().contains("RLP"), survey.introduced().toString());
    }

    @Test
    void plus_signs_glued_to_a_name_belong_to_it() {
        PaperExtraction e = extract(null, "Furthermore, we introduce a simple variant of the model, SPECTRO++, which improves retrieval.");
        assertTrue(e.introduced().contains("SPECTRO++"), e.introduced() + " " + e.mentions());
    }

    @Test
    void a_quoted_name_next_to_the_head_noun_of_what_the_authors_made_is_introduced_but_not_scare_quotes() {
        PaperExtraction e = extract(null, "We make all methods accessible in open-source software (\"LinkCorp\").");
        assertTrue(e.introduced().contains("LinkCorp"), e.introduced() + " " + e.mentions());
        PaperExtraction scare = extract(null, "We apply this framework to the commodity \"Gold\" and train the classifier.");
        assertTrue(scare.introduced().isEmpty(), scare.introduced().toString());
    }

    @Test
    void a_coined_name_after_a_gerund_of_making_is_introduced_but_not_a_family_it_qualifies() {
        PaperExtraction e = extract(null, "In the process of building FLORA--the open multilingual language model--our goal is to find a setup.");
        assertTrue(e.introduced().contains("FLORA"), e.introduced() + " " + e.mentions());
        PaperExtraction family = extract(null, "Our results matter for building MoE language models at scale.");
        assertFalse(family.introduced().contains("MoE"), family.introduced().toString());
    }

    @Test
    void a_coined_name_the_code_repository_is_named_after_is_introduced_except_in_a_survey() {
        PaperExtraction e = extract(null, "The DataRanker method ranks documents for pretraining. "
                + "Code is available at https://github.com/some-lab/data-ranker.");
        assertTrue(e.introduced().contains("DataRanker"), e.introduced() + " " + e.mentions());
        PaperExtraction survey = extract(null,
                "In this survey, the GraphNet method and its kin are compared. See https://github.com/some-lab/GraphNet.");
        assertFalse(survey.introduced().contains("GraphNet"), survey.introduced() + " " + survey.mentions());
        assertTrue(survey.mentions().stream().anyMatch(m -> m.text().equals("GraphNet")), survey.mentions().toString());
    }

    @Test
    void one_coined_word_closing_the_title_after_with_is_introduced_but_not_a_plain_one() {
        PaperExtraction e = extract("Improving latent variable descriptiveness with AutoLatent", "We discuss latent variable models.");
        assertTrue(e.introduced().contains("AutoLatent"), e.introduced() + " " + e.mentions());
        PaperExtraction plain = extract("Churn Reduction via Distillation", "We study churn.");
        assertFalse(plain.introduced().contains("Distillation"), plain.introduced().toString());
        // A title ending in a lower-case word has no run at all.
        assertTrue(extract("Improving latent descriptiveness with autoencoders", "We study autoencoders.").introduced().isEmpty());
    }
}
