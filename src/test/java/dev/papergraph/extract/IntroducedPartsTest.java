package dev.papergraph.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.papergraph.ingest.Paper;
import java.util.Set;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/** The further names a paper introduces besides its main one: its parts, its co-released artefacts, its long forms. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class IntroducedPartsTest {
    private static PaperExtraction extract(String title, String text) {
        return SharedNlp.extractor().extract(new Paper("p", title, text, null, null, null, null, null, null, null));
    }

    @Test
    void coordinated_acronym_definitions_vouch_for_each_other() {
        PaperExtraction e = extract(null, "We introduce ZelTask, a framework for adapting vision models. ZelTask employs three strategies: "
                + "exemplar prompting (EP), response distribution alignment (RDA), and contrastive response tuning (CRT) to improve accuracy.");
        assertTrue(e.introduced().containsAll(Set.of("EP", "exemplar prompting", "RDA", "response distribution alignment")),
                e.introduced() + " " + e.mentions());
    }

    @Test
    void the_acronym_of_a_plain_phrase_in_a_we_propose_clause_is_new_only_with_its_long_form() {
        PaperExtraction graph = extract(null, "We first construct a disease knowledge graph (KG) that covers many diseases.");
        assertFalse(graph.introduced().contains("KG"), graph.introduced().toString());
        PaperExtraction method = extract(null, "This paper introduces nonparametric transfer learning (NPTL), a flexible posterior sampling method.");
        assertTrue(method.introduced().containsAll(Set.of("NPTL", "nonparametric transfer learning")), method.introduced() + " " + method.mentions());
    }

    @Test
    void a_so_called_name_is_quoted_not_introduced() {
        PaperExtraction e = extract(null, "Adapters keep the weights frozen and add small modules (so-called Qorvex blocks) to the model.");
        assertFalse(e.introduced().contains("Qorvex"), e.introduced().toString());
    }

    @Test
    void our_must_open_the_defined_phrase_for_a_mixed_case_short_form_to_be_introduced() {
        PaperExtraction traced = extract(null, "Our analysis identifies that the reason is the widespread usage of Pre-Layer Normalization (Pre-LN).");
        assertFalse(traced.introduced().contains("Pre-LN"), traced.introduced().toString());
        PaperExtraction own = extract(null, "Our Gated Residual Mixer (GrMix) keeps every layer useful.");
        assertTrue(own.introduced().contains("GrMix"), own.introduced() + " " + own.mentions());
    }

    @Test
    void a_title_case_long_form_takes_the_capitalised_words_before_it() {
        PaperExtraction e = extract(null, "To address this, we propose Dynamic Rank-Selective Low Rank Adaptation (LoRA), a universal approach.");
        assertTrue(e.introduced().contains("Dynamic Rank-Selective Low Rank Adaptation"), e.introduced() + " " + e.acronyms());
        assertFalse(e.introduced().contains("Low Rank Adaptation"), e.introduced().toString());
    }

    @Test
    void a_phrase_in_apposition_that_spells_an_introduced_short_name_is_its_long_form() {
        PaperExtraction e = extract(null, "We present msGFM, a multisensor geospatial foundation model that unifies four sensors.");
        assertTrue(e.introduced().containsAll(Set.of("msGFM", "multisensor geospatial foundation model")), e.introduced() + " " + e.mentions());
    }

    @Test
    void the_parts_listed_after_a_plural_noun_of_parts_in_a_we_propose_clause_are_introduced_whole() {
        PaperExtraction namely = extract(null, "Finally, we propose two practical techniques, namely weight refactorization and momentum reset, "
                + "to enhance the performance of efficient methods.");
        assertTrue(namely.introduced().containsAll(Set.of("weight refactorization", "momentum reset")), namely.introduced() + " " + namely.mentions());
        assertFalse(namely.introduced().contains("momentum"), namely.introduced().toString());
        PaperExtraction suchAs = extract(null, "We introduce several novel enhancements such as adaptive patching, dataset augmentation via "
                + "downsampling, and resolution prefix tuning.");
        assertTrue(suchAs.introduced().containsAll(Set.of("adaptive patching", "dataset augmentation", "resolution prefix tuning")),
                suchAs.introduced() + " " + suchAs.mentions());
        PaperExtraction data = extract(null, "We introduce a benchmark covering domains such as legal reasoning and medical coding.");
        assertFalse(data.introduced().contains("legal reasoning"), data.introduced().toString());
    }

    @Test
    void a_name_introduced_in_a_means_clause_or_trained_and_described_in_apposition_is_the_authors() {
        PaperExtraction by = extract(null, "We facilitate systematic evaluation by introducing Quvo-bench, a large-scale benchmark of user queries.");
        assertTrue(by.introduced().contains("Quvo-bench"), by.introduced() + " " + by.mentions());
        PaperExtraction trained = extract(null, "Employing this data, we empirically train Zephyrion-Ask, a powerful model that assesses vagueness.");
        assertTrue(trained.introduced().contains("Zephyrion-Ask"), trained.introduced() + " " + trained.mentions());
    }

    @Test
    void a_name_after_our_newly_introduced_is_the_authors() {
        PaperExtraction e = extract(null, "We pre-trained these models on our newly introduced large-scale data Chrono-300B, which spans nine domains.");
        assertTrue(e.introduced().contains("Chrono-300B"), e.introduced() + " " + e.mentions());
    }

    @Test
    void a_name_with_an_indefinite_article_before_a_head_noun_of_parts_is_a_new_part() {
        PaperExtraction novel = extract(null, "This training is facilitated by a novel Motion Adapter module, which allows training on static videos.");
        assertTrue(novel.introduced().contains("Motion Adapter"), novel.introduced() + " " + novel.mentions());
        PaperExtraction built = extract(null, "Here, we propose an architecture that extends the Mamba block to a BiMamba component that supports "
                + "bi-directionality.");
        assertTrue(built.introduced().contains("BiMamba"), built.introduced() + " " + built.mentions());
        PaperExtraction definite = extract(null, "We use the Motion Adapter module of prior work.");
        assertFalse(definite.introduced().contains("Motion Adapter"), definite.introduced().toString());
    }
}
