package dev.papergraph.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.papergraph.ingest.Paper;
import java.util.Set;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/** Plain phrases the authors say they made, and the boundaries of introduced names. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class IntroducedPhraseTest {

    private static PaperExtraction extract(String title, String text) {
        return SharedNlp.extractor().extract(new Paper("p", title, text, null, null, null, null, null, null, null));
    }

    private static Set<String> introduced(String text) {
        return extract(null, text).introduced();
    }

    @Test
    void a_phrase_after_we_propose_that_specifies_a_known_technique_is_introduced_without_its_kind_noun() {
        Set<String> tuning = introduced("For few-shot learning, we propose a novel hierarchical prompt tuning technique aligned with the objective.");
        assertTrue(tuning.contains("hierarchical prompt tuning"), tuning.toString());
        assertTrue(!tuning.contains("prompt tuning") && !tuning.contains("hierarchical prompt tuning technique"), tuning.toString());
        Set<String> pruning = introduced("We then propose a structured iterative pruning procedure, to remove redundant heads.");
        assertTrue(pruning.contains("structured iterative pruning"), pruning.toString());
    }

    @Test
    void a_known_technique_alone_a_gerund_or_a_mere_framework_after_we_propose_is_not_introduced() {
        Set<String> known = introduced("We propose continual pre-training on source code.");
        assertTrue(!known.contains("continual pre-training"), known.toString());
        Set<String> gerund = introduced("We propose aligning instruction tuning with human values.");
        assertTrue(!gerund.contains("aligning instruction tuning"), gerund.toString());
        Set<String> framework = introduced("We propose a simple yet effective framework to rank passages.");
        assertTrue(framework.isEmpty(), framework.toString());
    }

    @Test
    void a_model_family_a_count_or_a_phrase_handed_to_a_name_after_we_propose_is_not_introduced() {
        Set<String> family = introduced("We propose a deep multilingual CNN for sentence matching.");
        assertTrue(!family.contains("multilingual CNN") && !family.contains("deep multilingual CNN"), family.toString());
        Set<String> count = introduced("Specifically, we design several loss functions to fit the teacher.");
        assertTrue(count.stream().noneMatch(f -> f.contains("loss")), count.toString());
        Set<String> called = introduced("We propose an approach called orthogonal embedding pruning for compression.");
        assertTrue(called.stream().noneMatch(f -> f.startsWith("approach")), called.toString());
    }

    @Test
    void a_proposed_phrase_named_later_in_the_sentence_only_describes_the_name() {
        Set<String> named = introduced("We present a novel sparsity-centric pruning method for LLMs, termed Gradient Pruner (GraPr).");
        assertTrue(!named.contains("sparsity-centric pruning"), named.toString());
    }

    @Test
    void a_designed_part_such_as_a_loss_or_a_criterion_is_introduced() {
        Set<String> criterion = introduced("Specifically, we first design a gradient-guided pruning criterion, which uses the weights of adapters.");
        assertTrue(criterion.contains("gradient-guided pruning criterion"), criterion.toString());
        Set<String> loss = introduced("Additionally, we propose the Symmetry Loss which decouples scaling from rotation.");
        assertTrue(loss.contains("Symmetry Loss"), loss.toString());
    }

    @Test
    void the_technique_after_a_novel_approach_for_is_introduced() {
        Set<String> e = introduced("We introduce a novel approach for reward-free pre-training of graph samplers.");
        assertTrue(e.contains("reward-free pre-training"), e.toString());
    }

    @Test
    void a_phrase_the_authors_call_innovative_is_theirs_whatever_the_verb_if_it_ends_in_a_known_technique() {
        Set<String> innovative = introduced("For paired images, our model employs an innovative cross-view pretraining approach in image modeling.");
        assertTrue(innovative.contains("cross-view pretraining"), innovative.toString());
        Set<String> scheme = introduced("To go faster, we leverage a new tensor normalization scheme to accelerate the model.");
        assertTrue(!scheme.contains("tensor normalization"), scheme.toString());
    }

    @Test
    void a_trailing_algorithm_is_no_part_of_the_name() {
        Set<String> e = introduced("To overcome this, we introduce the Reflected Langevin Bridge algorithm: an optimal transport approach.");
        assertTrue(e.contains("Reflected Langevin Bridge"), e.toString());
        assertTrue(!e.contains("Reflected Langevin Bridge algorithm"), e.toString());
    }

    @Test
    void a_long_form_before_or_and_its_short_form_reaches_over_small_words() {
        Set<String> e = introduced("To approach this problem, we introduce Sparse Memory Adaptors for Continual Tuning, or SMACT, which learns to cache.");
        assertTrue(e.containsAll(Set.of("SMACT", "Sparse Memory Adaptors for Continual Tuning")), e.toString());
    }

    @Test
    void words_in_quotes_after_we_propose_are_the_coinage_without_the_head_noun_after_them() {
        Set<String> e = introduced("We propose a novel \"virtual expert\" initialization scheme to enable upcycling.");
        assertTrue(e.contains("virtual expert"), e.toString());
        assertTrue(e.stream().noneMatch(f -> f.contains("initialization")), e.toString());
        Set<String> task = introduced("In this work, we present a new approach for \"personalization\" of diffusion models.");
        assertTrue(!task.contains("personalization"), task.toString());
    }

    @Test
    void a_long_form_that_replaces_a_shorter_introduced_piece_leaves_the_piece_out() {
        Set<String> e = introduced("To approach this problem, we introduce Sparse Memory Adaptors for Continual Tuning, or SMACT, which learns to cache.");
        assertTrue(!e.contains("Sparse Memory Adaptors"), e.toString());
    }

    @Test
    void plain_nouns_before_an_introduced_coined_name_are_cut_off() {
        Set<String> e = introduced("Inspired by these studies, we propose a new direction GraphTask to build advanced pretext tasks.");
        assertTrue(e.contains("GraphTask"), e.toString());
        assertTrue(!e.contains("direction GraphTask"), e.toString());
    }
}
