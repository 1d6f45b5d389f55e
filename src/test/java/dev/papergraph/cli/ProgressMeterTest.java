package dev.papergraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.papergraph.ingest.IngestProgress;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ProgressMeterTest {
    private static final long MIB = 1 << 20;
    private static final long MILLI = 1_000_000;

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final AtomicLong clock = new AtomicLong();

    @Test
    void the_reading_line_shows_bytes_rates_and_eta() {
        ProgressMeter meter = meter(true);
        clock.set(2_000 * MILLI);
        meter.showReading(new IngestProgress("a.jsonl.gz", 1, 1, 5_000, 4_000, 20 * MIB, 100 * MIB));
        assertEquals("\rreading: 20.0/100.0 MiB (20%), 10.0 MiB/s, 4,000 papers, 2,000 papers/s, ETA 8s", text());
    }

    @Test
    void without_a_known_total_there_is_no_eta() {
        ProgressMeter meter = meter(true);
        clock.set(1_000 * MILLI);
        meter.showReading(new IngestProgress("-", 1, 1, 10, 10, MIB, -1));
        assertEquals("\rreading: 1.0 MiB, 1.0 MiB/s, 10 papers, 10 papers/s", text());
    }

    @Test
    void a_shorter_line_wipes_the_longer_one_before_it() {
        ProgressMeter meter = meter(true);
        clock.set(1_000 * MILLI);
        meter.show("extracting", 5, 10, "papers");
        String first = text();
        clock.set(2_000 * MILLI);
        meter.show("extracting", 10, 10, "papers");
        String second = text().substring(first.length());
        assertEquals("\rextracting: 5/10 papers, 5.0 papers/s, ETA 1s", first);
        assertEquals("\rextracting: 10/10 papers, 5.0 papers/s       ", second);
        assertEquals(first.length(), second.length());
    }

    @Test
    void calls_in_quick_succession_draw_at_most_five_lines_a_second_and_the_last_one_always() {
        ProgressMeter meter = meter(true);
        for (int record = 1; record <= 10_000; record++) {
            clock.set(record * MILLI / 10); // 10,000 records a second for one second
            meter.showReading(new IngestProgress("a", 1, 1, record, record, record, 10_000));
        }
        assertEquals(6, text().split("\r", -1).length - 1, text()); // at 0.0001 s, then every 0.2 s, then the last
        meter.finish();
        assertEquals('\n', text().charAt(text().length() - 1));
    }

    @Test
    void a_meter_that_is_off_prints_nothing() {
        ProgressMeter meter = meter(false);
        meter.showReading(new IngestProgress("a", 1, 1, 1, 1, 1, 1));
        meter.show("extracting", 1, 1, "papers");
        meter.finish();
        assertEquals("", text());
    }

    @Test
    void durations_read_as_seconds_minutes_or_hours() {
        assertEquals("42s", ProgressMeter.duration(42));
        assertEquals("3m07s", ProgressMeter.duration(187));
        assertEquals("1h02m", ProgressMeter.duration(3_720));
    }

    private ProgressMeter meter(boolean enabled) {
        return new ProgressMeter(new PrintStream(printed, true, StandardCharsets.UTF_8), enabled, clock::get);
    }

    private String text() {
        return printed.toString(StandardCharsets.UTF_8);
    }
}
