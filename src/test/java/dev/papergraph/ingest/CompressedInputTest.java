package dev.papergraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorOutputStream;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** gzip and bzip2 inputs are unpacked, told by their bytes and not their names, and read like plain ones. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class CompressedInputTest {
    @TempDir
    Path dir;

    private final List<String> warnings = new ArrayList<>();

    static Stream<Arguments> packedFixtures() {
        return PaperReadersTest.fixtures().flatMap(row -> Stream.of(Compression.GZIP, Compression.BZIP2)
                .map(compression -> Arguments.of(row.get()[0], compression)));
    }

    @ParameterizedTest(name = "{0} packed with {1}")
    @MethodSource("packedFixtures")
    void a_packed_fixture_gives_the_papers_and_problems_of_the_plain_one(String fixture, Compression compression)
            throws IOException {
        byte[] plain = fixture(fixture);
        Files.write(dir.resolve(fixture), plain);
        // a name that says nothing of the content: only the bytes can tell the format and the packing
        Files.write(dir.resolve("packed"), pack(plain, compression));
        List<Paper> expected = read(fixture).stream().map(p -> renamed(p, "packed")).toList();
        List<String> expectedWarnings = warnings.stream().map(w -> w.replace(fixture + ":", "packed:")).toList();
        warnings.clear();
        assertEquals(expected, read("packed"));
        assertEquals(expectedWarnings, warnings);
    }

    @ParameterizedTest
    @EnumSource(value = Compression.class, names = {"GZIP", "BZIP2"})
    void a_packed_json_lines_file_is_detected_as_json_lines(Compression compression) throws IOException {
        String name = "arxiv.jsonl" + (compression == Compression.GZIP ? ".gz" : ".bz2");
        byte[] plain = fixture("arxiv-snapshot.jsonl");
        Files.write(dir.resolve("arxiv.jsonl"), plain);
        Files.write(dir.resolve(name), pack(plain, compression));
        List<Paper> asJsonLines = new ArrayList<>();
        PaperCollector.create().path(path("arxiv.jsonl")).format(InputFormat.JSONL).build().read(asJsonLines::add);
        assertFalse(asJsonLines.isEmpty());
        assertEquals(asJsonLines.stream().map(p -> renamed(p, name)).toList(), read(name));
    }

    @Test
    void a_plain_file_named_gz_is_read_as_plain_text() throws IOException {
        Files.writeString(dir.resolve("not-packed.jsonl.gz"), "{\"abstract\": \"Plain after all.\"}\n");
        assertEquals(List.of("Plain after all."), read("not-packed.jsonl.gz").stream().map(Paper::abstractText).toList());
        assertEquals(List.of(), warnings);
    }

    @Test
    void packed_standard_input_is_unpacked() {
        byte[] packed = pack("Abstract:Piped and packed.\n".getBytes(StandardCharsets.UTF_8), Compression.GZIP);
        PaperCollection result =
                PaperCollector.create().path("-").stdin(new ByteArrayInputStream(packed)).build().collect();
        assertEquals(List.of(Paper.ofAbstract("Piped and packed.", new SourceRef("-", 1))), result.papers());
    }

    @ParameterizedTest
    @CsvSource({
        "1F 8B 08 00, GZIP",
        "42 5A 68 39 31 41 59 26 53 59, BZIP2",
        "42 5A 68 30, NONE", // "BZh0": no such block size
        "1F 8B, NONE",
        "41 62 73 74 72 61 63 74 3A, NONE",
        "'', NONE"
    })
    void compression_is_told_by_the_first_bytes(String hex, Compression expected) {
        byte[] head = hex.isEmpty() ? new byte[0] : new byte[hex.split(" ").length];
        for (int i = 0; i < head.length; i++) {
            head[i] = (byte) Integer.parseInt(hex.split(" ")[i], 16);
        }
        assertEquals(expected, Compression.detect(head));
    }

    @ParameterizedTest
    @EnumSource(value = Compression.class, names = {"GZIP", "BZIP2"})
    void a_truncated_file_keeps_the_papers_before_the_cut_and_names_the_file(Compression compression) throws IOException {
        int lines = 4_000;
        byte[] packed = pack(numberedJsonLines(lines), compression);
        Files.write(dir.resolve("cut"), Arrays.copyOf(packed, packed.length * 3 / 4));
        List<Paper> papers = read("cut");

        assertEquals(1, warnings.size(), warnings.toString());
        Matcher failure = Pattern.compile(Pattern.quote(path("cut")) + ": read failed after line (\\d+): "
                        + compression.displayName() + " data(: Unexpected end of stream| ends early \\(truncated file\\?\\))")
                .matcher(warnings.get(0));
        assertTrue(failure.matches(), warnings.get(0));
        int before = Integer.parseInt(failure.group(1));
        assertTrue(before > lines / 4 && before < lines, "read up to line " + before);
        // every whole line before the cut is a paper, in order
        assertEquals(before, papers.size());
        for (int i = 0; i < papers.size(); i++) {
            assertEquals(new SourceRef("cut", i + 1), papers.get(i).sources().get(0));
        }
    }

    @ParameterizedTest
    @EnumSource(value = Compression.class, names = {"GZIP", "BZIP2"})
    void progress_counts_the_bytes_on_disk_of_a_packed_file(Compression compression) throws IOException {
        byte[] packed = pack(numberedJsonLines(4_000), compression);
        Files.write(dir.resolve("papers"), packed);
        List<IngestProgress> seen = new ArrayList<>();
        PaperCollector.create().path(path("papers")).progress(seen::add).build().read(paper -> {});

        IngestProgress last = seen.get(seen.size() - 1);
        assertEquals(packed.length, last.totalBytes());
        assertEquals(packed.length, last.bytesRead());
        assertEquals(4_000, last.papers());
        assertTrue(seen.stream().anyMatch(p -> p.bytesRead() > 0 && p.bytesRead() < packed.length),
                "bytes grow while the file is read");
        for (int i = 1; i < seen.size(); i++) {
            assertTrue(seen.get(i).bytesRead() >= seen.get(i - 1).bytesRead());
        }
    }

    /**
     * Lines of {@code {"id": "n", "abstract": …}}, each with random hex digits, so that they pack to more
     * than the 64 KiB read at a time and a cut file has whole lines before the cut.
     */
    static byte[] numberedJsonLines(int count) {
        Random random = new Random(count);
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= count; i++) {
            text.append("{\"id\": \"").append(i).append("\", \"abstract\": \"Paper ").append(i).append(" studies ");
            random.ints(48, 0, 16).forEach(digit -> text.append(Character.forDigit(digit, 16)));
            text.append(".\"}\n");
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    static byte[] pack(byte[] plain, Compression compression) {
        ByteArrayOutputStream packed = new ByteArrayOutputStream();
        try (OutputStream out = switch (compression) {
                    case NONE -> packed;
                    case GZIP -> new GZIPOutputStream(packed);
                    // the smallest blocks (100 kB), so that a cut file still has whole blocks before the cut
                    case BZIP2 -> new BZip2CompressorOutputStream(packed, BZip2CompressorOutputStream.MIN_BLOCKSIZE);
                }) {
            out.write(plain);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return packed.toByteArray();
    }

    private static Paper renamed(Paper paper, String file) {
        List<SourceRef> sources = paper.sources().stream().map(s -> new SourceRef(file, s.line())).toList();
        return new Paper(paper.id(), paper.title(), paper.abstractText(), paper.authors(), paper.authorCount(),
                paper.date(), paper.doi(), paper.url(), paper.categories(), sources);
    }

    private List<Paper> read(String name) {
        List<Paper> papers = new ArrayList<>();
        PaperCollector.create().path(path(name)).warnings(warnings::add).build().read(papers::add);
        return papers;
    }

    private static byte[] fixture(String name) throws IOException {
        try (InputStream in = CompressedInputTest.class.getResourceAsStream(name)) {
            return in.readAllBytes();
        }
    }

    private String path(String name) {
        return dir.resolve(name).toString();
    }
}
