package dev.papergraph.cli;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** User mistakes on the command line: one line on stderr, no stack trace, exit code 2. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class PapergraphCommandTest {
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

    private static void assertOneLineUserError(Run run, String expected) {
        assertEquals(2, run.exitCode(), run.err());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().contains(expected), run.err());
        assertFalse(run.err().contains("\tat "), "no stack trace");
    }

    @Test
    void a_missing_store_is_named(@TempDir Path dir) {
        Path missing = dir.resolve("nowhere");
        assertOneLineUserError(run("stats", "--store", missing.toString()), missing + ": no store here");
    }

    @Test
    void a_sparql_syntax_error_is_one_line(@TempDir Path dir) {
        assertOneLineUserError(run("query", "--in-memory", "SELECT ?x WHERE {"), "SPARQL syntax error");
    }

    @Test
    void an_unknown_export_format_lists_the_known_ones() {
        assertOneLineUserError(run("export", "--in-memory", "--format", "xyz"), "ttl, nt, nq");
    }

    @Test
    void an_out_of_range_threshold_is_refused(@TempDir Path dir) {
        assertOneLineUserError(run("ingest", "--in-memory", "--min-confidence", "2", "--sample"), "--min-confidence");
    }

    @Test
    void an_unknown_span_convention_or_seeds_for_the_phrase_model_are_refused(@TempDir Path dir) {
        assertOneLineUserError(run("train", "--corpora", dir.toString(), "--spans", "words"), "name or phrase");
        assertOneLineUserError(run("train", "--corpora", dir.toString(), "--spans", "phrase", "--seeds-gold", dir.resolve("g.jsonl").toString(),
                "--out", dir.resolve("m.ser.gz").toString()), "the seeds gold annotates names");
        Path gold = dir.resolve("gold.jsonl");
        assertDoesNotThrow(() -> Files.writeString(gold, "{\"id\": \"a\", \"text\": \"We parse .\", \"entities\": []}\n"));
        assertOneLineUserError(run("eval", "--gold", gold.toString(), "--spans", "words"), "(name, phrase or auto)");
        assertOneLineUserError(run("extract", "--sample", "--spans", "words"), "(name or phrase)");
        assertOneLineUserError(run("ingest", "--in-memory", "--sample", "--spans", "words"), "(name or phrase)");
        assertOneLineUserError(run("serve", "--store", dir.resolve("st").toString(), "--sample", "--spans", "words"), "(name or phrase)");
    }

    @Test
    void the_shipped_queries_are_listed_with_their_titles() {
        Run run = run("query", "--list");
        assertEquals(0, run.exitCode());
        assertTrue(run.out().contains("most-used-datasets") && run.out().contains("Most-used datasets"), run.out());
    }

    @Test
    void the_version_is_the_build_version() {
        Run run = run("--version");
        assertEquals(0, run.exitCode());
        assertTrue(run.out().startsWith("papergraph 0."), run.out());
    }

    @Test
    void every_subcommand_has_help_with_its_exit_codes_and_a_version() {
        picocli.CommandLine root = new picocli.CommandLine(new PapergraphCommand());
        for (String name : root.getSubcommands().keySet()) {
            if (name.equals("help")) {
                continue; // help --help describes the command line as a whole
            }
            Run help = run(name, "--help");
            assertEquals(0, help.exitCode(), name + ": " + help.err());
            assertTrue(help.out().contains("Usage: papergraph " + name), name + ": " + help.out());
            assertTrue(help.out().contains("Exit codes:"), name + ": " + help.out());
            Run version = run(name, "--version");
            assertEquals(0, version.exitCode(), name);
            assertTrue(version.out().contains("Apache Jena 5.") && version.out().contains("Stanford CoreNLP 4."), version.out());
        }
        Run helpOf = run("help", "ingest");
        assertEquals(0, helpOf.exitCode());
        assertTrue(helpOf.out().contains("Usage: papergraph ingest"), helpOf.out());
    }

    @Test
    void a_completion_script_is_generated() {
        Run completion = run("generate-completion");
        assertEquals(0, completion.exitCode(), completion.err());
        assertTrue(completion.out().contains("complete -F") && completion.out().contains("ingest"), completion.out());
    }

    @Test
    void a_mistyped_query_name_or_parameter_names_what_is_known() {
        assertOneLineUserError(run("query", "--in-memory", "most-used-dataset"), "most-used-datasets");
        assertOneLineUserError(run("query", "--in-memory", "most-used-datasets", "-p", "nosuch=1"), "the query has no variable ?nosuch");
    }

    @Test
    void an_unknown_option_is_one_line_that_points_to_help() {
        assertOneLineUserError(run("ingest", "--nosuch"), "Unknown option: '--nosuch' (papergraph help ingest lists the options)");
        assertOneLineUserError(run("nosuch"), "papergraph --help lists the commands");
    }

    @Test
    void a_missing_gold_file_is_one_line(@TempDir Path dir) {
        assertOneLineUserError(run("eval", "--gold", dir.resolve("gold.jsonl").toString()), "no such gold file");
    }
}
