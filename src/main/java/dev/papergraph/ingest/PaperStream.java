package dev.papergraph.ingest;

import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Queue;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The papers of a {@link PaperCollector}'s inputs, read one line at a time as they are asked for: each
 * paper as its record was read, with that one source, in input order, not merged. At most one input is
 * open and at most one line and one record are held, so memory stays bounded whatever the size of the
 * inputs. Close it to close the open input, also when stopping early.
 *
 * <pre>{@code
 * try (PaperStream papers = collector.open()) {
 *     for (List<Paper> batch = papers.nextBatch(1_000); !batch.isEmpty(); batch = papers.nextBatch(1_000)) {
 *         store(batch);
 *     }
 *     System.err.println(papers.report().summary());
 * }
 * }</pre>
 *
 * Bad records and inputs are reported as they are met (see {@link PaperCollector.Builder#warnings}) and
 * counted in {@link #report()}; reading goes on past them. One consumer at a time: it is not thread-safe.
 */
public final class PaperStream implements Iterator<Paper>, AutoCloseable {
    private static final int BUFFER_BYTES = 1 << 16;

    private final List<Input> inputs;
    private final InputFormat forcedFormat;
    private final int maxAbstractChars;
    private final Consumer<IngestProgress> progress;
    private final IngestReport report;
    private final long totalBytes;
    private final Queue<Paper> ready = new ArrayDeque<>();
    private final PaperSink sink = new PaperSink() {
        @Override
        public void paper(Paper paper) {
            report.paperRead();
            ready.add(paper);
            tick();
        }

        @Override
        public void skip(SourceRef at, String reason) {
            report.recordSkipped(at, reason);
            tick();
        }
    };
    private int opened;
    private OpenInput current;
    private long bytesOfDoneInputs;
    private boolean closed;

    PaperStream(
            List<Input> inputs,
            InputFormat forcedFormat,
            int maxAbstractChars,
            Consumer<IngestProgress> progress,
            IngestReport report) {
        this.inputs = List.copyOf(inputs);
        this.forcedFormat = forcedFormat;
        this.maxAbstractChars = maxAbstractChars;
        this.progress = progress;
        this.report = report;
        this.totalBytes = inputs.stream().anyMatch(i -> i.size() < 0) ? -1 : inputs.stream().mapToLong(Input::size).sum();
    }

    /** What was read and skipped so far; complete once {@link #hasNext()} has returned false. */
    public IngestReport report() {
        return report;
    }

    @Override
    public boolean hasNext() {
        while (ready.isEmpty() && !closed) {
            if (current == null && !openNextInput()) {
                close();
            } else {
                readLine();
            }
        }
        return !ready.isEmpty();
    }

    @Override
    public Paper next() {
        if (!hasNext()) {
            throw new NoSuchElementException("no more papers");
        }
        return ready.remove();
    }

    /** Up to {@code max} next papers; an empty list once every input is read. */
    public List<Paper> nextBatch(int max) {
        if (max < 1) {
            throw new IllegalArgumentException("a batch holds at least one paper: " + max);
        }
        List<Paper> batch = new ArrayList<>(Math.min(max, 1 << 12));
        while (batch.size() < max && hasNext()) {
            batch.add(next());
        }
        return batch;
    }

    /** The remaining papers as a sequential stream; closing the stream closes this. */
    public Stream<Paper> stream() {
        return StreamSupport.stream(
                        Spliterators.spliteratorUnknownSize(this, Spliterator.ORDERED | Spliterator.NONNULL), false)
                .onClose(this::close);
    }

    /** Closes the open input; no more papers are read. */
    @Override
    public void close() {
        closed = true;
        if (current != null) {
            closeQuietly(current.unpacked());
            current = null;
        }
    }

    private boolean openNextInput() {
        while (opened < inputs.size()) {
            Input input = inputs.get(opened++);
            current = open(input);
            if (current != null) {
                return true;
            }
            inputDone(input, 0);
        }
        return false;
    }

    /** Opens an input, unpacked and with its format detected; null when it is skipped (reported). */
    private OpenInput open(Input input) {
        ByteCount onDisk = null;
        Compression compression = Compression.NONE;
        try {
            onDisk = new ByteCount(input.opener().open());
            BufferedInputStream packed = new BufferedInputStream(onDisk, BUFFER_BYTES);
            compression = Compression.detect(peek(packed));
            BufferedInputStream text = compression == Compression.NONE
                    ? packed
                    : new BufferedInputStream(compression.unpack(packed), BUFFER_BYTES);
            byte[] head = peek(text);
            if (containsNul(head)) {
                closeQuietly(text);
                report.inputSkipped(input.shown(), "binary file (NUL bytes in its first bytes), skipped");
                return null;
            }
            InputFormat format = forcedFormat != null ? forcedFormat : InputFormat.detect(head);
            report.inputRead();
            return new OpenInput(input, onDisk, text, compression, format,
                    new SourceLines(input.name(), text, maxLineBytes()), format.newReader(maxAbstractChars),
                    report.recordsRead());
        } catch (IOException e) {
            closeQuietly(onDisk);
            report.inputSkipped(input.shown(), "read failed: " + describe(e, compression));
            return null;
        }
    }

    /** The first bytes of {@code in}, left unread. */
    private static byte[] peek(BufferedInputStream in) throws IOException {
        in.mark(InputFormat.HEAD_BYTES);
        byte[] head = in.readNBytes(InputFormat.HEAD_BYTES);
        in.reset();
        return head;
    }

    /** Long lines are not kept whole: room for an abstract at the limit, four bytes a character, and its fields. */
    private int maxLineBytes() {
        return (int) Math.min(Integer.MAX_VALUE - 16, 4L * maxAbstractChars + (1 << 20));
    }

    /** Feeds the open input's next line to its reader, or ends the input. */
    private void readLine() {
        OpenInput input = current;
        try {
            SourceLines.Line line = input.lines().next();
            if (line != null) {
                input.reader().readLine(line, input.lines().at(line.number()), sink);
                return;
            }
            input.reader().endOfInput(sink);
            if (report.recordsRead() == input.recordsBefore()) {
                report.inputSkipped(input.source().shown(), "no papers found (read as " + input.format().cliName() + ")");
            }
        } catch (IOException e) {
            // the lines read so far stay read; a record still open is handed on as it stands
            input.reader().endOfInput(sink);
            report.inputSkipped(input.source().shown(), "read failed after line " + input.lines().lineNumber() + ": "
                    + describe(e, input.compression()));
        }
        closeQuietly(input.unpacked());
        current = null;
        inputDone(input.source(), input.onDisk().count());
    }

    /**
     * An input is done with: read to its end, failed or skipped. For progress its whole size counts as
     * done, so that the share done reaches 1 even when an input could not be read to its end.
     */
    private void inputDone(Input input, long bytesRead) {
        report.inputBytes(bytesRead);
        bytesOfDoneInputs += Math.max(bytesRead, input.size());
        tick(input.name());
    }

    private static String describe(IOException e, Compression compression) {
        if (compression == Compression.NONE) {
            return PaperCollector.describe(e);
        }
        if (e instanceof EOFException) {
            return compression.displayName() + " data ends early (truncated file?)";
        }
        return compression.displayName() + " data: " + PaperCollector.describe(e);
    }

    private void tick() {
        tick(current.source().name());
    }

    private void tick(String input) {
        if (progress == null) {
            return;
        }
        long bytes = bytesOfDoneInputs + (current == null ? 0 : current.onDisk().count());
        progress.accept(new IngestProgress(
                input, opened, inputs.size(), report.recordsRead(), report.papers(), bytes, totalBytes));
    }

    private static boolean containsNul(byte[] head) {
        for (byte b : head) {
            if (b == 0) {
                return true;
            }
        }
        return false;
    }

    private static void closeQuietly(InputStream in) {
        if (in == null) {
            return;
        }
        try {
            in.close();
        } catch (IOException e) {
            // nothing was written, so a failed close loses nothing
        }
    }

    /** The input being read, with what reading it needs; closing {@code unpacked} closes the file too. */
    private record OpenInput(
            Input source,
            ByteCount onDisk,
            InputStream unpacked,
            Compression compression,
            InputFormat format,
            SourceLines lines,
            PaperReader reader,
            long recordsBefore) {}

    /** Counts the bytes taken from the file itself, below any unpacking, for progress against its size on disk. */
    private static final class ByteCount extends FilterInputStream {
        private long count;

        ByteCount(InputStream in) {
            super(in);
        }

        long count() {
            return count;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int read = super.read(buffer, offset, length);
            if (read > 0) {
                count += read;
            }
            return read;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count += skipped;
            return skipped;
        }
    }
}
