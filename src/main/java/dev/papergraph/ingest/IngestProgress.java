package dev.papergraph.ingest;

import java.time.Duration;
import java.util.OptionalLong;

/**
 * Where a run is, reported after every record and at the end of every input: enough for a progress line
 * with papers/s and, when {@link #totalBytes()} is known, a fraction done and an ETA.
 *
 * @param input the name of the input being read
 * @param inputIndex its 1-based position among {@code inputCount} inputs
 * @param recordsRead records read so far, in all inputs
 * @param papers papers read so far, in all inputs (each reading counts: nothing is merged yet)
 * @param bytesRead bytes read so far, in all inputs, as they are on disk: packed bytes of a gzip or bzip2 file;
 *     an input that was skipped or failed counts whole
 * @param totalBytes the size on disk of all inputs, or -1 when unknown (standard input is among them)
 */
public record IngestProgress(
        String input, int inputIndex, int inputCount, long recordsRead, long papers, long bytesRead, long totalBytes) {

    public boolean totalKnown() {
        return totalBytes >= 0;
    }

    /** Share of the bytes read, between 0 and 1; 0 when the total is unknown. */
    public double fractionDone() {
        if (!totalKnown()) {
            return 0;
        }
        return totalBytes == 0 ? 1 : Math.min(1.0, (double) bytesRead / totalBytes);
    }

    public double papersPerSecond(Duration elapsed) {
        return papers / seconds(elapsed);
    }

    public double bytesPerSecond(Duration elapsed) {
        return bytesRead / seconds(elapsed);
    }

    /** Seconds left at the byte rate so far; empty when the total is unknown or no byte is read yet. */
    public OptionalLong secondsLeft(Duration elapsed) {
        if (!totalKnown() || bytesRead == 0) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(Math.round(Math.max(0, totalBytes - bytesRead) / bytesPerSecond(elapsed)));
    }

    private static double seconds(Duration elapsed) {
        return Math.max(1e-3, elapsed.toNanos() / 1e9);
    }
}
