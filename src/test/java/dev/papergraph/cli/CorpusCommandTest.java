package dev.papergraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code papergraph corpus} on the fixture corpora of the bench tests. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class CorpusCommandTest {
    private record Run(int exitCode, String out, String err) {}

    private static Run run(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
        ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(outBytes, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(errBytes, true, StandardCharsets.UTF_8));
            int code = PapergraphCommand.run(args);
            return new Run(code, outBytes.toString(StandardCharsets.UTF_8), errBytes.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    private static Path fixture() throws URISyntaxException {
        return Path.of(CorpusCommandTest.class.getResource("/dev/papergraph/bench/corpora").toURI());
    }

    @Test
    void writes_the_papers_and_says_how_fast(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("papers.jsonl.gz");
        Run run = run("corpus", "--papers", "250", "--seed", "2", "--corpora", fixture().toString(), "--out", out.toString());
        assertEquals(0, run.exitCode(), run.err());
        assertTrue(Files.size(out) > 0);
        assertTrue(run.out().contains("pool: 44 sentences"), run.out());
        assertTrue(run.out().contains("wrote 250 papers to " + out), run.out());
    }

    @Test
    void a_missing_corpora_folder_is_one_line(@TempDir Path dir) throws IOException {
        Path missing = dir.resolve("nowhere");
        Run run = run("corpus", "--corpora", missing.toString(), "--out", dir.resolve("p.jsonl").toString());
        assertEquals(2, run.exitCode(), run.err());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().contains(missing + ": corpora folder not found"), run.err());
        assertFalse(run.err().contains("\tat "), "no stack trace");
        assertFalse(Files.exists(dir.resolve("p.jsonl")));
    }

    @Test
    void bad_years_and_counts_are_one_line(@TempDir Path dir) throws Exception {
        String corpora = fixture().toString();
        String out = dir.resolve("p.jsonl").toString();
        Run years = run("corpus", "--corpora", corpora, "--years", "2020", "--out", out);
        assertEquals(2, years.exitCode(), years.err());
        assertTrue(years.err().contains("--years must be FIRST-LAST"), years.err());
        Run backwards = run("corpus", "--corpora", corpora, "--years", "2024-2015", "--out", out);
        assertEquals(2, backwards.exitCode(), backwards.err());
        assertTrue(backwards.err().contains("years must run forwards"), backwards.err());
        Run zero = run("corpus", "--corpora", corpora, "--papers", "0", "--out", out);
        assertEquals(2, zero.exitCode(), zero.err());
        assertTrue(zero.err().contains("--papers must be 1 or more"), zero.err());
    }
}
