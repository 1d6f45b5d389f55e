package dev.papergraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

/**
 * A JVM with a 16 MiB heap reads JSON Lines of ten times that size: neither the papers, nor their ids, nor
 * the lines are kept. If they were, the JVM would stop with an OutOfMemoryError and a non-zero exit code.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class BoundedMemoryTest {
    private static final String HEAP = "16m";
    private static final long HEAP_BYTES = 16L << 20;
    private static final long INPUT_BYTES = 10 * HEAP_BYTES;

    @Test
    void json_lines_of_ten_times_the_heap_are_read_to_the_end() throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(List.of(java, "-Xmx" + HEAP, "-XX:+UseSerialGC", "-XX:+ExitOnOutOfMemoryError",
                        "-cp", System.getProperty("java.class.path"), StdinPaperCount.class.getName()))
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        long papers = 0;
        try (OutputStream stdin = new BufferedOutputStream(child.getOutputStream(), 1 << 16)) {
            for (long written = 0; written < INPUT_BYTES; papers++) {
                byte[] line = jsonLine(papers);
                stdin.write(line);
                written += line.length;
            }
        }
        String[] printed = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip().split(" ");
        assertEquals(0, child.waitFor(), "exit code (3: out of memory)");
        assertEquals(papers, Long.parseLong(printed[0]));
        assertTrue(Long.parseLong(printed[1]) <= HEAP_BYTES, "max heap " + printed[1]);
    }

    /** A paper of about 300 bytes with its own id, as the arXiv snapshot has them. */
    private static byte[] jsonLine(long n) {
        return ("{\"id\": \"" + (2300 + n / 100_000) + "." + (n % 100_000) + "\", \"title\": \"Paper " + n
                        + "\", \"abstract\": \"We study problem " + n + " with a method that is new, and compare it with "
                        + "the methods before it on benchmark " + n % 97 + "; it is better on most of them.\", "
                        + "\"authors\": \"A. One, B. Two and C. Three\", \"categories\": \"cs.LG cs.CL\"}\n")
                .getBytes(StandardCharsets.UTF_8);
    }
}
