package dev.papergraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class PaperStreamTest {
    @TempDir
    Path dir;

    private final List<String> warnings = new ArrayList<>();
    private final List<IngestProgress> progress = new ArrayList<>();

    @Test
    void each_reading_comes_as_read_with_its_one_source_and_duplicates_are_not_merged() throws IOException {
        write("a.txt", "Abstract:Same.\nAbstract:Other.\n");
        write("b.txt", "Abstract:Same.\n");
        try (PaperStream papers = open("a.txt", "b.txt")) {
            assertEquals(List.of(
                            Paper.ofAbstract("Same.", new SourceRef("a.txt", 1)),
                            Paper.ofAbstract("Other.", new SourceRef("a.txt", 2)),
                            Paper.ofAbstract("Same.", new SourceRef("b.txt", 1))),
                    papers.stream().toList());
            assertEquals(3, papers.report().papers());
            assertEquals(0, papers.report().duplicatesMerged());
            assertEquals("2 inputs, 3 records: 3 papers, 0 records skipped", papers.report().summary());
        }
    }

    @Test
    void papers_are_read_only_as_far_as_they_are_asked_for() throws IOException {
        write("a.txt", "Abstract:One.\nAbstract:Two.\n");
        write("b.txt", "Abstract:Three.\n");
        try (PaperStream papers = open("a.txt", "b.txt")) {
            assertEquals("One.", papers.next().abstractText());
            IngestProgress last = progress.get(progress.size() - 1);
            assertEquals(1, last.inputIndex(), "b.txt is not opened yet");
            assertEquals(1, last.recordsRead());
        }
    }

    @Test
    void batches_hold_at_most_the_size_asked_for_and_end_empty() throws IOException {
        write("five.txt", "Abstract:1.\nAbstract:2.\nAbstract:3.\nAbstract:4.\nAbstract:5.\n");
        try (PaperStream papers = open("five.txt")) {
            assertEquals(List.of(2, 2, 1, 0), Stream.generate(() -> papers.nextBatch(2).size()).limit(4).toList());
            assertThrows(IllegalArgumentException.class, () -> papers.nextBatch(0));
        }
    }

    @Test
    void bad_records_are_reported_as_met_and_reading_goes_on() throws IOException {
        write("mixed.jsonl", "{\"abstract\": \"First.\"}\nnot json\n{\"abstract\": \"Third.\"}\n");
        try (PaperStream papers = open("mixed.jsonl")) {
            assertEquals("First.", papers.next().abstractText());
            assertEquals(List.of(), warnings);
            assertEquals("Third.", papers.next().abstractText());
            assertEquals(1, warnings.size());
            assertTrue(warnings.get(0).startsWith("mixed.jsonl:2: malformed JSON"), warnings.get(0));
            assertFalse(papers.hasNext());
            assertEquals(IngestReport.Outcome.PARTIAL, papers.report().outcome());
        }
    }

    @Test
    void a_closed_stream_gives_no_more_papers() throws IOException {
        write("two.txt", "Abstract:One.\nAbstract:Two.\n");
        PaperStream papers = open("two.txt");
        papers.next();
        papers.close();
        assertFalse(papers.hasNext());
        assertThrows(NoSuchElementException.class, papers::next);
    }

    @Test
    void the_report_keeps_the_first_problems_and_counts_them_all() throws IOException {
        int bad = IngestReport.PROBLEMS_KEPT + 500;
        write("bad.txt", "Not an abstract line.\n".repeat(bad) + "Abstract:Good.\n");
        try (PaperStream papers = open("bad.txt")) {
            assertEquals(1, papers.stream().count());
            IngestReport report = papers.report();
            assertEquals(bad, report.skippedRecords());
            assertEquals(bad, warnings.size());
            assertEquals(IngestReport.PROBLEMS_KEPT, report.problems().size());
            assertEquals("bad.txt:1: line does not start with 'Abstract:'", report.problems().get(0).toString());
        }
    }

    private PaperStream open(String... names) {
        return PaperCollector.create()
                .paths(Stream.of(names).map(name -> dir.resolve(name).toString()).toList())
                .format(names[0].endsWith(".jsonl") ? InputFormat.JSONL : InputFormat.ABSTRACT_LINES)
                .warnings(warnings::add)
                .progress(progress::add)
                .build()
                .open();
    }

    private void write(String name, String text) throws IOException {
        Files.writeString(dir.resolve(name), text);
    }
}
