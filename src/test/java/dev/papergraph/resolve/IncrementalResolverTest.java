package dev.papergraph.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.papergraph.extract.MentionType;
import dev.papergraph.ingest.PaperDate;
import dev.papergraph.resolve.ConceptResolver.PaperInput;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Papers added batch by batch, in any order, resolve exactly as all of them at once. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class IncrementalResolverTest {
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void batches_in_any_order_give_the_one_shot_resolution(long seed) {
        List<PaperInput> papers = OrderIndependenceTest.papers(seed);
        Resolution expected = new NormalizingConceptResolver().resolve(papers);
        for (long shuffle = 0; shuffle < 4; shuffle++) {
            Random random = new Random(seed * 100 + shuffle);
            List<PaperInput> shuffled = new ArrayList<>(papers);
            Collections.shuffle(shuffled, random);
            try (ResolutionIndex index = ResolutionIndex.inMemory()) {
                IncrementalResolver resolver = new IncrementalResolver(index);
                int from = 0;
                while (from < shuffled.size()) {
                    int to = Math.min(shuffled.size(), from + 1 + random.nextInt(12));
                    resolver.apply(shuffled.subList(from, to));
                    from = to;
                }
                Resolution actual = resolver.snapshot();
                assertEquals(expected.concepts(), actual.concepts(), "seed " + seed + " shuffle " + shuffle);
                assertEquals(expected.conceptKeys(), actual.conceptKeys());
                assertEquals(expected.relations(), actual.relations());
                assertEquals(expected.coOccurrences(), actual.coOccurrences());
                for (Concept concept : expected.concepts()) {
                    SortedMap<Integer, Integer> perYear = new TreeMap<>();
                    for (String id : concept.paperIds()) {
                        PaperDate date = papers.stream().filter(p -> p.paper().id().equals(id)).findFirst().orElseThrow().paper().date();
                        if (date != null && date.year() != null) {
                            perYear.merge(date.year(), 1, Integer::sum);
                        }
                    }
                    assertEquals(perYear, resolver.papersPerYear(concept.key()), concept.key());
                }
            }
        }
    }

    /**
     * Papers that expand one short form two ways link its long forms into one sense; papers that
     * defined it with one of them alone read it otherwise afterwards, in whatever batch they came.
     */
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6})
    void double_expansions_move_the_papers_whose_sense_they_relink(long seed) {
        List<PaperInput> papers = List.of(
                Fixtures.paper("a").year(2018).defines(MentionType.Method, "PM", "pretrained model").build(),
                Fixtures.paper("b").year(2019).defines(MentionType.Method, "PM", "pretrained model").build(),
                Fixtures.paper("c").year(2020).defines(MentionType.Method, "PM", "pre-trained language model").build(),
                Fixtures.paper("d").year(2021)
                        .defines(MentionType.Method, "PM", "pretrained model")
                        .defines(MentionType.Method, "PM", "pre-trained language model").build(),
                Fixtures.paper("e").year(2017).defines(MentionType.Method, "PM", "particulate matter").build(),
                Fixtures.paper("f").year(2016).defines(MentionType.Method, "PM", "particulate matter").build(),
                Fixtures.paper("g").year(2016).defines(MentionType.Method, "PM", "particulate matter").build());
        Resolution expected = new NormalizingConceptResolver().resolve(papers);
        Random random = new Random(seed);
        for (int round = 0; round < 6; round++) {
            List<PaperInput> shuffled = new ArrayList<>(papers);
            Collections.shuffle(shuffled, random);
            try (ResolutionIndex index = ResolutionIndex.inMemory()) {
                IncrementalResolver resolver = new IncrementalResolver(index);
                int from = 0;
                while (from < shuffled.size()) {
                    int to = Math.min(shuffled.size(), from + 1 + random.nextInt(3));
                    resolver.apply(shuffled.subList(from, to));
                    from = to;
                }
                Resolution actual = resolver.snapshot();
                assertEquals(expected.conceptKeys(), actual.conceptKeys(), "order " + shuffled.stream().map(p -> p.paper().id()).toList());
                assertEquals(expected.concepts(), actual.concepts());
            }
        }
    }

    /** 60 papers naming a hub, four names of their own and, in the first {@code shared}, one of seven shared names. */
    private static List<PaperInput> hubPapers(int shared) {
        List<PaperInput> papers = new ArrayList<>();
        for (int p = 0; p < 60; p++) {
            Fixtures.PaperBuilder builder = Fixtures.paper(String.format("p%02d", p));
            List<String> names = new ArrayList<>(List.of("Hubnet", "Alpha" + p, "Beta" + p, "Gamma" + p, "Delta" + p));
            if (p < shared) {
                names.add("Shared" + p % 7);
            }
            for (int m = 0; m < names.size(); m++) {
                builder.add(Fixtures.mention(names.get(m), MentionType.Method, m * 20, "We use " + names.get(m) + "."));
            }
            papers.add(builder.build());
        }
        return papers;
    }

    @Test
    void a_strongest_pair_losing_weight_gives_the_list_a_one_shot_resolution_gives() {
        try (ResolutionIndex changed = ResolutionIndex.inMemory(); ResolutionIndex oneShot = ResolutionIndex.inMemory()) {
            IncrementalResolver resolver = new IncrementalResolver(changed);
            resolver.apply(hubPapers(60));
            resolver.apply(hubPapers(30)); // half the papers read again without their shared name
            IncrementalResolver fresh = new IncrementalResolver(oneShot);
            fresh.apply(hubPapers(30));
            assertEquals(fresh.strongestPartners("hubnet"), resolver.strongestPartners("hubnet"));
            assertEquals(List.of("shared0", "shared1", "shared2"), resolver.strongestPartners("hubnet").subList(0, 3));
        }
    }

    @Test
    void an_index_of_the_earlier_layout_gains_the_strongest_partners_it_would_have() {
        List<PaperInput> papers = hubPapers(60);
        try (ResolutionIndex index = ResolutionIndex.inMemory()) {
            IncrementalResolver resolver = new IncrementalResolver(index);
            IncrementalResolver.Changes changes = resolver.apply(papers);
            assertEquals(java.util.Set.of("hubnet"), changes.strongestPartners());
            List<String> strongest = resolver.strongestPartners("hubnet");
            assertEquals(NormalizingConceptResolver.STRONGEST_PARTNERS, strongest.size());
            assertEquals(List.of("shared0", "shared1", "shared2", "shared3", "shared4", "shared5", "shared6", "alpha0", "alpha1", "alpha10"),
                    strongest.subList(0, 10), "heaviest first, ties by key");
            assertTrue(resolver.upgrade().isEmpty(), "a new index is in the current layout");

            index.partnerCount.clear();
            index.strongestPartners.clear();
            index.meta.remove("layout");
            IncrementalResolver.Changes upgraded = new IncrementalResolver(index).upgrade();
            assertEquals(java.util.Set.of("hubnet"), upgraded.strongestPartners());
            assertTrue(upgraded.pairs().isEmpty() && upgraded.papers().isEmpty());
            assertEquals(strongest, resolver.strongestPartners("hubnet"));
            assertEquals(ResolutionIndex.LAYOUT, index.layout());
        }
    }

    @Test
    void a_repeated_batch_changes_nothing() {
        List<PaperInput> papers = OrderIndependenceTest.papers(3);
        try (ResolutionIndex index = ResolutionIndex.inMemory()) {
            IncrementalResolver resolver = new IncrementalResolver(index);
            assertTrue(!resolver.apply(papers).isEmpty());
            assertTrue(resolver.apply(papers).isEmpty());
        }
    }
}
