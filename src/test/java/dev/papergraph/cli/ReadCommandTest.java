package dev.papergraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ReadCommandTest {
    @TempDir
    Path dir;

    @Test
    void a_packed_file_is_read_and_summed_up_with_its_speed() throws IOException {
        Path packed = dir.resolve("papers.jsonl.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(packed))) {
            out.write("{\"id\": \"a\", \"abstract\": \"One.\"}\n{\"id\": \"a\", \"abstract\": \"One.\"}\nnot json\n"
                    .getBytes(StandardCharsets.UTF_8));
        }
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream stdout = System.out;
        int code;
        try {
            System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
            code = PapergraphCommand.run("read", packed.toString());
        } finally {
            System.setOut(stdout);
        }
        String[] lines = printed.toString(StandardCharsets.UTF_8).split("\n");
        assertEquals(0, code);
        assertEquals("read:  1 input, 3 records: 2 papers, 1 record skipped", lines[0]);
        assertTrue(lines[1].matches("speed: 0\\.0 MiB in [\\d.]+ s: [\\d.,]+ MiB/s, [\\d,]+ papers/s"), lines[1]);
    }

    @Test
    void nothing_read_is_exit_code_one() {
        assertEquals(1, PapergraphCommand.run("read", "-q", dir.resolve("missing.jsonl").toString()));
    }
}
