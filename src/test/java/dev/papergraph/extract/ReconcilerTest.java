package dev.papergraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ReconcilerTest {

    @Test
    void a_type_read_from_the_text_outvotes_the_taggers_repeated_guesses() {
        String text = "We release the PROVABGS catalog. PROVABGS holds galaxies. PROVABGS is large. We query PROVABGS.";
        FieldReading field = new FieldReading(Field.abstract_, AnalyzedText.of(SharedNlp.pipeline(), text));
        List<List<CoreLabel>> sentences = field.text().sentences();
        for (int s = 0; s < sentences.size(); s++) {
            for (int i = 0; i < sentences.get(s).size(); i++) {
                if (sentences.get(s).get(i).word().equals("PROVABGS")) {
                    // The head noun says Dataset once; the tagger says Method at every other occurrence.
                    if (s == 0) {
                        field.cued().add(new Candidate(s, i, i + 1, MentionType.Dataset, CuePatterns.COMPONENT, 0.85));
                    } else {
                        field.learned().add(new Candidate(s, i, i + 1, MentionType.Method, CrfTagger.COMPONENT, 0.8));
                    }
                }
            }
        }
        new Reconciler(List.of(field), Gazetteer.shipped(SharedNlp.pipeline()));
        Set<MentionType> types = field.accepted().stream().filter(c -> field.spanText(c).equals("PROVABGS"))
                .map(Candidate::type).collect(Collectors.toSet());
        assertEquals(4, field.accepted().stream().filter(c -> field.spanText(c).equals("PROVABGS")).count());
        assertEquals(Set.of(MentionType.Dataset), types);
    }

    @Test
    void an_amount_a_describing_compound_or_a_variable_is_no_mention() {
        String text = "We collect HPC-specific data and 7B tokens, and predict X_0 from GPT-4 outputs.";
        FieldReading field = new FieldReading(Field.abstract_, AnalyzedText.of(SharedNlp.pipeline(), text));
        field.cued().add(span(field, "HPC-specific", MentionType.Dataset, CuePatterns.COMPONENT));
        field.cued().add(span(field, "7B", MentionType.Dataset, CuePatterns.COMPONENT));
        field.learned().add(span(field, "X_0", MentionType.Method, CrfTagger.COMPONENT));
        field.learned().add(span(field, "GPT-4", MentionType.Method, CrfTagger.COMPONENT));
        new Reconciler(List.of(field), Gazetteer.shipped(SharedNlp.pipeline()));
        assertEquals(List.of("GPT-4"), field.accepted().stream().map(field::spanText).toList());
    }

    @Test
    void a_tagged_data_set_in_a_title_case_title_needs_the_abstract_to_write_it_so() {
        FieldReading title = new FieldReading(Field.title, AnalyzedText.of(SharedNlp.pipeline(), "Synthetic Data for the CLEVR Benchmark"));
        FieldReading abstractText = new FieldReading(Field.abstract_, AnalyzedText.of(SharedNlp.pipeline(),
                "We render synthetic data and evaluate on CLEVR."));
        title.learned().add(span(title, "Synthetic Data", MentionType.Dataset, CrfTagger.COMPONENT));
        title.learned().add(span(title, "CLEVR", MentionType.Dataset, CrfTagger.COMPONENT));
        new Reconciler(List.of(title, abstractText), Gazetteer.shipped(SharedNlp.pipeline()));
        assertEquals(List.of("CLEVR"), title.accepted().stream().map(title::spanText).toList());
    }

    @Test
    void a_name_before_a_model_word_is_a_model_not_data() {
        FieldReading field = new FieldReading(Field.abstract_, AnalyzedText.of(SharedNlp.pipeline(), "We fine-tune the Falcon LLM on our data."));
        field.learned().add(span(field, "Falcon LLM", MentionType.Dataset, CrfTagger.COMPONENT));
        new Reconciler(List.of(field), Gazetteer.shipped(SharedNlp.pipeline()));
        assertEquals(List.of("Falcon/Model"), field.accepted().stream().map(c -> field.spanText(c) + "/" + c.type()).toList());
    }

    @Test
    void versions_of_one_name_vote_together_but_not_with_the_bare_name() {
        FieldReading field = new FieldReading(Field.abstract_, AnalyzedText.of(SharedNlp.pipeline(),
                "Defects4J tools repair 82 bugs on Defects4J-v1.2 and 45 bugs from Defects4J-v2.0."));
        field.cued().add(span(field, "Defects4J-v1.2", MentionType.Dataset, CuePatterns.COMPONENT));
        field.learned().add(span(field, "Defects4J-v2.0", MentionType.Method, CrfTagger.COMPONENT));
        field.learned().add(span(field, "Defects4J", MentionType.Method, CrfTagger.COMPONENT));
        new Reconciler(List.of(field), Gazetteer.shipped(SharedNlp.pipeline()));
        assertEquals(List.of("Defects4J/Method", "Defects4J-v1.2/Dataset", "Defects4J-v2.0/Dataset"),
                field.accepted().stream().map(c -> field.spanText(c) + "/" + c.type()).toList());
    }

    @Test
    void a_name_the_title_declares_as_a_benchmark_is_data_wherever_the_tagger_said_otherwise() {
        FieldReading title = new FieldReading(Field.title, AnalyzedText.of(SharedNlp.pipeline(), "Gauge: A Benchmark for Evaluating Language Model Fit"));
        FieldReading abstractText = new FieldReading(Field.abstract_, AnalyzedText.of(SharedNlp.pipeline(),
                "Gauge measures fit to many domains. We invite submissions to Gauge. Results on Gauge vary."));
        for (int s = 0; s < 3; s++) {
            List<CoreLabel> sentence = abstractText.text().sentences().get(s);
            for (int i = 0; i < sentence.size(); i++) {
                if (sentence.get(i).word().equals("Gauge")) {
                    abstractText.learned().add(new Candidate(s, i, i + 1, MentionType.Metric, CrfTagger.COMPONENT, 0.9));
                }
            }
        }
        new Reconciler(List.of(title, abstractText), Gazetteer.shipped(SharedNlp.pipeline()));
        Set<MentionType> types = java.util.stream.Stream.of(title, abstractText)
                .flatMap(f -> f.accepted().stream().filter(c -> f.spanText(c).equals("Gauge")))
                .map(Candidate::type).collect(Collectors.toSet());
        assertEquals(Set.of(MentionType.Dataset), types);
    }

    @Test
    void a_tagged_span_that_is_a_listed_name_takes_the_listed_type() {
        FieldReading field = new FieldReading(Field.abstract_, AnalyzedText.of(SharedNlp.pipeline(), "We study domain adaptation for speech."));
        field.listed().add(span(field, "domain adaptation", MentionType.Task, Gazetteer.COMPONENT));
        field.learned().add(span(field, "domain adaptation", MentionType.Method, CrfTagger.COMPONENT));
        new Reconciler(List.of(field), Gazetteer.shipped(SharedNlp.pipeline()));
        assertEquals(List.of("domain adaptation/Task"), field.accepted().stream().map(c -> field.spanText(c) + "/" + c.type()).toList());
    }

    @Test
    void a_phrase_headed_by_a_problem_noun_is_a_task_unless_a_generic_head_follows() {
        FieldReading field = new FieldReading(Field.abstract_, AnalyzedText.of(SharedNlp.pipeline(),
                "We improve methane detection with two parsing strategies."));
        field.learned().add(span(field, "methane detection", MentionType.Method, CrfTagger.COMPONENT));
        field.learned().add(span(field, "parsing strategies", MentionType.Method, CrfTagger.COMPONENT));
        new Reconciler(List.of(field), Gazetteer.shipped(SharedNlp.pipeline()));
        assertEquals(List.of("methane detection/Task", "parsing/Method"),
                field.accepted().stream().map(c -> field.spanText(c) + "/" + c.type()).toList());
    }

    @Test
    void turning_one_modality_into_another_is_a_task_and_so_is_the_short_form_of_a_task() {
        FieldReading field = new FieldReading(Field.abstract_, AnalyzedText.of(SharedNlp.pipeline(),
                "We study text-to-video (T2V) and sequence-to-sequence models for Zero-shot Classification (ZSC)."));
        field.definitions().addAll(AcronymDetector.find(field.text(), field.text().sentences().get(0), 0));
        field.learned().add(span(field, "text-to-video", MentionType.Method, CrfTagger.COMPONENT));
        field.learned().add(span(field, "sequence-to-sequence", MentionType.Method, CrfTagger.COMPONENT));
        field.learned().add(span(field, "Zero-shot Classification", MentionType.Method, CrfTagger.COMPONENT));
        new Reconciler(List.of(field), Gazetteer.shipped(SharedNlp.pipeline()));
        assertEquals(List.of("text-to-video/Task", "T2V/Task", "sequence-to-sequence/Method", "Zero-shot Classification/Task", "ZSC/Task"),
                field.accepted().stream().map(c -> field.spanText(c) + "/" + c.type()).toList());
    }

    @Test
    void in_a_spaced_out_text_a_spaced_hyphen_joins_a_name_to_its_version_digits() {
        FieldReading field = new FieldReading(Field.abstract_, AnalyzedText.of(SharedNlp.pipeline(),
                "We compare ViLT - 3 with models trained on FSS - 1 0 0 0 ."));
        field.learned().add(span(field, "ViLT", MentionType.Method, CrfTagger.COMPONENT));
        field.learned().add(span(field, "FSS", MentionType.Dataset, CrfTagger.COMPONENT));
        new Reconciler(List.of(field), Gazetteer.shipped(SharedNlp.pipeline()));
        assertEquals(List.of("ViLT - 3", "FSS - 1 0 0 0"), field.accepted().stream().map(field::spanText).toList());
    }

    @Test
    void a_company_name_is_no_mention() {
        FieldReading field = new FieldReading(Field.abstract_, AnalyzedText.of(SharedNlp.pipeline(), "Models by OpenAI outperform Vicuna."));
        field.learned().add(span(field, "OpenAI", MentionType.Dataset, CrfTagger.COMPONENT));
        field.learned().add(span(field, "Vicuna", MentionType.Model, CrfTagger.COMPONENT));
        new Reconciler(List.of(field), Gazetteer.shipped(SharedNlp.pipeline()));
        assertEquals(List.of("Vicuna"), field.accepted().stream().map(field::spanText).toList());
    }

    /** A candidate over the first tokens of the first sentence that read {@code name}. */
    private static Candidate span(FieldReading field, String name, MentionType type, String component) {
        List<CoreLabel> sentence = field.text().sentences().get(0);
        for (int from = 0; from < sentence.size(); from++) {
            for (int to = from + 1; to <= sentence.size(); to++) {
                if (field.text().spanText(sentence, from, to).equals(name)) {
                    return new Candidate(0, from, to, type, component, 0.8);
                }
            }
        }
        throw new IllegalArgumentException(name + " is not in the sentence");
    }
}
