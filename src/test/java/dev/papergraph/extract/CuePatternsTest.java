package dev.papergraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.papergraph.ingest.Paper;
import dev.papergraph.ingest.PaperCollector;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.tokensregex.TokenSequenceMatcher;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class CuePatternsTest {

    private record Found(List<String> names, List<String> introduced) {}

    private static Found find(String text, boolean title) {
        AnalyzedText analyzed = AnalyzedText.of(SharedNlp.pipeline(), text);
        List<CoreLabel> sentence = analyzed.sentences().get(0);
        CuePatterns.Cues cues = CuePatterns.find(sentence, 0, title);
        return new Found(
                cues.names().stream().map(c -> analyzed.spanText(sentence, c.from(), c.to()) + "/" + c.type()).toList(),
                cues.introduced().stream().map(c -> analyzed.spanText(sentence, c.from(), c.to())).toList());
    }

    @Test
    void a_name_before_a_head_noun_takes_the_head_nouns_type() {
        assertEquals(List.of("SEVIR/Dataset", "GPT-3/Model", "BeamVQ/Method"),
                find("We use the SEVIR dataset, the GPT-3 model and the BeamVQ framework.", false).names());
        assertEquals(List.of("N-body MNIST/Dataset"), find("Results on the N-body MNIST benchmark are strong.", false).names());
    }

    @Test
    void a_citation_between_a_name_and_its_head_noun_keeps_the_cue() {
        assertEquals(List.of("PoseTrack/Dataset", "COCO/Dataset"),
                find("We test on the PoseTrack [2] dataset and the COCO (Lin et al., 2014) benchmark.", false).names());
    }

    @Test
    void an_adverb_opening_a_sentence_is_no_part_of_a_name() {
        assertEquals(List.of("CRFAsRNN/Model"), find("Then CRFAsRNN [38] models the CRF as a recurrent network.", false).names());
    }

    @Test
    void a_phrase_without_capitals_is_no_name() {
        assertEquals(List.of(), find("We use the large dataset and the proposed model.", false).names());
    }

    /** The names coordinated with {@code listed}, a data set already known in the sentence. */
    private static List<String> coordinated(String text, String listed) {
        AnalyzedText analyzed = AnalyzedText.of(SharedNlp.pipeline(), text);
        List<CoreLabel> sentence = analyzed.sentences().get(0);
        int at = 0;
        while (!sentence.get(at).word().equals(listed)) {
            at++;
        }
        Candidate known = new Candidate(0, at, at + 1, MentionType.Dataset, Gazetteer.COMPONENT, 0.95);
        return CuePatterns.coordinatedData(sentence, 0, List.of(known)).stream()
                .map(c -> analyzed.spanText(sentence, c.from(), c.to())).toList();
    }

    @Test
    void names_coordinated_with_a_known_data_set_are_data_up_to_a_closing_dash() {
        assertEquals(List.of("WIT", "RedCaps"),
                coordinated("We use six sources - LAION, WIT, RedCaps - to study robustness.", "LAION"));
        assertEquals(List.of("Mr-Tydi"), coordinated("We rank passages on MSMARCO, Mr-Tydi for Arabic.", "MSMARCO"));
    }

    @Test
    void the_type_after_a_name_comes_from_its_own_phrase_not_from_what_it_uses() {
        AnalyzedText benchmark = AnalyzedText.of(SharedNlp.pipeline(), "Paloma: A Benchmark for Evaluating Language Model Fit");
        assertEquals(java.util.Optional.of(MentionType.Dataset), CuePatterns.typeAfter(benchmark.sentences().get(0), 1));
        AnalyzedText using = AnalyzedText.of(SharedNlp.pipeline(), "Geo2SigMap: High-Fidelity RF Signal Mapping Using Geographic Databases");
        assertEquals(java.util.Optional.empty(), CuePatterns.typeAfter(using.sentences().get(0), 1));
    }

    @Test
    void a_catalogue_or_a_name_said_to_be_a_collection_is_data() {
        assertEquals(List.of("APOGEE-Payne/Dataset"), find("The network is trained on stars common to the APOGEE-Payne catalog.", false).names()
                .stream().filter(n -> n.startsWith("APOGEE")).toList());
        assertTrue(find("To address this gap, we introduce the Well: a large-scale collection of datasets.", false).names().contains("Well/Dataset"));
    }

    @Test
    void a_name_after_results_or_scores_on_is_data_but_not_a_language_or_a_modifier() {
        assertTrue(find("GAMMA correctly repairs 82 bugs on Defects4J-v1.2 and 45 bugs on QuixBugs.", false).names().contains("Defects4J-v1.2/Dataset"));
        assertTrue(find("It achieves state-of-the-art results on WebNLG, DART and E2E.", false).names()
                .containsAll(List.of("WebNLG/Dataset", "DART/Dataset", "E2E/Dataset")));
        assertTrue(find("It improves the EM score +8.6 on Natural Questions and more.", false).names().contains("Natural Questions/Dataset"));
        assertEquals(List.of(), find("We report results on Large Language Models.", false).names());
        assertTrue(find("It gains (e.g., +6.87% on iNat 2019 and +7.66% on CIFAR-100).", false).names().contains("iNat 2019/Dataset"));
        assertEquals(List.of(), find("LLMs are Pre-trained on Formally Diverse Data", true).names());
        assertEquals(List.of(), find("We report the performance on Japanese.", false).names());
        assertEquals(List.of(), find("We report the performance on DNA sequences.", false).names());
        assertEquals(List.of(), find("Experimental results on DNA/protein sequence design tasks verify it.", false).names());
    }

    @Test
    void we_propose_opens_a_window_to_the_end_of_the_clause_and_names_what_follows_the_verb() {
        assertEquals(List.of("Lagrange Large Language Models (L3Ms),", "Lagrange Large Language Models"),
                find("To solve this, we propose Lagrange Large Language Models (L3Ms), which employ barriers.", false).introduced());
    }

    @Test
    void an_appositive_with_novel_names_what_the_paper_introduces() {
        Found found = find("We present PreDiff, a novel conditional latent diffusion model for nowcasting.", false);
        assertEquals(List.of("PreDiff/Model"), found.names());
        assertTrue(found.introduced().contains("PreDiff"), found.introduced().toString());
    }

    @Test
    void a_title_opening_with_a_name_and_a_colon_introduces_it() {
        Found found = find("PreDiff: Precipitation Nowcasting with Latent Diffusion Models", true);
        assertEquals(List.of("PreDiff/Model"), found.names());
        assertEquals(List.of("PreDiff"), found.introduced());
        assertEquals(List.of(), find("Towards: a study", true).introduced());
    }

    @Test
    void every_name_of_a_list_before_a_plural_data_head_is_a_dataset() {
        List<String> names = find("We report results on the CIFAR-10, SVHN and STL-10 datasets.", false).names();
        assertTrue(names.containsAll(List.of("CIFAR-10/Dataset", "SVHN/Dataset", "STL-10/Dataset")), names.toString());
    }

    @Test
    void names_listed_after_datasets_such_as_are_datasets() {
        List<String> names = find("It is evaluated on benchmarks such as MMLU, GSM8K and HumanEval.", false).names();
        assertTrue(names.containsAll(List.of("MMLU/Dataset", "GSM8K/Dataset", "HumanEval/Dataset")), names.toString());
    }

    @Test
    void languages_and_counts_in_a_list_are_no_datasets() {
        List<String> names = find("We collect 2 datasets with English and French datasets.", false).names();
        assertTrue(names.stream().noneMatch(n -> n.startsWith("English") || n.startsWith("2")), names.toString());
    }

    @Test
    void a_name_said_to_be_proposed_in_the_passive_or_after_we_have_is_introduced() {
        assertTrue(find("A new dataset, GeoVQA-1K, is introduced for map reading.", false).introduced().contains("GeoVQA-1K"));
        assertTrue(find("MetaFormerX is a novel backbone for images.", false).introduced().contains("MetaFormerX"));
        assertTrue(find("We have developed DeepTide, a tool for forecasting.", false).introduced().contains("DeepTide"));
        assertEquals(List.of(), find("Experiments are presented on two tasks.", false).introduced());
    }

    @Test
    void an_amount_after_trained_on_is_no_dataset_and_a_named_survey_is_one() {
        assertEquals(List.of(), find("The model is trained on 300B tokens.", false).names());
        assertEquals(List.of("DESI/Dataset"), find("We use spectra from the DESI survey.", false).names());
    }

    @Test
    void dubbed_as_names_what_the_paper_introduces() {
        assertTrue(find("We propose a unified framework, dubbed as TriLoom, for tabular data.", false).introduced().contains("TriLoom"));
    }

    @Test
    void a_size_or_likeness_before_model_is_no_name() {
        assertEquals(List.of(), find("We train a 100B-scale model and several GPT-like models.", false).names());
        assertEquals(List.of(), find("We collect HPC-specific datasets and LLM-based methods.", false).names());
    }

    @Test
    void a_name_said_to_be_a_subset_or_corpus_is_a_dataset_and_a_capitalised_survey_stays_in_the_name() {
        assertTrue(find("TinyStack is a 6GB subset of a larger corpus.", false).names().contains("TinyStack/Dataset"));
        assertTrue(find("We use the Deep Sky Survey data.", false).names().contains("Deep Sky Survey/Dataset"));
        assertTrue(find("We collect English datasets.", false).names().isEmpty());
    }

    @Test
    void every_name_of_a_list_after_evaluated_on_is_a_dataset() {
        List<String> names = find("The model is evaluated on E2E, DART and WebNLG.", false).names();
        assertTrue(names.containsAll(List.of("E2E/Dataset", "DART/Dataset", "WebNLG/Dataset")), names.toString());
    }
    @Test
    void a_name_in_brackets_after_a_proposed_head_noun_is_introduced_unless_it_spells_out_the_phrase() {
        assertTrue(find("We then propose a light-weight black-box tuning method (NMTune) to affine the space.", false)
                .introduced().contains("NMTune"));
        assertEquals(List.of(), find("We present VisGen, a novel multimodal large language model (MLLM) for images.", false)
                .introduced().stream().filter(i -> i.equals("MLLM")).toList());
        Found used = find("We train on the PTA dataset (NANOGrav 15-year) with flows.", false);
        assertEquals(List.of(), used.introduced());
        assertTrue(used.names().contains("NANOGrav 15-year/Dataset"), used.names().toString());
    }

    @Test
    void a_name_after_someone_elses_head_noun_is_not_introduced_but_a_resulting_model_is() {
        assertEquals(List.of(), find("Our experiments apply it to the current state-of-the-art scaling method, YaRN, on tasks.", false)
                .introduced());
        assertTrue(find("The resulting model, PhysiLM, achieves the best results.", false).introduced()
                .contains("PhysiLM"));
    }

    @Test
    void this_paper_presents_a_name_and_our_name_before_a_head_noun_are_introduced() {
        assertTrue(find("This paper presents OptCS, a general framework for selection.", false).introduced().contains("OptCS"));
        assertTrue(find("In this paper, we propose LayoutDiffuse that adapts a diffusion model.", false).introduced().contains("LayoutDiffuse"));
        Found found = find("We created a leaderboard featuring our BLURB benchmark for the community.", false);
        assertTrue(found.names().contains("BLURB/Dataset"), found.names().toString());
        assertTrue(found.introduced().contains("BLURB"));
        assertEquals(List.of(), find("Our Llama2-7b model with pruning is fast.", false).introduced());
        assertEquals(List.of(), find("Under quantization, our OSP model achieves a high score.", false).names());
    }
    @Test
    void called_takes_the_type_of_a_head_noun_further_back_and_commas_between_adjectives_keep_the_head_in_reach() {
        assertTrue(find("We use a novel dataset of anonymized insurance-related financial documents called Payslips.", false)
                .names().contains("Payslips/Dataset"));
        assertEquals(java.util.Optional.of(MentionType.Dataset), CuePatterns.typeAfter(
                AnalyzedText.of(SharedNlp.pipeline(), "X, a large-scale, high-resolution radio map dataset.").sentences().get(0), 1));
    }
    @Test
    void a_resulting_plural_head_or_a_proposed_variant_names_what_the_paper_introduces() {
        assertTrue(find("The resulting models, TagLM, outperform larger open models.", false).introduced().contains("TagLM"));
        assertTrue(find("We further introduce a hybrid variant (Hybrid-AuON) that applies one iteration.", false)
                .introduced().contains("Hybrid-AuON"));
        assertEquals(List.of(), find("We compare our method with strong models, GPT-4, and others.", false).introduced());
    }
    @Test
    void a_cited_name_is_not_introduced_and_a_hyphenated_based_does_not_end_the_we_propose_clause() {
        CuePatterns.Cues cues = CuePatterns.find(AnalyzedText.of(SharedNlp.pipeline(),
                "We study a form of error feedback called EF21 (Richtarik et al., 2021) which is fast.").sentences().get(0), 0, false);
        assertTrue(cues.introduced().stream().allMatch(c -> c.component().equals(CuePatterns.CITED)), cues.introduced().toString());
        assertTrue(find("We propose a model-based meta-learning method called DyAd which generalizes.", false).introduced()
                .contains("a model-based meta-learning method called DyAd"));
    }
    @Test
    void a_name_released_after_another_verb_is_introduced() {
        assertTrue(find("Specifically, we train and release MedXLNet and MedLongformer based on XLNet.", false).introduced()
                .contains("MedXLNet"));
    }
    @Test
    void a_short_name_given_with_or_where_the_authors_propose_is_introduced() {
        assertTrue(find("We propose a new method based on Leave-One-Out Nearest Neighbours, or LOON for short.", false)
                .introduced().contains("LOON"));
        assertEquals(List.of(), find("Models such as BERT, or RoBERTa, are strong.", false).introduced());
    }

    @Test
    void a_window_opens_after_a_first_verb_and_release_and_ends_at_between_or_through() {
        Found released = find("Specifically, we train and release MedXLNet and MedLongformer for health.", false);
        assertTrue(released.introduced().contains("MedXLNet and MedLongformer"), released.introduced().toString());
        Found inserted = find("We insert the Hybrid Gating Modules between the attention layers.", false);
        assertTrue(inserted.introduced().contains("the Hybrid Gating Modules"), inserted.introduced().toString());
        assertEquals(List.of("the Hybrid Gating Modules"), find("We then insert the Hybrid Gating Modules through soft distillation.", false).introduced());
    }

    @Test
    void a_name_with_a_bracketed_short_form_or_a_head_noun_said_to_be_devised_is_introduced_but_not_after_variants_of() {
        assertEquals(List.of("Prototype Regularization"),
                find("Moreover, Prototype Regularization (PR) is devised to relieve the ambiguity.", false).introduced());
        assertEquals(List.of("GPD"), find("The GPD paradigm is established for forecasting.", false).introduced());
        assertEquals(List.of(), find("Several new variants of SDEs are proposed in the literature.", false).introduced());
    }

    @Test
    void our_proposed_name_and_our_name_before_approach_are_introduced() {
        Found proposed = find("This encoder is pre-trained by our proposed Granular Contrastive Learning to learn representations.", false);
        assertTrue(proposed.introduced().contains("Granular Contrastive Learning"), proposed.introduced().toString());
        Found approach = find("We choose simple EBMs as a backbone of our Energy-guided Entropic OT approach.", false);
        assertTrue(approach.introduced().contains("Energy-guided Entropic OT"), approach.introduced().toString());
    }

    @Test
    void a_purpose_clause_of_the_authors_opens_a_window_but_not_a_looking_ahead_one() {
        Found made = find("Finally, we incorporate best practices to develop OLMo 2-Instruct, focusing on permissive data.", false);
        assertTrue(made.introduced().stream().anyMatch(c -> c.startsWith("OLMo 2-Instruct")), made.introduced().toString());
        assertEquals(List.of(), find("Others need to develop BERT-like models for it.", false).introduced());
        assertEquals(List.of(), find("We will continue to explore novel LPRT search strategies.", false).introduced());
    }

    @Test
    void an_own_name_may_be_one_hyphenated_token_or_go_on_after_a_glued_hyphen() {
        Found hyphenated = find("This encoder is pre-trained by our proposed Multi-Granularity Contrastive Learning to learn representations.", false);
        assertEquals(List.of("Multi-Granularity Contrastive Learning"), hyphenated.introduced());
        Found glued = find("The resulting model, Llama-3-Physician, achieves the best medical performance.", false);
        assertEquals(List.of("Llama-3-Physician"), glued.introduced());
    }

    @Test
    void a_name_after_a_verb_of_making_in_the_authors_purpose_clause_or_after_the_developed_model_is_introduced() {
        Found purpose = find("We have utilized this framework to create Prithvi, a transformer-based geospatial foundation model.", false);
        assertTrue(purpose.introduced().contains("Prithvi"), purpose.introduced().toString());
        assertTrue(!find("Others used it to create Prithvi, a geospatial foundation model.", false).introduced().contains("Prithvi"));
        Found developed = find("The developed model, HuatuoGPT-II, has shown state-of-the-art performance.", false);
        assertEquals(List.of("HuatuoGPT-II"), developed.introduced());
    }

    /**
     * The matcher of each cue tries fewer places than TokensRegex's own; on every sentence of the sample corpus it must
     * find the same matches with the same groups, or an opening or needed token no longer fits its pattern.
     */
    @Test
    void every_cue_finds_what_its_pattern_finds_in_the_sample_corpus() throws IllegalAccessException {
        List<CuePatterns.Cue> cues = new ArrayList<>();
        for (java.lang.reflect.Field field : CuePatterns.class.getDeclaredFields()) {
            if (field.getType() == CuePatterns.Cue.class) {
                field.setAccessible(true);
                cues.add((CuePatterns.Cue) field.get(null));
            }
        }
        assertTrue(cues.size() > 20, "cues found: " + cues.size());
        int matches = 0;
        for (Paper paper : PaperCollector.create().sample().build().collect().papers()) {
            for (List<CoreLabel> sentence : AnalyzedText.of(SharedNlp.pipeline(), paper.abstractText()).sentences()) {
                for (CuePatterns.Cue cue : cues) {
                    List<List<Integer>> expected = matches(cue.pattern().getMatcher(sentence));
                    assertEquals(expected, matches(cue.matcher(sentence)), cue.pattern().pattern());
                    matches += expected.size();
                }
            }
        }
        assertTrue(matches > 1000, "matches: " + matches);
    }

    /** The start and end of every group of every match, in order. */
    private static List<List<Integer>> matches(TokenSequenceMatcher m) {
        List<List<Integer>> found = new ArrayList<>();
        while (m.find()) {
            List<Integer> groups = new ArrayList<>();
            for (int g = 0; g <= m.groupCount(); g++) {
                groups.add(m.start(g));
                groups.add(m.end(g));
            }
            found.add(groups);
        }
        return found;
    }
}
