package dev.papergraph.ingest;

/**
 * Where a run is, reported after every record: enough for a progress line with papers/s and, when
 * {@link #totalBytes()} is known, a fraction done and an ETA.
 *
 * @param input the name of the input being read
 * @param inputIndex its 1-based position among {@code inputCount} inputs
 * @param recordsRead records read so far, in all inputs
 * @param bytesRead bytes read so far, in all inputs
 * @param totalBytes the size of all inputs, or -1 when unknown (standard input)
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
}
