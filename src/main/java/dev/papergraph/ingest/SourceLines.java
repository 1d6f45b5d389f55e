package dev.papergraph.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The lines of one input, each decoded as strict UTF-8 on its own, so that a bad byte costs one line and
 * not the rest of the file. A line that cannot be decoded, holds a NUL byte, or is longer than the byte
 * limit comes back with a {@link Line#problem()} instead of text. Line ends are LF or CRLF; a UTF-8
 * byte-order mark at the start is dropped.
 */
public final class SourceLines {
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    /** One line: its 1-based number and either its text or why it has none. */
    public record Line(long number, String text, String problem) {
        public boolean ok() {
            return problem == null;
        }
    }

    private final String name;
    private final InputStream in;
    private final int maxLineBytes;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final byte[] buffer = new byte[1 << 16];
    private int position;
    private int limit;
    private byte[] line = new byte[1024];
    /** Reused for every line: a new one per line, zeroed each time, was a hot spot of reading. */
    private CharBuffer chars = CharBuffer.allocate(1024);
    private int lineLength;
    private long lineNumber;
    private long bytesRead;

    /**
     * @param name the input's name as it appears in {@link SourceRef#file()}
     * @param maxLineBytes longer lines are not kept in memory; they come back with a problem
     */
    public SourceLines(String name, InputStream in, int maxLineBytes) {
        this.name = name;
        this.in = in;
        this.maxLineBytes = maxLineBytes;
    }

    public String name() {
        return name;
    }

    /** Bytes consumed so far, for progress against a known file size. */
    public long bytesRead() {
        return bytesRead;
    }

    /** The number of the last line returned, 0 before the first. */
    public long lineNumber() {
        return lineNumber;
    }

    public SourceRef at(long line) {
        return new SourceRef(name, line);
    }

    /** The next line, or null at the end of the input. */
    public Line next() throws IOException {
        lineLength = 0;
        boolean tooLong = false;
        boolean sawAny = false;
        while (true) {
            if (position == limit && !fill()) {
                break;
            }
            sawAny = true;
            int newline = indexOfNewline();
            int end = newline < 0 ? limit : newline;
            int count = end - position;
            if (!tooLong && lineLength + count > maxLineBytes) {
                tooLong = true;
            }
            if (!tooLong) {
                append(position, count);
            }
            bytesRead += count + (newline < 0 ? 0 : 1);
            position = newline < 0 ? limit : newline + 1;
            if (newline >= 0) {
                break;
            }
        }
        if (!sawAny) {
            return null;
        }
        lineNumber++;
        if (tooLong) {
            return new Line(lineNumber, null, "line longer than " + maxLineBytes + " bytes");
        }
        return decode();
    }

    private boolean fill() throws IOException {
        int read = in.read(buffer);
        if (read <= 0) {
            return false;
        }
        position = 0;
        limit = read;
        return true;
    }

    private int indexOfNewline() {
        for (int i = position; i < limit; i++) {
            if (buffer[i] == '\n') {
                return i;
            }
        }
        return -1;
    }

    private void append(int from, int count) {
        if (lineLength + count > line.length) {
            line = Arrays.copyOf(line, Math.max(line.length * 2, lineLength + count));
        }
        System.arraycopy(buffer, from, line, lineLength, count);
        lineLength += count;
    }

    private Line decode() {
        int start = lineNumber == 1 && startsWithBom() ? BOM.length : 0;
        int end = lineLength > start && line[lineLength - 1] == '\r' ? lineLength - 1 : lineLength;
        for (int i = start; i < end; i++) {
            if (line[i] == 0) {
                return new Line(lineNumber, null, "NUL byte at column " + (i - start + 1) + " (binary data?)");
            }
        }
        ByteBuffer bytes = ByteBuffer.wrap(line, start, end - start);
        if (chars.capacity() < end - start) {
            chars = CharBuffer.allocate(Math.max(end - start, 2 * chars.capacity()));
        }
        chars.clear();
        decoder.reset();
        CoderResult result = decoder.decode(bytes, chars, true);
        if (!result.isError()) {
            result = decoder.flush(chars);
        }
        if (result.isError()) {
            int bad = bytes.position();
            return new Line(
                    lineNumber,
                    null,
                    String.format("not valid UTF-8 (byte 0x%02X at byte %d of the line)", line[bad] & 0xFF, bad - start + 1));
        }
        return new Line(lineNumber, chars.flip().toString(), null);
    }

    private boolean startsWithBom() {
        return lineLength >= BOM.length && line[0] == BOM[0] && line[1] == BOM[1] && line[2] == BOM[2];
    }
}
