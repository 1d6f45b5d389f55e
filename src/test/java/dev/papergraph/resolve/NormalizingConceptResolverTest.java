package dev.papergraph.resolve;

import static dev.papergraph.extract.MentionType.Dataset;
import static dev.papergraph.extract.MentionType.Method;
import static dev.papergraph.extract.MentionType.Model;
import static dev.papergraph.extract.MentionType.Task;
import static dev.papergraph.resolve.Fixtures.mention;
import static dev.papergraph.resolve.Fixtures.paper;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.papergraph.extract.Field;
import dev.papergraph.extract.Mention;
import dev.papergraph.extract.RelationMention;
import dev.papergraph.extract.RelationType;
import dev.papergraph.ingest.PaperDate;
import dev.papergraph.resolve.ConceptResolver.PaperInput;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class NormalizingConceptResolverTest {
    private final ConceptResolver resolver = new NormalizingConceptResolver();

    private static Map<String, String> rulesOf(Concept concept) {
        return concept.variants().stream().collect(Collectors.toMap(LabelVariant::label, LabelVariant::rule, (a, b) -> a, TreeMap::new));
    }

    private static Concept only(Resolution resolution) {
        assertEquals(1, resolution.concepts().size(), () -> "concepts: " + resolution.concepts());
        return resolution.concepts().get(0);
    }

    private static Concept byLabel(Resolution resolution, String label) {
        return resolution.concepts().stream()
                .filter(c -> c.prefLabel().equals(label) || c.variants().stream().anyMatch(v -> v.label().equals(label)))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no concept labelled " + label + " in " + resolution.concepts()));
    }

    @Test
    void merges_case_hyphenation_and_spacing_variants() {
        Concept concept = only(resolver.resolve(List.of(
                paper("a").uses(Method, "pre-training", "pre-training").build(),
                paper("b").uses(Method, "pretraining", "Pre-Training").build())));
        assertEquals("pre-training", concept.prefLabel());
        assertEquals(Map.of("Pre-Training", "case", "pretraining", "hyphenation"), rulesOf(concept));
        assertEquals("pretraining", concept.key());
    }

    @Test
    void merges_singular_and_plural() {
        Resolution resolution = resolver.resolve(List.of(
                paper("a").uses(Model, "GAN", "GANs", "GANs").uses(Method, "diffusion models", "diffusion model").build()));
        assertEquals(Map.of("GAN", "plural"), rulesOf(byLabel(resolution, "GANs")));
        assertEquals(Map.of("diffusion models", "plural"), rulesOf(byLabel(resolution, "diffusion model")));
    }

    @Test
    void merges_an_acronym_with_its_long_form_defined_in_another_paper() {
        Resolution resolution = resolver.resolve(List.of(
                paper("a").defines(Method, "BeamVQ", "Beam search by Vector Quantization").build(),
                paper("b").uses(Method, "BeamVQ", "BeamVQ").build()));
        Concept concept = only(resolution);
        assertEquals("BeamVQ", concept.prefLabel());
        assertEquals(Map.of("Beam search by Vector Quantization", "acronym"), rulesOf(concept));
        assertEquals("beamsearchbyvectorquantization", concept.key());
        assertEquals(Set.of("a", "b"), concept.paperIds());
    }

    @Test
    void merges_names_the_equivalence_table_lists() {
        Concept concept = only(resolver.resolve(List.of(
                paper("a").uses(Dataset, "MS COCO").build(), paper("b").uses(Dataset, "COCO", "COCO").build())));
        assertEquals("COCO", concept.prefLabel());
        assertEquals(Map.of("MS COCO", "equivalence-table"), rulesOf(concept));
        assertEquals("coco", concept.key());
    }

    @ParameterizedTest
    @CsvSource({"BERT, BART", "GPT-3, GPT-4", "ResNet-50, ResNet-101", "GPT-3.5, GPT-35", "Llama-2-7B, Llama-27B", "T5, T-5 XL"})
    void never_merges_names_that_only_look_alike(String first, String second) {
        Resolution resolution = resolver.resolve(List.of(paper("a").uses(Model, first, second).build()));
        assertEquals(2, resolution.concepts().size(), () -> "concepts: " + resolution.concepts());
    }

    @Test
    void splits_an_acronym_defined_with_different_long_forms() {
        Resolution resolution = resolver.resolve(List.of(
                paper("a").defines(Method, "PM", "pretrained model").build(),
                paper("b").defines(Method, "PM", "particulate matter").build(),
                paper("c").defines(Method, "PM", "particulate matter").build(),
                paper("d").uses(Method, "PM").build()));
        assertEquals(2, resolution.concepts().size());
        Concept pretrained = byLabel(resolution, "pretrained model");
        Concept matter = byLabel(resolution, "particulate matter");
        assertEquals(Set.of("a"), pretrained.paperIds());
        assertEquals(Set.of("b", "c", "d"), matter.paperIds(), "undefined uses go to the long form most papers define");
        assertEquals("pretrainedmodel", pretrained.key());
        assertEquals("particulatematter", matter.key());
        assertEquals("PM", pretrained.prefLabel());
        assertEquals(Map.of("pretrained model", "acronym"), rulesOf(pretrained));
    }

    @Test
    void pref_label_is_the_most_frequent_well_formed_form_with_its_case() {
        Concept concept = only(resolver.resolve(List.of(
                paper("a").uses(Model, "BERT", "bert", "BERT").build(), paper("b").uses(Model, "Bert", "(BERT", "(BERT", "(BERT").build())));
        assertEquals("BERT", concept.prefLabel());
    }

    @Test
    void a_capital_opening_a_sentence_counts_for_the_lower_case_form() {
        Fixtures.PaperBuilder builder = paper("a");
        builder.add(mention("Large language models", Method, 0, "Large language models are big."));
        builder.add(mention("Large language models", Method, 40, "Large language models are slow."));
        builder.add(mention("large language models", Method, 80, "We study large language models."));
        assertEquals("large language models", only(resolver.resolve(List.of(builder.build()))).prefLabel());
    }

    @Test
    void type_is_the_majority_of_mention_types_and_ties_are_broken_by_type_order() {
        assertEquals(Dataset, only(resolver.resolve(List.of(
                paper("a").uses(Dataset, "WeatherBench", "WeatherBench").uses(Task, "WeatherBench").build()))).type());
        assertEquals(Method, only(resolver.resolve(List.of(
                paper("a").uses(Model, "Transformer").uses(Method, "Transformer").build()))).type());
    }

    @Test
    void records_support_introducing_papers_and_first_seen_date() {
        Concept concept = only(resolver.resolve(List.of(
                paper("a").year(2023).uses(Model, "msGFM").introduces("msGFM").build(),
                paper("b").year(2021).uses(Model, "msGFM").build(),
                paper("c").uses(Model, "msGFMs").build())));
        assertEquals(3, concept.support());
        assertEquals(Set.of("a"), concept.introducedBy());
        assertEquals(PaperDate.ofYear(2021), concept.firstSeen());
    }

    @Test
    void keys_are_iri_safe_and_unique() {
        Resolution resolution = resolver.resolve(List.of(paper("a")
                .uses(Method, "C++", "α-entmax", "Q&A", "%", "Fréchet Inception Distance", "ViT-B/16", "GPT-3.5")
                .build()));
        Set<String> keys = resolution.concepts().stream().map(Concept::key).collect(Collectors.toSet());
        assertEquals(resolution.concepts().size(), keys.size());
        keys.forEach(key -> assertTrue(key.matches("[a-z0-9][a-z0-9._-]*"), key));
    }

    @Test
    void every_mention_resolves_to_its_concept_key() {
        PaperInput input = paper("a").uses(Model, "GPT-3", "GPT3").build();
        Resolution resolution = resolver.resolve(List.of(input));
        for (Mention mention : input.extraction().mentions()) {
            assertEquals("gpt3", resolution.conceptKeyOf("a", mention));
        }
    }

    @Test
    void links_variants_to_the_nearest_family_concept() {
        Resolution resolution = resolver.resolve(List.of(
                paper("a").uses(Model, "ResNet-50", "ResNet", "LLaMA-2-7B", "LLaMA-2", "Llama", "BERT-base").build()));
        Map<String, String> variantOf = resolution.relations().stream()
                .filter(r -> r.type() == RelationType.VARIANT_OF)
                .collect(Collectors.toMap(ConceptRelation::subjectKey, ConceptRelation::objectKey));
        assertEquals(Map.of("resnet50", "resnet", "llama2_7b", "llama2", "llama2", "llama"), variantOf);
        ConceptRelation relation = resolution.relations().stream()
                .filter(r -> r.subjectKey().equals("resnet50"))
                .findFirst()
                .orElseThrow();
        assertEquals(1, relation.support());
        assertEquals("ResNet", relation.evidence().get(0).mention().object().text());
    }

    @Test
    void aggregates_relation_mentions_and_drops_those_whose_object_type_does_not_fit() {
        String sentence = "We train GraphCast on ERA5 and apply GraphCast to weather forecasting.";
        Fixtures.PaperBuilder a = paper("a");
        Mention graphCast = a.add(mention("GraphCast", Model, 9, sentence));
        Mention era5 = a.add(mention("ERA5", Dataset, 22, sentence));
        Mention forecasting = a.add(mention("weather forecasting", Task, 50, sentence));
        a.relation(new RelationMention(RelationType.TRAINED_ON, graphCast, era5, "pattern", 0.8));
        a.relation(new RelationMention(RelationType.TRAINED_ON, graphCast, forecasting, "pattern", 0.8));
        a.relation(new RelationMention(RelationType.APPLIED_TO, graphCast, forecasting, "pattern", 0.7));
        Fixtures.PaperBuilder b = paper("b");
        Mention graphCastB = b.add(mention("GraphCast", Model, 9, sentence));
        Mention era5B = b.add(mention("ERA5", Dataset, 22, sentence));
        b.relation(new RelationMention(RelationType.TRAINED_ON, graphCastB, era5B, "pattern", 0.8));
        Resolution resolution = resolver.resolve(List.of(a.build(), b.build()));
        List<String> relations = resolution.relations().stream()
                .map(r -> r.subjectKey() + " " + r.type() + " " + r.objectKey() + " " + r.support())
                .toList();
        assertEquals(List.of("graphcast TRAINED_ON era5 2", "graphcast APPLIED_TO weatherforecasting 1"), relations);
    }

    @Test
    void relation_ends_that_are_not_mentions_become_mentions_of_their_concept() {
        String sentence = "msGFM, a multisensor geospatial foundation model, is new.";
        Fixtures.PaperBuilder a = paper("a");
        Mention msgfm = a.add(mention("msGFM", Model, 0, sentence));
        Mention broader = new Mention(Field.abstract_, Method, "foundation model", 31, 47, sentence, "pattern", 0.6);
        a.relation(new RelationMention(RelationType.BROADER, msgfm, broader, "pattern", 0.8));
        Resolution resolution = resolver.resolve(List.of(a.build()));
        assertEquals("foundationmodel", resolution.conceptKeyOf("a", broader));
        assertEquals(RelationType.BROADER, resolution.relations().get(0).type());
    }

    @Test
    void counts_co_occurrence_in_papers() {
        Resolution resolution = resolver.resolve(List.of(
                paper("a").uses(Model, "BERT").uses(Dataset, "GLUE").build(),
                paper("b").uses(Model, "BERT").uses(Dataset, "GLUE", "SQuAD").build()));
        assertEquals(
                List.of(new CoOccurrence("bert", "glue", 2), new CoOccurrence("bert", "squad", 1), new CoOccurrence("glue", "squad", 1)),
                resolution.coOccurrences());
    }

    @Test
    void links_well_known_concepts_by_any_label_with_a_compatible_type() {
        Resolution resolution = resolver.resolve(List.of(paper("a").uses(Dataset, "ImageNet").uses(Task, "imagenet").build()));
        assertNotEquals(null, only(resolution).link());
        assertNull(only(resolver.resolve(List.of(paper("a").uses(Task, "ImageNet").build()))).link());
    }
}
