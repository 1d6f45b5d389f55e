package dev.papergraph.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.papergraph.ingest.InputFormat;
import dev.papergraph.ingest.Paper;
import dev.papergraph.ingest.PaperCollector;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The synthetic corpus from the fixture corpora under src/test/resources (and the shared ones where present). */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ScaleCorpusTest {
    private static final Path FIXTURE = fixture();

    private static Path fixture() {
        try {
            return Path.of(ScaleCorpusTest.class.getResource("corpora").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ScaleCorpus corpus(long papers, long seed) {
        return ScaleCorpus.create().corpora(FIXTURE).papers(papers).seed(seed).build();
    }

    @Test
    void the_pool_keeps_clean_detokenized_sentences_once() {
        SentencePool pool = SentencePool.read(FIXTURE);
        // 40 + 11 sentences in the fixture; dropped 5 + 2: short, markup, citation, figure, lower case, a heading.
        assertEquals(44, pool.size());
        Set<String> texts = new HashSet<>();
        for (int i = 0; i < pool.size(); i++) {
            texts.add(pool.text(i));
        }
        assertTrue(texts.contains("We present Gated Recurrent Units (GRU), a simpler alternative to the LSTM cell."), texts.toString());
        assertTrue(texts.contains("We propose an end-to-end model for abstractive summarization of news articles."), texts.toString());
        assertTrue(texts.stream().noneMatch(t -> t.contains("et al.") || t.contains("$") || t.contains("Figure")), texts.toString());
        assertEquals("LSTM", pool.concepts().get(0).label(), "the most mentioned concept ranks first");
    }

    @Test
    void detokenize_joins_tokens_and_leaves_plain_text_alone() {
        assertEquals("Convolutional Neural Networks (CNNs), trained end-to-end, reach 42%.",
                SentencePool.detokenize("Convolutional Neural Networks ( CNNs ) , trained end - to - end , reach 42 % ."));
        assertEquals("The model's error isn't high.", SentencePool.detokenize("The model 's error is n't high ."));
        String plain = "We evaluate on SQuAD (v1.1) and report F1; the gap is 3.5 to 4 points - as reported.";
        assertEquals(plain, SentencePool.detokenize(plain));
    }

    @Test
    void the_same_seed_and_count_give_the_same_bytes(@TempDir Path dir) throws IOException {
        Path first = dir.resolve("a.jsonl");
        Path second = dir.resolve("b.jsonl");
        Path other = dir.resolve("c.jsonl");
        corpus(500, 7).writeTo(first);
        corpus(500, 7).writeTo(second);
        corpus(500, 8).writeTo(other);
        assertArrayEquals(Files.readAllBytes(first), Files.readAllBytes(second));
        assertFalse(Files.readString(first).equals(Files.readString(other)), "another seed, another corpus");
    }

    @Test
    void every_record_reads_as_a_paper_with_a_distinct_id_date_title_and_four_to_ten_sentences(@TempDir Path dir)
            throws IOException {
        Path file = dir.resolve("papers.jsonl");
        ScaleCorpus.Summary summary = corpus(1_200, 1).writeTo(file);
        assertEquals(1_200, summary.papers());
        assertEquals(Files.size(file), summary.jsonBytes());
        assertEquals(1_200, Files.readAllLines(file).size());

        byte[] bytes = Files.readAllBytes(file);
        assertEquals(InputFormat.JSONL, InputFormat.detect(Arrays.copyOf(bytes, InputFormat.HEAD_BYTES)), "ingest detects the format");
        List<Paper> papers = read(bytes);
        assertEquals(1_200, papers.size());
        Set<String> ids = new HashSet<>();
        Set<Integer> years = new HashSet<>();
        String previous = "";
        for (Paper paper : papers) {
            assertTrue(paper.id().matches("\\d{4}\\.\\d{5}"), paper.id());
            assertTrue(paper.id().compareTo(previous) > 0, "ids ascend: " + previous + " then " + paper.id());
            previous = paper.id();
            assertTrue(ids.add(paper.id()), "duplicate id " + paper.id());
            assertEquals(paper.id().substring(0, 2), String.valueOf(paper.date().year()).substring(2), paper.id());
            years.add(paper.date().year());
            assertFalse(paper.abstractText().isBlank());
            assertTrue(paper.title() != null && !paper.title().isBlank() && Character.isUpperCase(paper.title().charAt(0)), paper.title());
            assertTrue(!paper.authors().isEmpty() && paper.authors().size() <= 6, paper.authors().toString());
            assertFalse(paper.categories().isEmpty());
            int sentences = paper.abstractText().split("(?<=\\.) (?=[A-Z])").length;
            assertTrue(sentences >= 4 && sentences <= 10, sentences + " sentences: " + paper.abstractText());
        }
        assertEquals(10, years.size(), "dates spread over 2015-2024: " + years);
    }

    @Test
    void gzip_output_holds_the_same_lines(@TempDir Path dir) throws IOException {
        Path plain = dir.resolve("p.jsonl");
        Path gzip = dir.resolve("p.jsonl.gz");
        corpus(300, 3).writeTo(plain);
        ScaleCorpus.Summary summary = corpus(300, 3).writeTo(gzip);
        try (InputStream in = new GZIPInputStream(Files.newInputStream(gzip))) {
            assertArrayEquals(Files.readAllBytes(plain), in.readAllBytes());
        }
        assertEquals(Files.size(gzip), summary.fileBytes());
        assertTrue(summary.fileBytes() < summary.jsonBytes());
    }

    @Test
    void a_paper_keeps_its_abstract_at_every_count() throws IOException {
        ScaleCorpus big = corpus(1_000, 5);
        List<Paper> small = read(bytes(big.withPapers(100)));
        List<Paper> large = read(bytes(big));
        for (int i = 0; i < small.size(); i++) {
            assertEquals(small.get(i).abstractText(), large.get(i).abstractText());
            assertEquals(small.get(i).title(), large.get(i).title());
        }
    }

    @Test
    void acronyms_are_defined_in_some_papers_and_only_used_in_others() throws IOException {
        List<Paper> papers = read(bytes(corpus(1_000, 1)));
        long defining = papers.stream().filter(p -> p.abstractText().contains("Long Short-Term Memory (LSTM)")).count();
        long usingOnly = papers.stream()
                .filter(p -> p.abstractText().contains("LSTM") && !p.abstractText().contains("Long Short-Term Memory"))
                .count();
        assertTrue(defining > 0 && usingOnly > 0, defining + " define LSTM, " + usingOnly + " only use it");
    }

    @Test
    void topic_concepts_recur_with_a_skew() throws IOException {
        SentencePool pool = SentencePool.read(FIXTURE);
        var out = new java.io.ByteArrayOutputStream();
        ScaleCorpus.Summary summary = corpus(2_000, 1).writeTo(out);
        List<Paper> papers = read(out.toByteArray());
        assertEquals("LSTM", summary.topConcepts().get(0).label(), summary.topConcepts().toString());
        assertTrue(summary.zipfExponent() > 0.3, "fitted exponent " + summary.zipfExponent());
        assertEquals(pool.concepts().size(), summary.conceptsUsed());
        Map<String, Integer> papersPerConcept = new HashMap<>();
        for (SentencePool.Concept concept : pool.concepts()) {
            papersPerConcept.put(concept.label(), (int) papers.stream().filter(p -> p.abstractText().contains(concept.label())).count());
        }
        List<Integer> counts = new ArrayList<>(papersPerConcept.values());
        counts.sort(Comparator.reverseOrder());
        int median = counts.get(counts.size() / 2);
        assertTrue(counts.get(0) > 3 * median, "top " + counts.get(0) + " vs median " + median + ": " + counts);
    }

    @Test
    void a_missing_corpora_folder_is_named(@TempDir Path dir) {
        Path missing = dir.resolve("nowhere");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ScaleCorpus.create().corpora(missing).build());
        assertTrue(e.getMessage().startsWith(missing + ": corpora folder not found"), e.getMessage());
        IllegalArgumentException empty = assertThrows(IllegalArgumentException.class,
                () -> ScaleCorpus.create().corpora(dir).build());
        assertTrue(empty.getMessage().contains("no *.jsonl corpus file"), empty.getMessage());
    }

    @Test
    void the_shared_corpora_give_a_large_pool_when_present() throws IOException {
        assumeTrue(Files.isDirectory(ScaleCorpus.DEFAULT_CORPORA), "no shared corpora beside this checkout");
        ScaleCorpus corpus = ScaleCorpus.create().papers(2_000).seed(1).build();
        assertTrue(corpus.poolSentences() > 20_000, corpus.poolSentences() + " sentences");
        assertTrue(corpus.poolConcepts() > 5_000, corpus.poolConcepts() + " concepts");
        List<Paper> papers = read(bytes(corpus));
        assertEquals(2_000, papers.size());
        assertEquals(2_000, papers.stream().map(Paper::id).distinct().count());
    }

    private static byte[] bytes(ScaleCorpus corpus) {
        var out = new java.io.ByteArrayOutputStream();
        corpus.writeTo(out);
        return out.toByteArray();
    }

    /** Reads JSON Lines with the project's reader; a skipped record fails the test. */
    private static List<Paper> read(byte[] jsonl) throws IOException {
        java.nio.file.Path file = java.nio.file.Files.createTempFile("synthetic", ".jsonl");
        try {
            java.nio.file.Files.write(file, jsonl);
            List<Paper> papers = new ArrayList<>();
            PaperCollector.create().paths(List.of(file.toString()))
                    .warnings(problem -> {
                        throw new AssertionError(problem);
                    })
                    .build()
                    .read(papers::add);
            return papers;
        } finally {
            java.nio.file.Files.delete(file);
        }
    }
}
