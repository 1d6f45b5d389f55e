package dev.papergraph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import dev.papergraph.extract.MentionExtractor;
import dev.papergraph.extract.PaperExtraction;
import dev.papergraph.graph.GraphBuilder;
import dev.papergraph.graph.IriMinter;
import dev.papergraph.ingest.Paper;
import dev.papergraph.ingest.PaperCollector;
import dev.papergraph.resolve.NormalizingConceptResolver;
import dev.papergraph.store.KnowledgeStore;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The graph is a function of the set of papers: the sample ingested in random orders and splits gives
 * exactly the triples of a one-shot ingest (NLP runs once per paper; its results are reused).
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class OrderAndBatchingTest {
    private static final IriMinter IRIS = IriMinter.defaults();
    private static List<Paper> sample;
    private static Pipeline pipeline;
    private static List<String> oneShot;

    /** The standard extractor, each paper read once for all runs. */
    private static final class ExtractOnce implements MentionExtractor {
        private final MentionExtractor extractor = Pipeline.standardExtractor();
        private final Map<String, PaperExtraction> done = new ConcurrentHashMap<>();

        @Override
        public PaperExtraction extract(Paper paper) {
            return done.computeIfAbsent(paper.id() + "\n" + paper.title() + "\n" + paper.abstractText(), key -> extractor.extract(paper));
        }

        @Override
        public String version() {
            return extractor.version();
        }
    }

    @BeforeAll
    static void ingest_the_sample_in_one_go() {
        sample = PaperCollector.create().sample().build().collect().papers();
        ExtractOnce extractor = new ExtractOnce();
        pipeline = new Pipeline(extractor, new NormalizingConceptResolver(), new GraphBuilder(IRIS, Version.get(), extractor.version()));
        oneShot = quads(sample);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20})
    void a_random_order_and_split_gives_the_one_shot_graph(long seed) {
        Random random = new Random(seed);
        List<Paper> shuffled = new ArrayList<>(sample);
        Collections.shuffle(shuffled, random);
        List<List<Paper>> splits = new ArrayList<>();
        int from = 0;
        while (from < shuffled.size()) {
            int to = Math.min(shuffled.size(), from + 1 + random.nextInt(160));
            splits.add(shuffled.subList(from, to));
            from = to;
        }
        assertSameQuads(oneShot, quads(splits.toArray(List[]::new)), "seed " + seed + ", " + splits.size() + " ingests");
    }

    @Test
    void a_bulk_build_gives_the_one_shot_graph(@TempDir Path dir) {
        Path folder = dir.resolve("built");
        new BulkBuild(pipeline).build(sample.iterator(), folder, null, new IngestOptions(0, 1, 2), n -> {});
        try (KnowledgeStore store = KnowledgeStore.open(folder, IRIS)) {
            assertSameQuads(oneShot, quads(store), "bulk build");
            long quads = Txn.calculateRead(store.dataset(), () -> {
                long n = 0;
                for (var all = store.dataset().asDatasetGraph().find(); all.hasNext(); all.next()) {
                    n++;
                }
                return n;
            });
            assertEquals(quads - 1, store.quadCount(), "the kept triple count is every quad but itself");
        }
    }

    /**
     * Fails with the quads only one side has, a few of each: the whole graphs (150,000 lines each) in a
     * failure message would cost more memory than the test has.
     */
    private static void assertSameQuads(List<String> expected, List<String> actual, String run) {
        if (expected.equals(actual)) {
            return;
        }
        Set<String> missing = new TreeSet<>(expected);
        actual.forEach(missing::remove);
        Set<String> extra = new TreeSet<>(actual);
        expected.forEach(extra::remove);
        fail(String.format("%s: %,d quads expected, %,d found; %,d missing, first: %s; %,d extra, first: %s", run, expected.size(),
                actual.size(), missing.size(), missing.stream().limit(5).toList(), extra.size(), extra.stream().limit(5).toList()));
    }

    /** Every quad but the log graph's, as sorted N-Quads lines, after ingesting each list in turn. */
    @SafeVarargs
    private static List<String> quads(List<Paper>... ingests) {
        try (KnowledgeStore store = KnowledgeStore.inMemory(IRIS)) {
            for (List<Paper> papers : ingests) {
                pipeline.ingest(papers, store, new IngestOptions(0, 1, 2), n -> {});
            }
            return quads(store);
        }
    }

    private static List<String> quads(KnowledgeStore store) {
        return Txn.calculateRead(store.dataset(), () -> {
            List<String> lines = new ArrayList<>();
            store.dataset().asDatasetGraph().find().forEachRemaining(q -> {
                if (!q.getGraph().equals(IRIS.logGraph())) {
                    lines.add(NodeFmtLib.str(q));
                }
            });
            Collections.sort(lines);
            return lines;
        });
    }
}
