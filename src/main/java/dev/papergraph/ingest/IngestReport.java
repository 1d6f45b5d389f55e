package dev.papergraph.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * What one ingest run read and what it skipped, and why. Problems go to the warning sink as one line
 * each ({@code file:line: reason}) as they happen; the first {@value #PROBLEMS_KEPT} stay listed here.
 * The report holds counts, not papers or ids, so it stays small whatever the size of the inputs.
 */
public final class IngestReport {
    /** How a run went, for a command's exit code. */
    public enum Outcome {
        /** every input and record was read */
        COMPLETE,
        /** papers were read, and something was skipped */
        PARTIAL,
        /** not one paper could be read */
        NOTHING
    }

    /**
     * A skipped record or input. {@code at.line()} is 0 when the whole input was skipped (a missing path,
     * a binary file), and the line is then left out of {@link #toString()}.
     */
    public record Problem(SourceRef at, String reason) {
        public boolean wholeInput() {
            return at.line() == 0;
        }

        @Override
        public String toString() {
            return (wholeInput() ? at.file() : at.toString()) + ": " + reason;
        }
    }

    /** Problems beyond this many are counted and passed to the warning sink, but not kept. */
    public static final int PROBLEMS_KEPT = 1_000;

    private final Consumer<String> warnings;
    private final List<Problem> problems = new ArrayList<>();
    private long records;
    private long papersRead;
    private long duplicates;
    private boolean merged;
    private long skippedRecords;
    private long skippedInputs;
    private int inputsRead;
    private long bytesRead;

    public IngestReport(Consumer<String> warnings) {
        this.warnings = warnings;
    }

    void inputRead() {
        inputsRead++;
    }

    /** An input was read to its end or to where it failed, this many bytes of it as on disk. */
    void inputBytes(long bytes) {
        bytesRead += bytes;
    }

    void paperRead() {
        records++;
        papersRead++;
    }

    void recordSkipped(SourceRef at, String reason) {
        records++;
        skippedRecords++;
        problem(new Problem(at, reason));
    }

    void inputSkipped(String input, String reason) {
        skippedInputs++;
        problem(new Problem(new SourceRef(input, 0), reason));
    }

    /** The papers read were merged by id, and this many readings were folded into an earlier one. */
    void merged(long duplicatesMerged) {
        this.merged = true;
        this.duplicates = duplicatesMerged;
    }

    private void problem(Problem problem) {
        if (problems.size() < PROBLEMS_KEPT) {
            problems.add(problem);
        }
        warnings.accept(problem.toString());
    }

    /** Records found in the inputs, papers and skipped ones alike. */
    public long recordsRead() {
        return records;
    }

    /**
     * Papers read: distinct papers (by id) when the run merged them ({@link PaperCollector#collect()}),
     * every reading when it streamed them ({@link PaperCollector#open()}).
     */
    public long papers() {
        return papersRead - duplicates;
    }

    /** Records that were a paper already read, merged into it as one more source; 0 when not merged. */
    public long duplicatesMerged() {
        return duplicates;
    }

    public int inputsRead() {
        return inputsRead;
    }

    /** Bytes read from the inputs as they are on disk: packed bytes of a gzip or bzip2 input. */
    public long bytesRead() {
        return bytesRead;
    }

    /** The first {@value #PROBLEMS_KEPT} skipped records and inputs, in the order met. */
    public List<Problem> problems() {
        return List.copyOf(problems);
    }

    public long skippedRecords() {
        return skippedRecords;
    }

    public long skippedInputs() {
        return skippedInputs;
    }

    public Outcome outcome() {
        if (papersRead == 0) {
            return Outcome.NOTHING;
        }
        return skippedRecords + skippedInputs == 0 ? Outcome.COMPLETE : Outcome.PARTIAL;
    }

    /**
     * One line, e.g. {@code 5 inputs, 412 records: 395 papers (17 duplicates merged), 0 records skipped};
     * the part in brackets only when papers were merged.
     */
    public String summary() {
        String line = String.format(
                "%d %s, %d %s: %d %s%s, %d %s skipped",
                inputsRead,
                plural(inputsRead, "input"),
                records,
                plural(records, "record"),
                papers(),
                plural(papers(), "paper"),
                merged ? " (" + duplicates + " " + plural(duplicates, "duplicate") + " merged)" : "",
                skippedRecords,
                plural(skippedRecords, "record"));
        return skippedInputs == 0 ? line : line + ", " + skippedInputs + " " + plural(skippedInputs, "input") + " skipped";
    }

    private static String plural(long count, String noun) {
        return count == 1 ? noun : noun + "s";
    }
}
