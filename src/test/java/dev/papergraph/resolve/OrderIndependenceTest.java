package dev.papergraph.resolve;

import static dev.papergraph.resolve.Fixtures.paper;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.papergraph.extract.Mention;
import dev.papergraph.extract.MentionType;
import dev.papergraph.extract.RelationMention;
import dev.papergraph.extract.RelationType;
import dev.papergraph.resolve.ConceptResolver.PaperInput;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The same papers in any order give the same resolution: concepts, keys, labels, relations, co-occurrence. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class OrderIndependenceTest {
    /** Surface forms chosen to exercise every rule: case, hyphens, plurals, table entries, families. */
    private static final String[][] FORMS = {
        {"Model", "BERT"}, {"Model", "bert"}, {"Model", "BART"}, {"Model", "GPT-3"}, {"Model", "GPT-4"}, {"Model", "GPT3"},
        {"Model", "ResNet-50"}, {"Model", "ResNet-101"}, {"Method", "ResNet"}, {"Method", "pre-training"},
        {"Method", "Pretraining"}, {"Method", "large language models"}, {"Method", "LLMs"}, {"Method", "LLM"},
        {"Dataset", "MS COCO"}, {"Dataset", "COCO"}, {"Dataset", "ImageNet"}, {"Task", "image classification"},
        {"Method", "PM"}, {"Model", "Llama-2-7B"}, {"Model", "Llama 2"}, {"Model", "LLaMA"}, {"Metric", "F1 score"},
        {"Metric", "F1"}, {"Task", "PM"}};
    private static final String[][] ACRONYMS = {
        {"PM", "pretrained model"}, {"PM", "particulate matter"}, {"BeamVQ", "Beam search by Vector Quantization"},
        {"LLMs", "Large Language Models"}};

    static List<PaperInput> papers(long seed) {
        Random random = new Random(seed);
        List<PaperInput> papers = new ArrayList<>();
        for (int p = 0; p < 40; p++) {
            Fixtures.PaperBuilder builder = paper(String.format("p%02d", p));
            if (random.nextBoolean()) {
                builder.year(2015 + random.nextInt(10));
            }
            List<Mention> added = new ArrayList<>();
            for (int m = 0; m < 2 + random.nextInt(6); m++) {
                String[] form = FORMS[random.nextInt(FORMS.length)];
                added.add(builder.add(Fixtures.mention(form[1], MentionType.parse(form[0]), m * 30, "We use " + form[1] + ".")));
            }
            if (random.nextInt(3) == 0) {
                String[] acronym = ACRONYMS[random.nextInt(ACRONYMS.length)];
                builder.defines(MentionType.Method, acronym[0], acronym[1]);
            }
            if (added.size() > 1) {
                RelationType type = RelationType.values()[random.nextInt(RelationType.values().length)];
                builder.relation(new RelationMention(type, added.get(0), added.get(1), "pattern:test", 0.5));
            }
            builder.introduces(added.get(0).text());
            papers.add(builder.build());
        }
        return papers;
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void shuffled_papers_give_the_same_resolution(long seed) {
        List<PaperInput> papers = papers(seed);
        Resolution expected = new NormalizingConceptResolver().resolve(papers);
        assertTrue(expected.concepts().size() > 10);
        for (long shuffle = 0; shuffle < 5; shuffle++) {
            List<PaperInput> shuffled = new ArrayList<>(papers);
            Collections.shuffle(shuffled, new Random(seed * 100 + shuffle));
            Resolution actual = new NormalizingConceptResolver().resolve(shuffled);
            assertEquals(expected.concepts(), actual.concepts());
            assertEquals(expected.conceptKeys(), actual.conceptKeys());
            assertEquals(expected.relations(), actual.relations());
            assertEquals(expected.coOccurrences(), actual.coOccurrences());
            assertEquals(expected, actual);
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void a_paper_read_twice_counts_once(long seed) {
        List<PaperInput> papers = papers(seed);
        List<PaperInput> twice = new ArrayList<>(papers);
        twice.addAll(papers.subList(0, 10));
        assertEquals(new NormalizingConceptResolver().resolve(papers), new NormalizingConceptResolver().resolve(twice));
    }
}
