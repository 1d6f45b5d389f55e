package dev.papergraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.OptionalLong;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class IngestProgressTest {
    private static final long MB = 1_000_000;

    @Test
    void rates_are_per_second_of_the_time_elapsed() {
        IngestProgress progress = new IngestProgress("a.jsonl.gz", 1, 1, 5_000, 4_000, 20 * MB, 100 * MB);
        assertEquals(2_000, progress.papersPerSecond(Duration.ofSeconds(2)));
        assertEquals(10 * MB, progress.bytesPerSecond(Duration.ofSeconds(2)));
        assertEquals(0.2, progress.fractionDone());
    }

    @Test
    void the_eta_is_the_bytes_left_at_the_byte_rate_so_far() {
        IngestProgress progress = new IngestProgress("a.jsonl.gz", 1, 1, 5_000, 4_000, 20 * MB, 100 * MB);
        assertEquals(OptionalLong.of(8), progress.secondsLeft(Duration.ofSeconds(2)));
    }

    @Test
    void there_is_no_eta_without_a_total_or_before_the_first_byte() {
        assertEquals(OptionalLong.empty(), new IngestProgress("-", 1, 1, 10, 10, MB, -1).secondsLeft(Duration.ofSeconds(1)));
        assertEquals(OptionalLong.empty(), new IngestProgress("a", 1, 1, 0, 0, 0, MB).secondsLeft(Duration.ofSeconds(1)));
    }
}
