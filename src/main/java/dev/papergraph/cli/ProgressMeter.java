package dev.papergraph.cli;

import dev.papergraph.ingest.IngestProgress;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * One self-overwriting status line on a terminal: count, rate and, when the total is known, ETA. Redrawn
 * at most five times a second however often it is called, so a reader may report every record. Silent
 * when quiet or when stderr is not a terminal, so scripts and logs stay clean.
 */
final class ProgressMeter {
    private static final long REDRAW_NANOS = 200_000_000L;
    static final double MIB = 1024.0 * 1024.0;

    private final PrintStream out;
    private final boolean enabled;
    private final LongSupplier clock;
    private final long started;
    private long lastDrawn;
    private boolean drawn;
    private int lastLength;

    ProgressMeter(PrintStream out, boolean quiet) {
        this(out, !quiet && System.console() != null, System::nanoTime);
    }

    /** A meter on any stream with its own clock in nanoseconds; for tests. */
    ProgressMeter(PrintStream out, boolean enabled, LongSupplier clock) {
        this.out = out;
        this.enabled = enabled;
        this.clock = clock;
        this.started = clock.getAsLong();
        this.lastDrawn = started - REDRAW_NANOS;
    }

    /** Shows progress of a stage; {@code total} below zero when unknown. */
    synchronized void show(String stage, long done, long total, String unit) {
        long now = clock.getAsLong();
        if (!due(now, done == total)) {
            return;
        }
        double rate = done / seconds(now);
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%s: %,d", stage, done));
        if (total >= 0) {
            line.append(String.format(Locale.ROOT, "/%,d", total));
        }
        line.append(String.format(Locale.ROOT, " %s, %.1f %s/s", unit, rate, unit));
        if (total > 0 && rate > 0 && done < total) {
            line.append(", ETA ").append(duration(Math.round((total - done) / rate)));
        }
        draw(line);
    }

    /**
     * Shows how far reading the inputs is: bytes as on disk (packed bytes of a compressed file), MiB/s,
     * papers and papers/s, and, when the size of every input is known, the share done and an ETA.
     */
    synchronized void showReading(IngestProgress progress) {
        long now = clock.getAsLong();
        boolean complete = progress.totalKnown() && progress.fractionDone() >= 1;
        if (!due(now, complete)) {
            return;
        }
        Duration elapsed = Duration.ofNanos(now - started);
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "reading: %,.1f", progress.bytesRead() / MIB));
        if (progress.totalKnown()) {
            line.append(String.format(Locale.ROOT, "/%,.1f MiB (%.0f%%)", progress.totalBytes() / MIB, 100 * progress.fractionDone()));
        } else {
            line.append(" MiB");
        }
        line.append(String.format(Locale.ROOT, ", %,.1f MiB/s, %,d papers, %,.0f papers/s",
                progress.bytesPerSecond(elapsed) / MIB, progress.papers(), progress.papersPerSecond(elapsed)));
        if (!complete) {
            progress.secondsLeft(elapsed).ifPresent(seconds -> line.append(", ETA ").append(duration(seconds)));
        }
        draw(line);
    }

    /**
     * Shows how far an ingest is: input bytes read, papers read and extracted, papers/s, and an ETA
     * from the share of the input whose papers have been extracted.
     */
    synchronized void showIngest(IngestProgress read, long extracted) {
        long now = clock.getAsLong();
        if (!due(now, false)) {
            return;
        }
        double seconds = seconds(now);
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "ingesting: %,.1f", read.bytesRead() / MIB));
        line.append(read.totalKnown()
                ? String.format(Locale.ROOT, "/%,.1f MiB (%.0f%%)", read.totalBytes() / MIB, 100 * read.fractionDone())
                : " MiB");
        line.append(String.format(Locale.ROOT, ", %,d papers read, %,d extracted, %,.1f papers/s",
                read.papers(), extracted, extracted / seconds));
        if (read.totalKnown() && read.papers() > 0 && extracted > 0) {
            double done = read.fractionDone() * Math.min(1.0, extracted / (double) read.papers());
            if (done > 0 && done < 1) {
                line.append(", ETA ").append(duration(Math.round(seconds * (1 - done) / done)));
            }
        }
        draw(line);
    }

    /** Ends the status line so that what follows starts on a fresh line. */
    synchronized void finish() {
        if (drawn) {
            out.println();
            drawn = false;
            lastLength = 0;
        }
    }

    /** True when a line should be drawn now: enabled, and the last one is old enough or this one is the last. */
    private boolean due(long now, boolean last) {
        if (!enabled || (now - lastDrawn < REDRAW_NANOS && !last)) {
            return false;
        }
        lastDrawn = now;
        return true;
    }

    private double seconds(long now) {
        return Math.max(1e-3, (now - started) / 1e9);
    }

    private void draw(StringBuilder line) {
        int length = line.length();
        // spaces wipe what a longer earlier line left behind
        line.append(" ".repeat(Math.max(0, lastLength - length)));
        out.print("\r" + line);
        lastLength = length;
        drawn = true;
    }

    /** 42s, 3m07s or 1h02m. */
    static String duration(long seconds) {
        if (seconds < 60) {
            return seconds + "s";
        }
        if (seconds < 3600) {
            return String.format(Locale.ROOT, "%dm%02ds", seconds / 60, seconds % 60);
        }
        return String.format(Locale.ROOT, "%dh%02dm", seconds / 3600, seconds % 3600 / 60);
    }
}
