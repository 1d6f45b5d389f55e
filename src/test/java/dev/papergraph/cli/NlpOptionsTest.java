package dev.papergraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.papergraph.extract.NlpLevel;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

/** {@code --nlp fast|full} on the commands that extract; parsing only, nothing is loaded. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class NlpOptionsTest {
    private static NlpLevel parsed(String... args) {
        List<CommandLine> commands = new CommandLine(new PapergraphCommand()).parseArgs(args).asCommandLineList();
        Object command = commands.get(commands.size() - 1).getCommand();
        if (command instanceof IngestCommand c) {
            return c.nlpOptions.level();
        }
        if (command instanceof ExtractCommand c) {
            return c.nlpOptions.level();
        }
        if (command instanceof EvalCommand c) {
            return c.nlpOptions.level();
        }
        if (command instanceof BenchCommand c) {
            return c.nlpOptions.level();
        }
        throw new AssertionError("no --nlp on " + command);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ingest", "extract", "eval", "bench"})
    void fast_is_the_default_and_full_is_read(String command) {
        String input = command.equals("eval") ? "--gold=gold.jsonl" : "--sample";
        assertEquals(NlpLevel.FAST, parsed(command, input));
        assertEquals(NlpLevel.FULL, parsed(command, input, "--nlp", "full"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ingest", "extract", "bench"})
    void an_unknown_level_is_one_line_naming_the_known_ones(String command) {
        StringWriter err = new StringWriter();
        int code = new CommandLine(new PapergraphCommand())
                .setExecutionExceptionHandler(new CliErrorHandler())
                .setErr(new PrintWriter(err, true))
                .execute(command, "--sample", "--nlp", "heavy");
        assertEquals(CliErrorHandler.USER_ERROR, code, err.toString());
        assertEquals(1, err.toString().lines().count(), err.toString());
        assertTrue(err.toString().contains("unknown --nlp 'heavy' (one of fast, full)"), err.toString());
        assertFalse(err.toString().contains("\tat "));
    }
}
