package dev.papergraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.papergraph.eval.GoldReader;
import dev.papergraph.eval.GoldRecord;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bundled sample corpus (the seeds) read end to end and checked against the expected papers. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class SampleCorpusTest {
    private static final Path GOLD = Path.of("../shared/gold/seeds-gold.jsonl");

    private static PaperCollection sample;
    private static Map<String, Paper> byId;

    @BeforeAll
    static void read_the_sample_once() {
        sample = PaperCollector.create().sample().build().collect();
        byId = sample.papers().stream().collect(Collectors.toMap(Paper::id, Function.identity()));
    }

    @Test
    void the_sample_gives_412_records_and_395_distinct_papers() {
        IngestReport report = sample.report();
        assertEquals(5, report.inputsRead());
        assertEquals(412, report.recordsRead());
        assertEquals(395, report.papers());
        assertEquals(395, sample.papers().size());
        assertEquals(17, report.duplicatesMerged());
        assertEquals(List.of(), report.problems());
        assertEquals(IngestReport.Outcome.COMPLETE, report.outcome());
        assertEquals("5 inputs, 412 records: 395 papers (17 duplicates merged), 0 records skipped", report.summary());
    }

    @Test
    void papers_match_the_expected_ids_titles_sources_author_counts_and_dates() throws IOException {
        List<String> expected = expectedRows();
        List<String> actual = sample.papers().stream().map(SampleCorpusTest::row).toList();
        assertEquals(expected, actual);
    }

    @Test
    void each_id_is_the_hash_of_the_abstract_text_as_read_trimmed() {
        for (Paper paper : sample.papers()) {
            assertEquals(paper.abstractText().strip(), paper.abstractText());
            assertEquals(PaperIds.fromAbstract(paper.abstractText()), paper.id());
        }
    }

    @Test
    void listing_metadata_is_read_as_the_page_shows_it() {
        Paper preRmsNorm = byId.get("6e8ec9541e");
        assertEquals("Pre-RMSNorm and Pre-CRMSNorm Transformers: Equivalent and Efficient Pre-LN Transformers", preRmsNorm.title());
        assertEquals(4, preRmsNorm.authorCount());
        assertEquals(new PaperDate(2023, 5, 24), preRmsNorm.date());
        assertEquals(List.of(new SourceRef("004_a2dcd202e0c0ce11.txt", 13)), preRmsNorm.sources());

        Paper outlierSafe = byId.get("9ab161336c"); // "Jun 24 5": no year, then 5 upvotes
        assertEquals(5, outlierSafe.authorCount());
        assertEquals(new PaperDate(null, 6, 24), outlierSafe.date());

        Paper olmo = byId.get("537e0be2bd"); // a title that starts with a number
        assertEquals("2 OLMo 2 Furious", olmo.title());
        assertEquals(new PaperDate(2024, 12, 31), olmo.date());

        Paper rePro = byId.get("02156dbce7"); // no author count, no date
        assertNull(rePro.authorCount());
        assertNull(rePro.date());
    }

    @Test
    void the_first_title_glued_to_subscribe_is_read_without_it() {
        Paper first = sample.papers().stream()
                .filter(p -> p.sources().contains(new SourceRef("002_f3a853a38025ea3e.txt", 3)))
                .findFirst()
                .orElseThrow();
        assertEquals("Manipulating Transfer Learning for Property Inference", first.title());
    }

    @Test
    void an_abstract_read_twice_is_one_paper_with_both_sources() {
        Paper twice = byId.get("3f4960bb14");
        assertNull(twice.title());
        assertEquals(
                List.of(new SourceRef("000_28cdbfc21087dec3.txt", 4), new SourceRef("001_f00d21614dbd7c85.txt", 10)),
                twice.sources());
        long withTwoSources = sample.papers().stream().filter(p -> p.sources().size() == 2).count();
        assertEquals(17, withTwoSources);
    }

    @Test
    void the_seed_files_read_from_a_folder_in_any_order_give_the_same_papers(@TempDir Path dir) throws IOException {
        List<String> reversed = new ArrayList<>();
        for (String file : SampleCorpus.FILES) {
            try (InputStream in = SampleCorpusTest.class.getResourceAsStream(SampleCorpus.RESOURCE_FOLDER + file)) {
                Files.copy(in, dir.resolve(file));
            }
            reversed.add(0, dir.resolve(file).toString());
        }
        assertEquals(sample.papers(), PaperCollector.collect(List.of(dir.toString())).papers());
        assertEquals(sample.papers(), PaperCollector.collect(reversed).papers());
    }

    /** Where the shared gold file is beside the checkout, the abstracts must equal its texts exactly. */
    @Test
    void abstracts_and_titles_equal_the_gold_file_when_it_is_present() {
        assumeTrue(Files.isRegularFile(GOLD), "no shared gold file beside the checkout");
        List<GoldRecord> gold = GoldReader.read(GOLD);
        assertEquals(395, gold.size());
        for (GoldRecord record : gold) {
            Paper paper = byId.get(record.id());
            assertEquals(record.text(), paper.abstractText(), record.id());
            assertEquals(record.title(), paper.title(), record.id());
        }
    }

    private static List<String> expectedRows() throws IOException {
        try (InputStream in = SampleCorpusTest.class.getResourceAsStream("seeds-expected.tsv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(line -> !line.startsWith("#"))
                    .toList();
        }
    }

    private static String row(Paper paper) {
        return String.join(
                "\t",
                paper.id(),
                paper.title() == null ? "" : paper.title(),
                paper.sources().stream().map(SourceRef::file).distinct().collect(Collectors.joining(",")),
                paper.authorCount() == null ? "" : paper.authorCount().toString(),
                paper.date() == null ? "" : paper.date().lexicalForm());
    }
}
