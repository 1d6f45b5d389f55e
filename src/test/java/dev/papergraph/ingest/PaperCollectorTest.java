package dev.papergraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class PaperCollectorTest {
    @TempDir
    Path dir;

    @Test
    void folders_are_searched_recursively_in_name_order_without_hidden_files() throws IOException {
        write("corpus/b.txt", "Abstract:From b.\n");
        write("corpus/a/z.txt", "Abstract:From a/z.\n");
        write("corpus/.hidden.txt", "Abstract:Hidden file.\n");
        write("corpus/.git/objects.txt", "Abstract:Hidden folder.\n");
        List<String> order = new ArrayList<>();
        PaperCollector.create().path(path("corpus")).build().read(paper -> order.add(paper.abstractText()));
        assertEquals(List.of("From a/z.", "From b."), order);
    }

    @Test
    void standard_input_is_read_as_dash_and_left_open() {
        ClosingWatch stdin = new ClosingWatch("{\"abstract\": \"From a pipe.\"}\n");
        PaperCollection result = PaperCollector.create().path("-").stdin(stdin).build().collect();
        assertEquals(List.of(new SourceRef("-", 1)), result.papers().get(0).sources());
        assertFalse(stdin.closed);
    }

    @Test
    void a_dash_without_standard_input_is_a_problem_not_a_crash() {
        List<String> warnings = new ArrayList<>();
        PaperCollection result = PaperCollector.create().path("-").warnings(warnings::add).build().collect();
        assertEquals(List.of("-: standard input is not available"), warnings);
        assertEquals(IngestReport.Outcome.NOTHING, result.report().outcome());
    }

    @Test
    void a_forced_format_overrides_detection() throws IOException {
        write("listing.txt", "Abstract: A Title That Looks Like an Abstract Line\nIts abstract.\n");
        PaperCollection detected = PaperCollector.collect(List.of(path("listing.txt")));
        assertEquals("A Title That Looks Like an Abstract Line", detected.papers().get(0).abstractText());
        assertEquals(1, detected.report().skippedRecords());
        PaperCollection forced = PaperCollector.create()
                .path(path("listing.txt"))
                .format(InputFormat.LISTING_PAGE)
                .build()
                .collect();
        assertEquals(List.of(), forced.report().problems());
        assertEquals("Abstract: A Title That Looks Like an Abstract Line", forced.papers().get(0).title());
    }

    @Test
    void a_paper_read_in_several_inputs_takes_each_field_from_its_first_source_that_has_it() throws IOException {
        write("a.jsonl", "{\"id\": \"p\", \"abstract\": \"Same.\", \"doi\": \"10.1/a\"}\n");
        write("b.jsonl", "{\"id\": \"p\", \"abstract\": \"Same.\", \"title\": \"From b\", \"doi\": \"10.1/b\", \"year\": 2020}\n"
                + "{\"id\": \"p\", \"abstract\": \"Same.\", \"title\": \"From b, line 2\", \"authors\": [\"Ada\"]}\n");
        Paper merged = new Paper("p", "From b", "Same.", List.of("Ada"), 1, PaperDate.ofYear(2020), "10.1/a", null, null,
                List.of(new SourceRef("a.jsonl", 1), new SourceRef("b.jsonl", 1), new SourceRef("b.jsonl", 2)));
        assertEquals(List.of(merged), PaperCollector.collect(List.of(path("a.jsonl"), path("b.jsonl"))).papers());
        assertEquals(List.of(merged), PaperCollector.collect(List.of(path("b.jsonl"), path("a.jsonl"))).papers());
    }

    @Test
    void the_same_file_given_twice_counts_its_records_as_duplicates_with_one_source_each() throws IOException {
        write("one.txt", "Abstract:Only once.\n");
        PaperCollection result = PaperCollector.collect(List.of(path("one.txt"), path("one.txt")));
        assertEquals(List.of(new SourceRef("one.txt", 1)), result.papers().get(0).sources());
        assertEquals(1, result.report().duplicatesMerged());
    }

    @Test
    void progress_counts_records_and_bytes_up_to_the_known_total() throws IOException {
        write("a.txt", "Abstract:One.\nAbstract:Two.\n");
        write("b.txt", "Abstract:Three.\n");
        List<IngestProgress> seen = new ArrayList<>();
        PaperCollector.create().paths(List.of(path("a.txt"), path("b.txt"))).progress(seen::add).build().collect();
        IngestProgress last = seen.get(seen.size() - 1);
        long total = Files.size(dir.resolve("a.txt")) + Files.size(dir.resolve("b.txt"));
        assertEquals(new IngestProgress("b.txt", 2, 2, 3, 3, total, total), last);
        assertEquals(1.0, last.fractionDone());
        for (int i = 1; i < seen.size(); i++) {
            assertTrue(seen.get(i).bytesRead() >= seen.get(i - 1).bytesRead());
        }
    }

    @Test
    void a_skipped_input_counts_whole_so_that_progress_ends_at_the_total() throws IOException {
        Files.write(dir.resolve("model.bin"), new byte[] {1, 0, 2, 0});
        write("a.txt", "Abstract:One.\n");
        List<IngestProgress> seen = new ArrayList<>();
        PaperCollector.create().paths(List.of(path("model.bin"), path("a.txt"))).progress(seen::add).build().collect();
        IngestProgress last = seen.get(seen.size() - 1);
        assertEquals(last.totalBytes(), last.bytesRead());
        assertEquals(1.0, last.fractionDone());
    }

    @Test
    void progress_on_standard_input_has_no_known_total() {
        List<IngestProgress> seen = new ArrayList<>();
        PaperCollector.create()
                .path("-")
                .stdin(new ByteArrayInputStream("Abstract:Piped.\n".getBytes(StandardCharsets.UTF_8)))
                .progress(seen::add)
                .build()
                .collect();
        assertFalse(seen.get(0).totalKnown());
        assertEquals(0.0, seen.get(0).fractionDone());
    }

    @Test
    void crlf_line_ends_and_a_byte_order_mark_are_read_as_plain_lines() throws IOException {
        Files.write(dir.resolve("windows.txt"),
                "\uFEFFAbstract:First.\r\nAbstract:Second.\r\n".getBytes(StandardCharsets.UTF_8));
        PaperCollection result = PaperCollector.collect(List.of(path("windows.txt")));
        assertEquals(List.of("First.", "Second."),
                result.papers().stream().map(Paper::abstractText).sorted().toList());
        assertEquals(List.of(), result.report().problems());
    }

    private String path(String name) {
        return dir.resolve(name).toString();
    }

    private void write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private static final class ClosingWatch extends ByteArrayInputStream {
        boolean closed;

        ClosingWatch(String text) {
            super(text.getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public void close() {
            closed = true;
        }
    }
}
