package dev.papergraph.extract;

import static dev.papergraph.extract.MentionType.Dataset;
import static dev.papergraph.extract.MentionType.Method;
import static dev.papergraph.extract.MentionType.Model;
import static dev.papergraph.extract.MentionType.Task;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/** Sentences from the seed abstracts, with the mentions the gold annotates in them. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class RelationFinderTest {
    /** The sentences start at this offset in their abstract, as they would after a first sentence. */
    private static final int SENTENCE_START = 100;
    private final RelationFinder finder = new RelationFinder();

    /** Mentions of the given forms ("Model:GPT-3") at their first occurrence in the sentence. */
    private static List<Mention> mentions(String sentence, String... typedTexts) {
        List<Mention> mentions = new ArrayList<>();
        int from = 0;
        for (String typed : typedTexts) {
            String[] parts = typed.split(":", 2);
            int index = sentence.indexOf(parts[1], from);
            int start = SENTENCE_START + sentence.codePointCount(0, index);
            mentions.add(new Mention(Field.abstract_, MentionType.parse(parts[0]), parts[1], start,
                    start + parts[1].codePointCount(0, parts[1].length()), sentence, "gold", 1.0));
            from = index + parts[1].length();
        }
        return mentions;
    }

    private List<String> found(String sentence, List<AcronymPair> acronyms, String... typedTexts) {
        return finder.find(mentions(sentence, typedTexts), acronyms).stream()
                .map(r -> r.subject().text() + " " + r.type() + " " + r.object().text() + " (" + r.component() + ")")
                .toList();
    }

    private List<String> found(String sentence, String... typedTexts) {
        return found(sentence, List.of(), typedTexts);
    }

    @Test
    void an_appositive_gives_the_broader_concept_synthesised_from_its_head_when_unnamed() {
        String sentence = "Recognizing this, we present msGFM, a multisensor geospatial foundation model that effectively unifies data.";
        List<AcronymPair> acronyms = List.of(new AcronymPair("msGFM", "multisensor geospatial foundation model", Model));
        assertEquals(List.of("msGFM BROADER foundation model (pattern:appositive-head)"),
                found(sentence, acronyms, "Model:msGFM", "Model:multisensor geospatial foundation model"));
        assertEquals(List.of("msGFM BROADER foundation model (pattern:appositive-head)"), found(sentence, "Model:msGFM"));
        Mention head = finder.find(mentions(sentence, "Model:msGFM"), List.of()).get(0).object();
        assertEquals(sentence.indexOf("foundation model") + SENTENCE_START, head.start());
        assertEquals(RelationFinder.COMPONENT, head.component());
    }

    @Test
    void an_appositive_naming_a_mention_gives_that_mention() {
        String sentence = "1) We develop PreDiff, a conditional latent diffusion model capable of probabilistic forecasts.";
        assertEquals(List.of("PreDiff BROADER latent diffusion model (pattern:appositive)"),
                found(sentence, "Model:PreDiff", "Method:latent diffusion model"));
    }

    @Test
    void an_appositive_whose_mention_modifies_another_noun_gives_nothing() {
        String sentence = "We introduce VAR-CLIP, a novel text-to-image model that integrates Visual Auto-Regressive techniques.";
        assertEquals(List.of(), found(sentence, "Model:VAR-CLIP", "Task:text-to-image"));
    }

    @Test
    void based_on_and_extends() {
        assertEquals(List.of("BBTv2 BASED_ON Black-Box Tuning (pattern:based-on)"),
                found("In this paper, we present BBTv2, an improved version of Black-Box Tuning, to drive PTMs.",
                        "Method:BBTv2", "Method:Black-Box Tuning", "Method:PTMs"));
        assertEquals(List.of("model-based guidance BASED_ON classifier-free guidance (pattern:based-on)"),
                found("We propose model-based guidance built upon the classifier-free guidance.",
                        "Method:model-based guidance", "Method:classifier-free guidance"));
    }

    @Test
    void trained_on_needs_a_dataset() {
        String sentence = "We present WXFormer, trained on six-hourly ERA5 reanalysis data.";
        assertEquals(List.of("WXFormer TRAINED_ON ERA5 (pattern:trained-on)"), found(sentence, "Model:WXFormer", "Dataset:ERA5"));
        assertEquals(List.of(), found(sentence, "Model:WXFormer", "Method:ERA5"));
    }

    @Test
    void evaluated_on_with_the_verb_before_the_subject_and_coordinated_objects() {
        assertEquals(List.of("RoBERTa EVALUATED_ON GLUE (pattern:evaluated-on)", "RoBERTa EVALUATED_ON SQuAD (pattern:evaluated-on)"),
                found("We evaluate RoBERTa on GLUE and SQuAD.", "Model:RoBERTa", "Dataset:GLUE", "Dataset:SQuAD"));
    }

    @Test
    void applied_to_needs_a_task() {
        String sentence = "Stable-Diffusion for image generation is popular.";
        assertEquals(List.of("Stable-Diffusion APPLIED_TO image generation (pattern:applied-to)"),
                found(sentence, "Model:Stable-Diffusion", "Task:image generation"));
        assertEquals(List.of(), found(sentence, "Model:Stable-Diffusion", "Method:image generation"));
    }

    @Test
    void outperforms_each_coordinated_object() {
        assertEquals(List.of("UL2 20B OUTPERFORMS T0 (pattern:outperforms)", "UL2 20B OUTPERFORMS T5 (pattern:outperforms)"),
                found("On 0-shot MMLU, UL2 20B outperforms T0 and T5 models.", "Dataset:MMLU", "Model:UL2 20B", "Model:T0", "Model:T5"));
        assertEquals(List.of("GLM OUTPERFORMS BERT (pattern:outperforms)", "GLM OUTPERFORMS T5 (pattern:outperforms)", "GLM OUTPERFORMS GPT (pattern:outperforms)"),
                found("On a wide range of tasks across NLU, conditional and unconditional generation, GLM outperforms BERT, T5, and GPT given the same model sizes.",
                        "Task:NLU", "Task:unconditional generation", "Model:GLM", "Model:BERT", "Model:T5", "Method:GPT"));
        assertEquals(List.of("ChartPaLI-5B OUTPERFORMS PaLIX-55B (pattern:outperforms)"),
                found("Our ChartPaLI-5B outperforms even 10x larger models such as PaLIX-55B without using an upstream OCR system.",
                        "Model:ChartPaLI-5B", "Model:PaLIX-55B", "Method:OCR"));
    }

    @Test
    void outperforms_is_not_read_across_a_preposition_or_from_a_participle() {
        assertEquals(List.of(),
                found("Experiments show that Prereq-Tune outperforms existing baselines in improving LLM's factuality.",
                        "Method:Prereq-Tune", "Method:LLM"));
        assertEquals(List.of(),
                found("Our model achieves strong results at in-context learning, outperforming 175B GPT-3 on zero-shot SuperGLUE.",
                        "Method:in-context learning", "Model:GPT-3", "Dataset:SuperGLUE"));
    }

    @Test
    void compared_with() {
        assertEquals(List.of("DyLoRA COMPARED_WITH LoRA (pattern:compared-with)"),
                found("DyLoRA trains at least 4 to 7 times faster than LoRA.", "Method:DyLoRA", "Method:LoRA"));
    }

    @Test
    void a_mention_glued_to_the_next_word_by_a_hyphen_is_not_an_object() {
        assertEquals(List.of(),
                found("We present TransNormerLLM, the first model that outperforms conventional softmax attention-based models.",
                        "Model:TransNormerLLM", "Method:softmax attention"));
    }

    @Test
    void examples_after_such_as_are_kinds_of_the_concept_before_them() {
        assertEquals(List.of("CodeBERT BROADER PLMs (pattern:such-as)"),
                found("State-of-the-art program representation techniques mainly utilize pre-trained language models (PLMs) such as CodeBERT.",
                        "Model:pre-trained language models", "Model:PLMs", "Model:CodeBERT"));
        assertEquals(List.of("CLIP BROADER image-text models (pattern:such-as)", "Flamingo BROADER image-text models (pattern:such-as)"),
                found("Web-crawled datasets have enabled remarkable generalization capabilities in recent image-text models such as CLIP or Flamingo, but little is known.",
                        "Model:image-text models", "Model:CLIP", "Model:Flamingo"));
        assertEquals(List.of(),
                found("Our framework covers a wide range of approaches for unsupervised pretraining, including factor models and contrastive learning.",
                        "Method:unsupervised pretraining", "Method:factor models", "Method:contrastive learning"));
    }

    @Test
    void coordinated_subjects_and_objects_of_the_same_length_pair_up_in_order() {
        assertEquals(List.of("MentalXLNet BASED_ON XLNet (pattern:based-on)", "MentalLongformer BASED_ON Longformer (pattern:based-on)"),
                found("Specifically, we train and release MentalXLNet and MentalLongformer based on XLNet and Longformer.",
                        "Model:MentalXLNet", "Model:MentalLongformer", "Model:XLNet", "Model:Longformer"));
    }

    @Test
    void a_subject_coordinated_with_no_mention_gets_no_list_of_objects() {
        assertEquals(List.of(),
                found("This article analyzes one-way and bidirectional models based on GPT and BERT and compares their differences.",
                        "Method:bidirectional models", "Model:GPT", "Model:BERT"));
    }

    @Test
    void a_mention_inside_a_hyphenated_name_is_no_subject() {
        assertEquals(List.of(),
                found("In this paper, we introduce VAR-CLIP, a novel text-to-image model that integrates Visual Auto-Regressive techniques.",
                        "Model:CLIP", "Method:text-to-image model"));
    }

    @Test
    void an_appositive_after_a_class_or_after_a_qualifying_mention_gives_nothing() {
        assertEquals(List.of(),
                found("Our starting point is a generative model, a forward description of the probabilistic process dynamics.",
                        "Method:generative model", "Method:description"));
        assertEquals(List.of(),
                found("To address this issue, we propose Ensemble Kalman Diffusion Guidance (EnKG) for diffusion models, a derivative-free approach that can solve inverse problems.",
                        "Method:Ensemble Kalman Diffusion Guidance", "Method:EnKG", "Method:diffusion models"));
    }

    @Test
    void the_subject_of_a_loose_comparison_heads_its_clause() {
        assertEquals(List.of(),
                found("(i) when the sequence of domains shows semantic similarity, continual pretraining enables LLMs to better specialize in the current domain compared to stand-alone fine-tuning.",
                        "Method:continual pretraining", "Model:LLMs", "Method:fine-tuning"));
        assertEquals(List.of("Mix-LN COMPARED_WITH Pre-LN (pattern:compared-with)", "Mix-LN COMPARED_WITH Post-LN (pattern:compared-with)"),
                found("Furthermore, we demonstrate that models pre-trained with Mix-LN learn better compared to those using Pre-LN or Post-LN during supervised fine-tuning.",
                        "Method:Mix-LN", "Method:Pre-LN", "Method:Post-LN", "Method:supervised fine-tuning"));
    }

    @Test
    void a_new_main_clause_with_we_breaks_a_statement() {
        assertEquals(List.of(),
                found("By pretraining FT-Transformer via XTab, we achieve superior performance than other state-of-the-art tabular deep learning models.",
                        "Model:FT-Transformer", "Method:XTab", "Method:deep learning"));
    }

    @Test
    void outperforms_follows_no_relative_pronoun_and_no_other_noun() {
        assertEquals(List.of(),
                found("In other words, results suggest that MonoCoder understands HPC code better than state-of-the-art LLMs.",
                        "Model:MonoCoder", "Method:HPC", "Model:LLMs"));
        assertEquals(List.of(),
                found("We present TransNormerLLM, the first linear attention-based Large Language Model (LLM) that outperforms conventional softmax models.",
                        "Model:TransNormerLLM", "Model:Large Language Model", "Model:LLM", "Method:softmax models"));
        assertEquals(List.of("AI NWP OUTPERFORMS physics-based systems (pattern:outperforms)"),
                found("AI NWP models outperform traditional physics-based systems across several global metrics.",
                        "Method:AI NWP", "Method:physics-based systems"));
    }

    @Test
    void a_statement_about_an_appositive_is_about_the_name_it_describes() {
        assertEquals(List.of("Otter BROADER multi-modal model (pattern:appositive)", "Otter BASED_ON OpenFlamingo (pattern:based-on)"),
                found("We then introduce Otter, a multi-modal model based on OpenFlamingo (open-sourced version of DeepMind's Flamingo), "
                                + "trained on MIMIC-IT and showcasing improved instruction-following ability.",
                        "Model:Otter", "Method:multi-modal model", "Model:OpenFlamingo", "Model:Flamingo", "Dataset:MIMIC-IT"));
    }

    @Test
    void an_acronym_alone_in_its_parenthesis_is_a_subject() {
        assertEquals(List.of("PROP APPLIED_TO ad-hoc retrieval (pattern:applied-to)"),
                found("In this paper, we propose Pre-training with Representative wOrds Prediction (PROP) for ad-hoc retrieval.",
                        "Method:Pre-training with Representative wOrds Prediction", "Method:PROP", "Task:ad-hoc retrieval"));
    }

    @Test
    void evaluated_on_after_a_ranking() {
        assertEquals(List.of("AuT-Few EVALUATED_ON RAFT (pattern:evaluated-on)"),
                found("Moreover, AuT-Few is the best ranking method across datasets on the RAFT few-shot benchmark.",
                        "Method:AuT-Few", "Dataset:RAFT"));
    }

    @Test
    void results_on_datasets_before_the_name_they_show_something_about() {
        assertEquals(List.of("TLEG EVALUATED_ON ImageNet-1K (pattern:results-on)"),
                found("Extensive experiments on ImageNet-1K demonstrate that TLEG achieves comparable or better performance.",
                        "Dataset:ImageNet-1K", "Method:TLEG"));
        assertEquals(List.of("neural semantic matching EVALUATED_ON FEVER (pattern:results-on)"),
                found("Experiments on the FEVER dataset indicate that (1) our neural semantic matching method outperforms popular baselines.",
                        "Dataset:FEVER", "Method:neural semantic matching"));
        assertEquals(List.of(),
                found("We run experiments on ImageNet-1K and find that TLEG is fast.", "Dataset:ImageNet-1K", "Method:TLEG"));
    }

    @Test
    void add_to_keeps_the_extraction_and_adds_relations_and_synthesised_mentions() {
        String sentence = "We present msGFM, a multisensor geospatial foundation model.";
        List<Mention> mentions = mentions(sentence, "Model:msGFM");
        PaperExtraction extraction = finder.addTo(new PaperExtraction("p", mentions, List.of(), Set.of("msGFM"), List.of()));
        assertEquals(List.of("msGFM", "foundation model"), extraction.mentions().stream().map(Mention::text).toList());
        assertEquals(1, extraction.relations().size());
        assertEquals(Set.of("msGFM"), extraction.introduced());
    }
}
