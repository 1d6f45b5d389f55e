package dev.papergraph.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ExportFormatTest {

    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void every_format_is_found_by_its_cli_name_in_any_case(ExportFormat format) {
        assertEquals(format, ExportFormat.fromCliName(format.cliName().toUpperCase()));
        assertEquals(format.isRdf(), format.rdfLang().isPresent());
    }

    @Test
    void cli_names_and_extensions_are_unique() {
        assertEquals(ExportFormat.values().length,
                Arrays.stream(ExportFormat.values()).map(ExportFormat::cliName).collect(Collectors.toSet()).size());
        assertEquals(ExportFormat.values().length,
                Arrays.stream(ExportFormat.values()).map(ExportFormat::extension).collect(Collectors.toSet()).size());
    }

    @Test
    void an_unknown_name_lists_the_known_ones() {
        IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> ExportFormat.fromCliName("xlsx"));
        assertTrue(e.getMessage().contains("'xlsx'") && e.getMessage().contains("graphml"), e.getMessage());
    }

    @Test
    void csv_writes_name_nodes_and_name_edges_next_to_the_named_file() {
        Path out = Path.of("out", "seeds.csv");
        assertEquals(Path.of("out", "seeds-nodes.csv"), ExportFormat.CSV.pathFor(out, "nodes"));
        assertEquals(Path.of("out", "seeds-edges.csv"), ExportFormat.CSV.pathFor(out, "edges"));
        assertEquals(out, ExportFormat.GEXF.pathFor(out, ExportFormat.SINGLE_PART));
    }

    @Test
    void only_nq_and_trig_keep_named_graphs() {
        assertEquals(Set.of(ExportFormat.NQ, ExportFormat.TRIG), Arrays.stream(ExportFormat.values())
                .filter(ExportFormat::keepsNamedGraphs).collect(Collectors.toSet()));
    }

    @Test
    void filters_reject_nonsense_with_a_message() {
        assertThrows(IllegalArgumentException.class, () -> ExportFilter.parseTypes("method,paper"));
        assertThrows(IllegalArgumentException.class, () -> ExportFilter.NONE.withMinConfidence(1.5));
        assertThrows(IllegalArgumentException.class, () -> ExportFilter.NONE.withMinSupport(-1));
        assertThrows(IllegalArgumentException.class, () -> GraphView.fromCliName("papers"));
    }
}
