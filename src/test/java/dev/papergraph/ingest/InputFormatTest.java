package dev.papergraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class InputFormatTest {

    @ParameterizedTest
    @EnumSource(InputFormat.class)
    void every_format_is_found_by_its_cli_name(InputFormat format) {
        assertEquals(Optional.of(format), InputFormat.fromCliName(format.cliName()));
    }

    @Test
    void cli_names_are_listed_for_usage_and_unknown_names_are_empty() {
        assertEquals("abstracts, listing, jsonl", InputFormat.cliNames());
        assertEquals(Optional.empty(), InputFormat.fromCliName("csv"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            '\\n\\n  {"abstract": "x"}'                      | JSONL
            '\\uFEFFAbstract:Text'                            | ABSTRACT_LINES
            '\\n   Abstract: indented'                        | ABSTRACT_LINES
            'Get trending papers in your email inbox!\\nAbstract:x' | LISTING_PAGE
            'A Title\\nAn abstract.'                          | LISTING_PAGE
            ''                                                | LISTING_PAGE
            """)
    void the_first_non_blank_line_decides(String head, InputFormat expected) {
        String text = head.replace("\\n", "\n").replace("\\uFEFF", "\uFEFF");
        assertEquals(expected, InputFormat.detect(text.getBytes(StandardCharsets.UTF_8)));
    }
}
