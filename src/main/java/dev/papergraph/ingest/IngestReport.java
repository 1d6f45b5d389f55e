package dev.papergraph.ingest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * What one ingest run read and what it skipped, and why. Problems go to the warning sink as one line
 * each ({@code file:line: reason}) as they happen, and stay listed here for the summary.
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

    private final Consumer<String> warnings;
    private final Set<String> paperIds = new HashSet<>();
    private final List<Problem> problems = new ArrayList<>();
    private long records;
    private long duplicates;
    private int inputsRead;

    public IngestReport(Consumer<String> warnings) {
        this.warnings = warnings;
    }

    void inputRead() {
        inputsRead++;
    }

    void paperRead(String id) {
        records++;
        if (!paperIds.add(id)) {
            duplicates++;
        }
    }

    void recordSkipped(SourceRef at, String reason) {
        records++;
        problem(new Problem(at, reason));
    }

    void inputSkipped(String input, String reason) {
        problem(new Problem(new SourceRef(input, 0), reason));
    }

    private void problem(Problem problem) {
        problems.add(problem);
        warnings.accept(problem.toString());
    }

    /** Records found in the inputs, papers and skipped ones alike. */
    public long recordsRead() {
        return records;
    }

    /** Distinct papers (by id). */
    public long papers() {
        return paperIds.size();
    }

    /** Records that were a paper already read, merged into it as one more source. */
    public long duplicatesMerged() {
        return duplicates;
    }

    public int inputsRead() {
        return inputsRead;
    }

    /** Every skipped record and input, in the order met. */
    public List<Problem> problems() {
        return List.copyOf(problems);
    }

    public long skippedRecords() {
        return problems.stream().filter(p -> !p.wholeInput()).count();
    }

    public long skippedInputs() {
        return problems.stream().filter(Problem::wholeInput).count();
    }

    public Outcome outcome() {
        if (paperIds.isEmpty()) {
            return Outcome.NOTHING;
        }
        return problems.isEmpty() ? Outcome.COMPLETE : Outcome.PARTIAL;
    }

    /** One line, e.g. {@code 5 inputs, 412 records: 395 papers (17 duplicates merged), 0 records skipped}. */
    public String summary() {
        String line = String.format(
                "%d %s, %d %s: %d %s (%d %s merged), %d %s skipped",
                inputsRead,
                plural(inputsRead, "input"),
                records,
                plural(records, "record"),
                papers(),
                plural(papers(), "paper"),
                duplicates,
                plural(duplicates, "duplicate"),
                skippedRecords(),
                plural(skippedRecords(), "record"));
        long skippedInputs = skippedInputs();
        return skippedInputs == 0 ? line : line + ", " + skippedInputs + " " + plural(skippedInputs, "input") + " skipped";
    }

    private static String plural(long count, String noun) {
        return count == 1 ? noun : noun + "s";
    }
}
