package dev.papergraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.papergraph.ingest.Paper;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class CoreNlpMentionExtractorTest {
    /** Seed abstract 6b6d2bcbbe (seeds/000_28cdbfc21087dec3.txt). */
    private static final String L3MS = "Supervised fine-tuning (SFT) and alignment of large language models (LLMs) are key steps in providing a good user experience. However, the concept of an appropriate alignment is inherently application-dependent, and current methods often rely on heuristic choices to drive the optimization. In this work, we formulate SFT and alignment as a constrained optimization problem, where the LLM is trained on a task while being required to meet application-specific requirements, without resorting to heuristics. To solve this, we propose Lagrange Large Language Models (L3Ms), which employ logarithmic barriers to enforce the constraints. This approach allows for the customization of L3Ms across diverse applications while avoiding heuristic-driven processes. We demonstrate experimentally the versatility and efficacy of L3Ms in achieving tailored alignments for various applications.";

    /** Seed abstract 402667b191 (seeds/000_28cdbfc21087dec3.txt), with LaTeX markup. */
    private static final String BEAMVQ = "Data-driven deep learning has emerged as the new paradigm to model complex physical space-time systems. These data-driven methods learn patterns by optimizing statistical metrics and tend to overlook the adherence to physical laws, unlike traditional model-driven numerical methods. Thus, they often generate predictions that are not physically realistic. On the other hand, by sampling a large amount of high quality predictions from a data-driven model, some predictions will be more physically plausible than the others and closer to what will happen in the future. Based on this observation, we propose \\emph{Beam search by Vector Quantization} (BeamVQ) to enhance the physical alignment of data-driven space-time forecasting models. The key of BeamVQ is to train model on self-generated samples filtered with physics-aware metrics. To be flexibly support different backbone architectures, BeamVQ leverages a code bank to transform any encoder-decoder model to the continuous state space into discrete codes. Afterwards, it iteratively employs beam search to sample high-quality sequences, retains those with the highest physics-aware scores, and trains model on the new dataset. Comprehensive experiments show that BeamVQ not only gave an average statistical skill score boost for more than 32% for ten backbones on five datasets, but also significantly enhances physics-aware metrics.";

    private static PaperExtraction extract(String title, String text) {
        return SharedNlp.extractor().extract(new Paper("p", title, text, null, null, null, null, null, null, null));
    }

    private static Set<String> forms(PaperExtraction extraction, MentionType type) {
        return extraction.mentions().stream().filter(m -> m.type() == type).map(Mention::text).collect(Collectors.toSet());
    }

    @Test
    void a_seed_abstract_gives_its_acronyms_names_and_what_it_introduces() {
        PaperExtraction e = extract(null, L3MS);
        assertTrue(e.acronyms().contains(new AcronymPair("L3Ms", "Lagrange Large Language Models", MentionType.Model)), e.acronyms().toString());
        assertTrue(e.acronyms().stream().anyMatch(p -> p.shortForm().equals("SFT") && p.longForm().equals("Supervised fine-tuning")));
        assertTrue(forms(e, MentionType.Method).containsAll(Set.of("SFT", "Supervised fine-tuning", "LLMs")), forms(e, MentionType.Method).toString());
        assertTrue(e.introduced().containsAll(Set.of("L3Ms", "Lagrange Large Language Models")), e.introduced().toString());
        assertTrue(!e.introduced().contains("SFT"), e.introduced().toString());
    }

    @Test
    void a_seed_abstract_with_latex_gives_its_method_every_time_and_introduces_it() {
        PaperExtraction e = extract(null, BEAMVQ);
        assertTrue(e.acronyms().stream().anyMatch(p -> p.shortForm().equals("BeamVQ") && p.longForm().equals("Beam search by Vector Quantization")),
                e.acronyms().toString());
        List<Mention> beamvq = e.mentions().stream().filter(m -> m.text().equals("BeamVQ")).toList();
        assertEquals(4, beamvq.size());
        assertEquals(Set.of(MentionType.Method), beamvq.stream().map(Mention::type).collect(Collectors.toSet()));
        assertTrue(e.introduced().containsAll(Set.of("BeamVQ", "Beam search by Vector Quantization")), e.introduced().toString());
        assertTrue(e.mentions().stream().noneMatch(m -> m.text().contains("\\emph")));
    }

    @Test
    void every_occurrence_of_a_found_name_is_a_mention_with_one_type() {
        PaperExtraction e = extract(null, L3MS);
        List<Mention> l3ms = e.mentions().stream().filter(m -> m.text().equals("L3Ms")).toList();
        assertEquals(3, l3ms.size());
        assertEquals(1, l3ms.stream().map(Mention::type).distinct().count());
        List<Mention> sft = e.mentions().stream().filter(m -> m.text().equals("SFT")).toList();
        assertEquals(2, sft.size());
    }

    @Test
    void a_name_found_once_by_a_cue_is_found_everywhere_in_the_paper() {
        PaperExtraction e = extract(null, "We release the Qwertzuio7 benchmark for parsing. Qwertzuio7 is hard; models fail on Qwertzuio7.");
        List<Mention> found = e.mentions().stream().filter(m -> m.text().equals("Qwertzuio7")).toList();
        assertEquals(3, found.size(), e.mentions().toString());
        assertEquals(Set.of(MentionType.Dataset), found.stream().map(Mention::type).collect(Collectors.toSet()));
    }

    @Test
    void offsets_count_code_points_past_a_character_outside_the_basic_plane() {
        String text = "\uD835\uDC9C We train BERT and evaluate it on ImageNet with accuracy.";
        PaperExtraction e = extract(null, text);
        int[] codePoints = text.codePoints().toArray();
        for (Mention m : e.mentions()) {
            assertEquals(m.text(), new String(codePoints, m.start(), m.end() - m.start()));
        }
        Mention imagenet = e.mentions().stream().filter(m -> m.text().equals("ImageNet")).findFirst().orElseThrow();
        assertEquals(text.codePointCount(0, text.indexOf("ImageNet")), imagenet.start());
        assertEquals(text.indexOf("ImageNet") - 1, imagenet.start());
        assertEquals(MentionType.Dataset, imagenet.type());
    }

    @Test
    void mentions_are_sorted_by_field_then_start_and_carry_component_and_confidence() {
        PaperExtraction e = extract("PreDiff: Precipitation Nowcasting with Latent Diffusion Models",
                "We propose PreDiff, a conditional latent diffusion model, and evaluate it on SEVIR and N-body MNIST.");
        assertEquals(Field.title, e.mentions().get(0).field());
        for (int i = 1; i < e.mentions().size(); i++) {
            Mention a = e.mentions().get(i - 1);
            Mention b = e.mentions().get(i);
            assertTrue(a.field().compareTo(b.field()) < 0 || (a.field() == b.field() && a.start() <= b.start()));
        }
        assertTrue(e.mentions().stream().allMatch(m -> !m.component().isEmpty() && m.confidence() > 0 && m.confidence() <= 1));
        assertTrue(e.introduced().contains("PreDiff"), e.introduced().toString());
        assertEquals(Set.of("PreDiff"), forms(e, MentionType.Model));
        assertTrue(forms(e, MentionType.Dataset).contains("SEVIR"), forms(e, MentionType.Dataset).toString());
        assertTrue(e.relations().isEmpty());
    }

    @Test
    void a_coined_name_ending_in_bench_or_in_qa_after_a_mixed_case_stem_is_a_dataset() {
        PaperExtraction e = extract(null, "We introduce RoboMindBench, a new testbed for agents. "
                + "We present GeoChartQA, a novel approach to charts.");
        assertTrue(forms(e, MentionType.Dataset).containsAll(Set.of("RoboMindBench", "GeoChartQA")), e.mentions().toString());
    }

    @Test
    void a_long_form_ending_in_dataset_or_a_listed_short_form_makes_an_acronym_pair_a_dataset() {
        PaperExtraction e = extract(null, "We evaluate on the Stanford Question Answering Dataset (SQuAD) and on the "
                + "Ocean Glider Profiles Dataset (OGPD).");
        assertTrue(forms(e, MentionType.Dataset).containsAll(Set.of("SQuAD", "Stanford Question Answering Dataset", "OGPD", "Ocean Glider Profiles Dataset")),
                e.mentions().toString());
    }

    @Test
    void a_plain_word_before_the_title_colon_written_so_in_the_abstract_is_introduced() {
        PaperExtraction e = extract("Tarragon: A Benchmark for Code Review", "Code review is hard. We build the Tarragon benchmark "
                + "from many repositories, and Tarragon is public.");
        assertTrue(e.introduced().contains("Tarragon"), e.introduced().toString());
        assertTrue(!extract("Towards: Robust Code Review", "We study towards robust review.").introduced().contains("Towards"));
    }

    @Test
    void a_case_or_number_variant_of_an_introduced_phrase_is_introduced_too() {
        PaperExtraction e = extract("Gated Orbit Attention Networks for Traffic", "We propose the gated orbit attention network "
                + "(GOAN) for traffic forecasting.");
        assertTrue(e.introduced().containsAll(Set.of("GOAN", "gated orbit attention network", "Gated Orbit Attention Networks")),
                e.introduced() + " " + e.mentions());
    }

    @Test
    void a_title_phrase_before_the_colon_is_introduced_only_when_the_abstract_uses_it() {
        assertTrue(extract("Folded Prompt Tuning: Small Prompts for Big Models", "We propose folded prompt tuning for models.")
                .introduced().contains("Folded Prompt Tuning"));
        assertTrue(!extract("Beyond Scale: What Models Learn", "We study what large models learn.").introduced().contains("Beyond Scale"));
    }

    @Test
    void a_name_later_in_the_title_or_a_plural_of_a_name_is_used_not_introduced() {
        PaperExtraction e = extract("Training LayoutLM from Scratch", "We train LayoutLM on forms.");
        assertTrue(!e.introduced().contains("LayoutLM"), e.introduced().toString());
    }

    @Test
    void names_listed_with_a_known_dataset_are_datasets() {
        PaperExtraction e = extract(null, "We test on out-of-domain tasks (ChemProt, IMDB, QbertSet4) and more.");
        assertTrue(forms(e, MentionType.Dataset).contains("QbertSet4"), e.mentions().toString());
    }

    @Test
    void a_name_called_after_a_data_head_or_an_acronym_before_a_data_head_is_a_dataset() {
        PaperExtraction e = extract(null, "We pre-train on a code dataset (named CodeHeap) and on the Harmonized Ocean Colour (HOC) "
                + "dataset.");
        assertTrue(forms(e, MentionType.Dataset).containsAll(Set.of("CodeHeap", "HOC")), e.mentions().toString());
    }

    @Test
    void a_title_short_form_spelled_out_after_the_colon_gives_an_introduced_long_form() {
        PaperExtraction e = extract("SPARK: Sparse Pre-training with Adaptive Rank Kernels for Vision", "We propose SPARK for images.");
        assertTrue(e.introduced().containsAll(Set.of("SPARK", "Sparse Pre-training with Adaptive Rank Kernels")), e.introduced().toString());
        assertTrue(!extract("PHUDGE: Phi-3 as Scalable Judge", "We present PHUDGE.").introduced().contains("Phi-3 as Scalable Judge"));
    }

    @Test
    void both_names_of_a_pair_after_we_propose_are_introduced() {
        PaperExtraction e = extract(null, "We propose Quantum Graph Pooling (QGP) and Spectral Edge Dropout (SED) to regularise graph networks.");
        assertTrue(e.introduced().containsAll(Set.of("QGP", "SED")), e.introduced().toString());
    }
    @Test
    void a_mixed_case_short_form_is_introduced_only_where_the_authors_say_they_make_it() {
        PaperExtraction studied = extract(null, "In this work, we study the performance of the sub-gradient method (SubGM) on matrix recovery.");
        assertTrue(!studied.introduced().contains("SubGM"), studied.introduced().toString());
        PaperExtraction made = extract(null, "We design a new scheduler, Adaptive Rank Selection (AdaRS), for tuning large models.");
        assertTrue(made.introduced().contains("AdaRS"), made.introduced().toString());
    }
    @Test
    void a_released_model_name_after_we_release_stays_a_model_when_no_head_noun_types_it() {
        PaperExtraction e = extract(null, "Specifically, we train and release MentalRoBERTaX and MentalLongformerX based on RoBERTa.");
        assertTrue(e.introduced().contains("MentalRoBERTaX"), e.introduced().toString());
        assertTrue(forms(e, MentionType.Model).contains("MentalRoBERTaX"), e.mentions().toString());
    }

    @Test
    void every_name_of_a_list_after_an_introduced_name_is_introduced_but_not_a_known_one() {
        // Seed abstracts c64534c46c and 67e672a3ce.
        PaperExtraction e = extract(null, "We release the Nemotron-4 340B model family, including Nemotron-4-340B-Base, "
                + "Nemotron-4-340B-Instruct, and Nemotron-4-340B-Reward.");
        assertTrue(e.introduced().containsAll(Set.of("Nemotron-4 340B", "Nemotron-4-340B-Base", "Nemotron-4-340B-Instruct",
                "Nemotron-4-340B-Reward")), e.introduced() + " " + e.mentions());
        PaperExtraction pair = extract(null, "Specifically, we train and release MentalXLNet and MentalLongformer based on XLNet and Longformer.");
        assertTrue(pair.introduced().containsAll(Set.of("MentalXLNet", "MentalLongformer")), pair.introduced() + " " + pair.mentions());
        assertTrue(!pair.introduced().contains("XLNet"), pair.introduced().toString());
    }

    @Test
    void a_coined_name_after_a_verb_of_use_is_introduced_but_an_acronym_of_a_plain_phrase_is_not() {
        PaperExtraction inserted = extract(null, "Specifically, we insert the innovative Hybrid Gating Modules (HGMs) between the attention layers.");
        assertTrue(inserted.introduced().containsAll(Set.of("HGMs", "Hybrid Gating Modules")), inserted.introduced().toString());
        PaperExtraction employed = extract(null, "We employ a normalizing flow (NF)-based framework to accelerate Bayesian inference.");
        assertTrue(employed.introduced().isEmpty(), employed.introduced().toString());
    }

    @Test
    void a_long_form_spelled_out_in_brackets_after_an_introduced_short_form_is_introduced() {
        PaperExtraction e = extract(null, "In this paper, we propose FPDM (Fast Pre-training Technique using Document Level Metadata), a novel framework.");
        assertTrue(e.introduced().containsAll(Set.of("FPDM", "Fast Pre-training Technique using Document Level Metadata")),
                e.introduced() + " " + e.mentions());
    }

    @Test
    void a_plain_phrase_after_we_propose_is_introduced_unless_it_only_describes_an_artefact() {
        PaperExtraction technique = extract(null, "When updating the mask, we introduce a novel gradient dropout strategy to regularize "
                + "the parameter selection.");
        assertTrue(technique.introduced().contains("gradient dropout"), technique.introduced() + " " + technique.mentions());
        PaperExtraction artefact = extract(null, "We propose a statistical framework for data selection.");
        assertTrue(artefact.introduced().isEmpty(), artefact.introduced() + " " + artefact.mentions());
    }

    @Test
    void a_capitalised_run_ending_the_title_after_via_or_with_or_making_the_whole_title_is_introduced() {
        PaperExtraction via = extract("Efficient NLP Model Finetuning via Multistage Data Filtering", "We study finetuning.");
        assertTrue(via.introduced().contains("Multistage Data Filtering"), via.introduced() + " " + via.mentions());
        assertTrue(forms(via, MentionType.Method).contains("Multistage Data Filtering"), via.mentions().toString());
        PaperExtraction whole = extract("Marginal Tail-Adaptive Normalizing Flows", "We study heavy tails.");
        assertTrue(whole.introduced().contains("Marginal Tail-Adaptive Normalizing Flows"), whole.introduced().toString());
        PaperExtraction known = extract("ContraBERT: Enhancing Code Pre-trained Models via Contrastive Learning", "We study code models.");
        assertTrue(!known.introduced().contains("Contrastive Learning"), known.introduced().toString());
        PaperExtraction sentence = extract("Position Interpolation Improves ALiBi Extrapolation", "We study extrapolation.");
        assertTrue(!sentence.introduced().contains("Position Interpolation Improves ALiBi Extrapolation"), sentence.introduced().toString());
    }

    @Test
    void the_coined_parts_named_after_an_introduced_names_verb_are_introduced_but_not_what_a_participle_speaks_of() {
        PaperExtraction parts = extract(null, "We propose VITask, a new framework. VITask employs three key strategies: exemplar prompting (EP), "
                + "response distribution alignment (RDA), and contrastive response tuning (CRT) to improve the task-specific performance of VLMs.");
        assertTrue(parts.introduced().containsAll(Set.of("RDA", "CRT", "contrastive response tuning")), parts.introduced() + " " + parts.mentions());
        assertTrue(!parts.introduced().contains("VLMs"), parts.introduced().toString());
        PaperExtraction input = extract(null, "We propose SkySense, a new model. SkySense incorporates a factorized encoder taking sequences of "
                + "optical and Synthetic Aperture Radar (SAR) data as input.");
        assertTrue(input.introduced().contains("SkySense") && !input.introduced().contains("SAR"), input.introduced() + " " + input.mentions());
    }

    @Test
    void the_singular_of_an_introduced_acronym_and_a_size_of_an_introduced_family_are_introduced() {
        PaperExtraction singular = extract(null, "Specifically, we insert the innovative Hybrid Sparsification Modules (HSMs) between the "
                + "components. The HSM comprises a lightweight operator.");
        assertTrue(singular.introduced().containsAll(Set.of("HSMs", "HSM")), singular.introduced() + " " + singular.mentions());
        PaperExtraction size = extract(null, "We present OPT, a suite of decoder-only pre-trained transformers. We show that OPT-175B is "
                + "comparable to GPT-3.");
        assertTrue(size.introduced().containsAll(Set.of("OPT", "OPT-175B")), size.introduced() + " " + size.mentions());
        assertTrue(!size.introduced().contains("GPT-3"), size.introduced().toString());
    }

    @Test
    void plain_phrases_listed_after_namely_in_a_we_propose_window_are_introduced() {
        PaperExtraction e = extract(null, "Finally, we propose two practical techniques, namely weight refactorization and momentum reset, "
                + "to enhance the performance of efficient pre-training methods.");
        assertTrue(e.introduced().contains("weight refactorization"), e.introduced() + " " + e.mentions());
    }

    @Test
    void a_titles_last_sentence_and_a_run_with_a_describing_suffix_after_a_hyphen_name_the_technique() {
        PaperExtraction question = extract("What's New in My Data? Novelty Exploration via Contrastive Generation", "We study novelty.");
        assertTrue(question.introduced().contains("Contrastive Generation"), question.introduced() + " " + question.mentions());
        PaperExtraction aware = extract("Ctrl-U: Robust Conditional Image Generation via Uncertainty-aware Reward Modeling", "We study rewards.");
        assertTrue(aware.introduced().contains("Uncertainty-aware Reward Modeling"), aware.introduced() + " " + aware.mentions());
        PaperExtraction family = extract("SINE: SINgle Image Editing with Text-to-Image Diffusion Models", "We study editing.");
        assertTrue(!family.introduced().contains("Text-to-Image Diffusion Models"), family.introduced().toString());
    }
}
