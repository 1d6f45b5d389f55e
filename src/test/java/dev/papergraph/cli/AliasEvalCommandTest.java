package dev.papergraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.papergraph.extract.SharedNlp;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class AliasEvalCommandTest {
    private static String record(String id, String text, String entities, String aliases) {
        return "{\"id\": \"" + id + "\", \"title\": null, \"text\": \"" + text + "\", \"entities\": [" + entities
                + "], \"title_entities\": [], \"introduced\": [], \"aliases\": [" + aliases + "]}";
    }

    private static String entity(String text, String type, String in) {
        int start = in.indexOf(text);
        return "{\"start\": " + start + ", \"end\": " + (start + text.length()) + ", \"type\": \"" + type + "\", \"text\": \"" + text + "\"}";
    }

    @Test
    void prints_alias_recall_and_the_share_of_merges_gold_keeps_apart(@TempDir Path dir) throws IOException {
        String first = "We use stochastic gradient descent (SGD) and BERT.";
        String second = "SGD trains BART. Mean squared error (MSE) is low.";
        String third = "We report the MSE of mean squared error.";
        Path gold = dir.resolve("gold.jsonl");
        Files.write(gold, List.of(
                record("p1", first, String.join(", ", entity("stochastic gradient descent", "Method", first),
                        entity("SGD", "Method", first), entity("BERT", "Model", first)), "[\"SGD\", \"stochastic gradient descent\"]"),
                record("p2", second, String.join(", ", entity("SGD", "Method", second), entity("BART", "Model", second),
                        entity("Mean squared error", "Metric", second), entity("MSE", "Metric", second)), "[\"MSE\", \"Mean squared error\"]"),
                record("p3", third, String.join(", ", entity("MSE", "Metric", third), entity("mean squared error", "Metric", third)), "")));
        StringWriter out = new StringWriter();
        CommandLine command = new CommandLine(new AliasEvalCommand()).setOut(new PrintWriter(out));
        assertEquals(0, command.execute("--gold", gold.toString(), "--list"));
        // both pairs joined; the two merged pairs (sgd, mse with their long forms) are gold aliases
        assertTrue(out.toString().contains("gold alias pairs in one concept   1.000 (2 of 2"), out.toString());
        assertTrue(out.toString().contains("merged pairs gold keeps apart     0.000 (0 of 2"), out.toString());
    }

    @Test
    void with_extracted_the_extractor_finds_the_forms_and_their_acronym_pair(@TempDir Path dir) throws IOException {
        String text = "Large language models (LLMs) are strong reasoners. We fine-tune LLMs with supervised fine-tuning (SFT).";
        Path gold = dir.resolve("gold.jsonl");
        Files.write(gold, List.of(record("p1", text, String.join(", ", entity("Large language models", "Model", text),
                        entity("LLMs", "Model", text), entity("supervised fine-tuning", "Method", text), entity("SFT", "Method", text)),
                "[\"LLMs\", \"Large language models\"], [\"SFT\", \"supervised fine-tuning\"], [\"RLHF\", \"reinforcement learning from human feedback\"]")));
        StringWriter out = new StringWriter();
        CommandLine command = new CommandLine(new AliasEvalCommand(SharedNlp.extractor())).setOut(new PrintWriter(out));
        assertEquals(0, command.execute("--gold", gold.toString(), "--extracted", "--threads", "1"));
        // RLHF is not in the text: its pair is not scored
        assertTrue(out.toString().contains("gold alias pairs, both forms found 0.667 (2 of 3"), out.toString());
        assertTrue(out.toString().contains("gold alias pairs in one concept   1.000 (2 of 2"), out.toString());
        assertTrue(out.toString().contains("merged pairs gold keeps apart     0.000 (0 of 2"), out.toString());
    }

    @Test
    void names_the_file_and_line_of_a_bad_gold_record(@TempDir Path dir) throws IOException {
        Path gold = dir.resolve("gold.jsonl");
        Files.write(gold, List.of("{not json"));
        StringWriter err = new StringWriter();
        CommandLine command = new CommandLine(new AliasEvalCommand()).setErr(new PrintWriter(err));
        command.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println(e.getMessage());
            return 2;
        });
        assertEquals(2, command.execute("--gold", gold.toString()));
        assertTrue(err.toString().contains("gold.jsonl:1"), err.toString());
    }
}
