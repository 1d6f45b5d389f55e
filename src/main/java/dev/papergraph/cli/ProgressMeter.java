package dev.papergraph.cli;

import java.io.PrintStream;
import java.util.Locale;

/**
 * One self-overwriting status line on a terminal: count, rate and, when the total is known, ETA.
 * Silent when quiet or when stderr is not a terminal, so scripts and logs stay clean.
 */
final class ProgressMeter {
    private static final long REDRAW_NANOS = 200_000_000L;

    private final PrintStream out;
    private final boolean enabled;
    private final long started = System.nanoTime();
    private long lastDrawn;
    private boolean drawn;

    ProgressMeter(PrintStream out, boolean quiet) {
        this.out = out;
        this.enabled = !quiet && System.console() != null;
    }

    /** Shows progress of a stage; {@code total} below zero when unknown. */
    synchronized void show(String stage, long done, long total, String unit) {
        long now = System.nanoTime();
        if (!enabled || (now - lastDrawn < REDRAW_NANOS && done != total)) {
            return;
        }
        lastDrawn = now;
        double seconds = Math.max(1e-3, (now - started) / 1e9);
        double rate = done / seconds;
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "\r%s: %,d", stage, done));
        if (total >= 0) {
            line.append(String.format(Locale.ROOT, "/%,d", total));
        }
        line.append(String.format(Locale.ROOT, " %s, %.1f %s/s", unit, rate, unit));
        if (total > 0 && rate > 0 && done < total) {
            line.append(String.format(Locale.ROOT, ", ETA %ds", Math.round((total - done) / rate)));
        }
        out.print(line.append("    "));
        drawn = true;
    }

    /** Ends the status line so that what follows starts on a fresh line. */
    synchronized void finish() {
        if (drawn) {
            out.println();
            drawn = false;
        }
    }
}
