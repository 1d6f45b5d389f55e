package dev.papergraph.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.papergraph.ingest.PaperCollector;
import dev.papergraph.ingest.Paper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code kill -9} at random points of an ingest or a build: the store always opens, and running the
 * same command again finishes the job with the graph a clean run gives, byte for byte.
 */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class CrashIT {
    private static final int PAPERS = 60;
    @TempDir
    static Path work;
    static Path input;
    static byte[] clean;

    @BeforeAll
    static void a_clean_run() throws IOException {
        List<Paper> sample = PaperCollector.create().sample().build().collect().papers();
        List<String> lines = new ArrayList<>();
        for (Paper paper : sample.subList(0, PAPERS)) {
            lines.add("Abstract: " + paper.abstractText().replace('\n', ' '));
        }
        input = Files.write(work.resolve("abstracts.txt"), lines, StandardCharsets.UTF_8);
        Path store = work.resolve("clean");
        assertEquals(0, PapergraphCommand.run("ingest", "--quiet", "--batch", "7", "--store", store.toString(), input.toString()));
        clean = canonical(store, "clean.nq");
    }

    @Test
    void an_ingest_killed_anywhere_finishes_when_run_again() throws Exception {
        Random random = new Random(7);
        for (int kill = 0; kill < 3; kill++) {
            Path store = work.resolve("ingest-" + kill);
            long delay = 4_000 + random.nextInt(20_000);
            killAfter(delay, "ingest", "--quiet", "--batch", "7", "--store", store.toString(), input.toString());
            assertEquals(0, run("ingest", "--quiet", "--batch", "7", "--store", store.toString(), input.toString()), "after a kill at " + delay + " ms");
            assertArrayEquals(clean, canonical(store, "ingest-" + kill + ".nq"), "after a kill at " + delay + " ms");
        }
    }

    @Test
    void a_build_killed_anywhere_finishes_when_run_again() throws Exception {
        Random random = new Random(11);
        for (int kill = 0; kill < 2; kill++) {
            Path store = work.resolve("build-" + kill);
            long delay = 4_000 + random.nextInt(20_000);
            killAfter(delay, "build", "--quiet", "--batch", "7", "--store", store.toString(), input.toString());
            int again = Files.exists(store)
                    ? 0 // the kill came after the build was complete
                    : run("build", "--quiet", "--batch", "7", "--store", store.toString(), input.toString());
            assertEquals(0, again, "after a kill at " + delay + " ms");
            assertArrayEquals(clean, canonical(store, "build-" + kill + ".nq"), "after a kill at " + delay + " ms");
        }
    }

    /** Starts papergraph in its own JVM and kills it (SIGKILL) after a delay, if it is still running. */
    private static void killAfter(long millis, String... args) throws Exception {
        Process process = start(args);
        if (!process.waitFor(millis, TimeUnit.MILLISECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    private static int run(String... args) throws Exception {
        Process process = start(args);
        return process.waitFor();
    }

    private static Process start(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of("java", "-jar", Path.of("target/papergraph.jar").toAbsolutePath().toString()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(work.resolve("crash.log").toFile()).start();
    }

    private static byte[] canonical(Path store, String name) throws IOException {
        Path out = work.resolve(name);
        assertEquals(0, PapergraphCommand.run("export", "--store", store.toString(), "--format", "nq", "--canonical", "--out", out.toString()));
        return Files.readAllBytes(out);
    }
}
