package dev.papergraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each kind of bad input costs only its record (or its file), is reported as one line naming file and
 * line, and the rest is read.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class BadInputTest {
    private static final String GOOD = "Abstract:A good abstract that is read whatever else goes wrong.\n";

    @TempDir
    Path dir;

    private final List<String> warnings = new ArrayList<>();

    @Test
    void a_malformed_json_line_is_skipped_and_the_next_lines_are_read() throws IOException {
        write("papers.jsonl", "{\"abstract\": \"First.\"}\n{\"abstract\": \"Second.\",}\n{\"abstract\": \"Third.\"}\n");
        PaperCollection result = collect("papers.jsonl");
        assertEquals(List.of("First.", "Third."), abstracts(result));
        assertEquals(List.of("papers.jsonl:2: malformed JSON at column 24: Invalid token=CURLYCLOSE; Expected tokens are: [STRING]"),
                warnings);
        assertEquals(IngestReport.Outcome.PARTIAL, result.report().outcome());
        assertEquals(3, result.report().recordsRead());
        assertEquals(1, result.report().skippedRecords());
    }

    @Test
    void a_line_that_is_not_utf_8_is_reported_with_its_line_and_the_others_are_read() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes("Abstract:Plain ASCII.\n".getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes("Abstract:Caf\u00e9 in Latin-1.\n".getBytes(StandardCharsets.ISO_8859_1));
        bytes.writeBytes("Abstract:Caf\u00e9 in UTF-8.\n".getBytes(StandardCharsets.UTF_8));
        Files.write(dir.resolve("latin1.txt"), bytes.toByteArray());
        PaperCollection result = collect("latin1.txt");
        assertEquals(List.of("Caf\u00e9 in UTF-8.", "Plain ASCII."), abstracts(result).stream().sorted().toList());
        assertEquals(List.of("latin1.txt:2: not valid UTF-8 (byte 0xE9 at byte 13 of the line)"), warnings);
    }

    @Test
    void a_bad_title_line_in_a_listing_page_skips_that_paper_only() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes("First Title\nFirst abstract.\n".getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes("Caf\u00e9 Title\n".getBytes(StandardCharsets.ISO_8859_1));
        bytes.writeBytes("Its abstract is passed over.\nThird Title\nThird abstract.\n".getBytes(StandardCharsets.UTF_8));
        Files.write(dir.resolve("page.txt"), bytes.toByteArray());
        PaperCollection result = collect("page.txt");
        assertEquals(List.of("First Title", "Third Title"), result.papers().stream().map(Paper::title).sorted().toList());
        assertEquals(List.of("page.txt:3: not valid UTF-8 (byte 0xE9 at byte 4 of the line)"), warnings);
    }

    @Test
    void an_empty_abstract_is_skipped() throws IOException {
        write("empty.txt", "Abstract:   \n" + GOOD);
        PaperCollection result = collect("empty.txt");
        assertEquals(1, result.papers().size());
        assertEquals(List.of("empty.txt:1: empty abstract"), warnings);
    }

    @Test
    void a_one_megabyte_abstract_is_over_the_default_limit_and_skipped() throws IOException {
        String huge = "word ".repeat(200_000).strip();
        write("huge.txt", "Abstract:" + huge + "\n" + GOOD);
        write("huge.jsonl", "{\"abstract\": \"" + huge + "\"}\n");
        PaperCollection result = collect("huge.txt", "huge.jsonl");
        assertEquals(1, result.papers().size());
        assertEquals(List.of(
                        "huge.txt:1: abstract has 999,999 characters, more than the limit of 100,000",
                        "huge.jsonl:1: abstract has 999,999 characters, more than the limit of 100,000"),
                warnings);
    }

    @Test
    void the_abstract_limit_can_be_raised() throws IOException {
        String huge = "word ".repeat(200_000).strip();
        write("huge.txt", "Abstract:" + huge + "\n");
        PaperCollection result = PaperCollector.create()
                .path(dir.resolve("huge.txt").toString())
                .maxAbstractChars(1_000_000)
                .warnings(warnings::add)
                .build()
                .collect();
        assertEquals(List.of(huge), abstracts(result));
        assertEquals(List.of(), warnings);
    }

    @Test
    void a_line_far_over_the_limit_is_not_held_in_memory_and_is_skipped() throws IOException {
        write("long.txt", "Abstract:" + "x".repeat(3_000_000) + "\n" + GOOD);
        PaperCollection result = collect("long.txt");
        assertEquals(1, result.papers().size());
        assertEquals(List.of("long.txt:1: line longer than 1448576 bytes"), warnings);
    }

    @Test
    void a_binary_file_is_skipped_whole_with_one_message() throws IOException {
        byte[] binary = new byte[20_000];
        for (int i = 0; i < binary.length; i++) {
            binary[i] = (byte) (i * 31);
        }
        Files.write(dir.resolve("model.bin"), binary);
        write("good.txt", GOOD);
        PaperCollection result = collect("model.bin", "good.txt");
        assertEquals(1, result.papers().size());
        assertEquals(List.of(path("model.bin") + ": binary file (NUL bytes in its first bytes), skipped"), warnings);
        assertEquals(1, result.report().skippedInputs());
        assertEquals(0, result.report().skippedRecords());
    }

    @Test
    void a_nonexistent_path_is_reported_and_the_other_inputs_are_read() throws IOException {
        write("good.txt", GOOD);
        PaperCollection result = collect("missing.txt", "good.txt");
        assertEquals(1, result.papers().size());
        assertEquals(List.of(path("missing.txt") + ": no such file or directory"), warnings);
        assertEquals(IngestReport.Outcome.PARTIAL, result.report().outcome());
    }

    @Test
    void a_dangling_link_in_a_folder_is_reported() throws IOException {
        Files.createDirectory(dir.resolve("papers"));
        Files.writeString(dir.resolve("papers/good.txt"), GOOD);
        Files.createSymbolicLink(dir.resolve("papers/gone.txt"), dir.resolve("nowhere.txt"));
        PaperCollection result = collect("papers");
        assertEquals(1, result.papers().size());
        assertEquals(List.of(path("papers/gone.txt") + ": no such file or directory"), warnings);
    }

    @Test
    void a_file_without_read_permission_is_reported() throws IOException {
        assumeFalse("root".equals(System.getProperty("user.name")), "root reads every file");
        write("secret.txt", GOOD);
        Files.setPosixFilePermissions(dir.resolve("secret.txt"), PosixFilePermissions.fromString("---------"));
        PaperCollection result = collect("secret.txt");
        assertEquals(List.of(path("secret.txt") + ": permission denied"), warnings);
        assertEquals(IngestReport.Outcome.NOTHING, result.report().outcome());
    }

    /** A file that opens but fails when read: the kernel answers EIO for the start of this one. */
    @Test
    void a_file_that_fails_while_being_read_is_reported() {
        Path failing = Path.of("/proc/self/mem");
        assumeTrue(Files.isReadable(failing), "needs Linux /proc");
        List<String> seen = new ArrayList<>();
        PaperCollection result = PaperCollector.create()
                .path(failing.toString())
                .warnings(seen::add)
                .build()
                .collect();
        assertEquals(1, seen.size());
        assertTrue(seen.get(0).startsWith("/proc/self/mem: read failed: "), seen.get(0));
        assertEquals(IngestReport.Outcome.NOTHING, result.report().outcome());
    }

    @Test
    void nothing_readable_gives_no_papers_and_the_outcome_nothing() throws IOException {
        Files.write(dir.resolve("model.bin"), new byte[] {1, 0, 2, 0});
        write("empty.jsonl", "");
        PaperCollection result = collect("model.bin", "empty.jsonl", "missing.txt");
        assertEquals(List.of(), result.papers());
        assertEquals(IngestReport.Outcome.NOTHING, result.report().outcome());
        assertEquals(3, result.report().skippedInputs());
        // missing paths are found before any file is read, so they come first
        assertEquals(List.of(
                        path("missing.txt") + ": no such file or directory",
                        path("model.bin") + ": binary file (NUL bytes in its first bytes), skipped",
                        path("empty.jsonl") + ": no papers found (read as listing)"),
                warnings);
        assertEquals("1 input, 0 records: 0 papers (0 duplicates merged), 0 records skipped, 3 inputs skipped",
                result.report().summary());
    }

    @Test
    void every_problem_is_one_line_without_a_stack_trace() throws IOException {
        write("mixed.jsonl", "{\"abstract\": 12\n[]\n{\"abstract\": \"\"}\n\"text\"\n{\"abstract\": \"ok\", \"year\": \"MMXX\"}\n");
        collect("mixed.jsonl", "missing");
        assertEquals(6, warnings.size(), warnings.toString());
        for (String warning : warnings) {
            assertFalse(warning.contains("\n") || warning.contains("Exception") || warning.contains("\tat "), warning);
            assertTrue(warning.matches("\\S+(:\\d+)?: .+"), warning);
        }
    }

    private PaperCollection collect(String... names) {
        List<String> paths = java.util.Arrays.stream(names).map(this::path).toList();
        return PaperCollector.create().paths(paths).warnings(warnings::add).build().collect();
    }

    private String path(String name) {
        return dir.resolve(name).toString();
    }

    private void write(String name, String text) throws IOException {
        Files.writeString(dir.resolve(name), text);
    }

    private static List<String> abstracts(PaperCollection result) {
        List<String> abstracts = new ArrayList<>();
        for (Paper paper : result.papers()) {
            abstracts.add(paper.abstractText());
        }
        return abstracts.stream().sorted().toList();
    }
}
