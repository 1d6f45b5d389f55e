package dev.papergraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ServeQueryTest {
    @Test
    void every_rq_file_has_a_constant_and_every_constant_parses() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/dev/papergraph/serve"))) {
            assertEquals(
                    files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".rq")).sorted().toList(),
                    Arrays.stream(ServeQuery.values()).map(ServeQuery::fileName).sorted().toList());
        }
        for (ServeQuery query : ServeQuery.values()) {
            query.query(); // parsed when the enum loads; a syntax error fails this test
        }
    }
}
