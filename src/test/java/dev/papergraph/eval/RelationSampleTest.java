package dev.papergraph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.papergraph.eval.RelationSample.Row;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class RelationSampleTest {
    private static Row row(String subject, String predicate, String verdict) {
        return new Row(subject, predicate, "object", "p1", "pattern:x", "A sentence.", verdict, "");
    }

    @Test
    void the_same_seed_draws_the_same_sample_and_another_seed_another() {
        List<Row> rows = IntStream.range(0, 50).mapToObj(i -> row("s" + i, i % 2 == 0 ? "broader" : "basedOn", "")).toList();
        assertEquals(RelationSample.draw(rows, 10, 7), RelationSample.draw(rows, 10, 7));
        assertTrue(!RelationSample.draw(rows, 10, 7).equals(RelationSample.draw(rows, 10, 8)));
        assertEquals(10, RelationSample.draw(rows, 10, 7).stream().distinct().count());
        assertEquals(50, RelationSample.draw(rows, 100, 7).size());
    }

    @Test
    void precision_counts_judged_rows_overall_and_per_predicate() {
        RelationSample.Precision precision = RelationSample.score(List.of(
                row("a", "broader", "correct"), row("b", "broader", "wrong"), row("c", "basedOn", "correct"),
                row("d", "basedOn", "correct"), row("e", "basedOn", "")));
        assertEquals(3, precision.correct());
        assertEquals(4, precision.judged());
        assertEquals(0.75, precision.overall());
        assertEquals("""
                all            0.750 (3 of 4)
                basedOn        1.000 (2 of 2)
                broader        0.500 (1 of 2)
                """, RelationSample.report(precision).replace(System.lineSeparator(), "\n"));
    }

    @Test
    void a_written_sample_reads_back(@TempDir Path dir) {
        List<Row> rows = List.of(row("a", "broader", "correct"), row("b\tc", "basedOn", ""));
        Path file = dir.resolve("sample.tsv");
        RelationSample.write(file, rows);
        assertEquals(List.of(rows.get(0), row("b c", "basedOn", "")), RelationSample.read(file));
    }

    @Test
    void an_unknown_verdict_names_the_file_and_line(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("sample.tsv");
        Files.write(file, List.of(String.join("\t", RelationSample.HEADER), "a\tbroader\tb\tp1\tpattern:x\tS.\tmaybe\t"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RelationSample.read(file));
        assertTrue(e.getMessage().endsWith("sample.tsv:2: verdict must be correct or wrong, not 'maybe'"), e.getMessage());
    }

    /** The judged files committed with the code (two samples of 100, every relation of the seeds graph): every row judged. */
    @ParameterizedTest
    @ValueSource(strings = {"relation-judgements-round1.tsv", "relation-judgements.tsv", "relation-judgements-all.tsv"})
    void the_committed_judgements_are_complete(String name) throws URISyntaxException {
        Path file = Path.of(RelationSampleTest.class.getResource("/dev/papergraph/resolve/" + name).toURI());
        List<Row> rows = RelationSample.read(file);
        assertTrue(rows.size() >= 100, name + " has " + rows.size() + " rows");
        assertEquals(rows.size(), RelationSample.score(rows).judged());
        assertTrue(rows.stream().filter(r -> r.verdict().equals("wrong")).noneMatch(r -> r.note().isEmpty()), "every wrong row says why");
    }
}
