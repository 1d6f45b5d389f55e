package dev.papergraph.export;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.PriorityQueue;
import org.apache.jena.atlas.io.IndentedLineBuffer;
import org.apache.jena.atlas.lib.CharSpace;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.out.NodeFormatter;
import org.apache.jena.riot.out.NodeFormatterNT;
import org.apache.jena.riot.process.normalize.CanonicalizeLiteral;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;

/**
 * Canonical, sorted N-Quads (or N-Triples, when given triples): a form two stores can be diffed in.
 *
 * <ol>
 *   <li>Every literal is rewritten to the canonical lexical form of its datatype, as Jena's
 *       {@link CanonicalizeLiteral} does ({@code "007"^^xsd:integer} becomes {@code "7"},
 *       {@code "0.50"^^xsd:decimal} becomes {@code "0.5"}, {@code "1"^^xsd:boolean} becomes
 *       {@code "true"}, language tags are lower-cased); a plain string stays as it is.
 *   <li>Each statement is one line: terms separated by one space, {@code " ."} at the end, IRIs in
 *       angle brackets unescaped, strings in UTF-8 with only {@code \\}, {@code \"}, {@code \n},
 *       {@code \r} (and tab, as Jena writes it) escaped, {@code ^^<datatype>} omitted for xsd:string;
 *       a statement of the default graph has no fourth term.
 *   <li>Lines are sorted by their UTF-8 bytes (what {@code LC_ALL=C sort} does) and duplicates dropped.
 * </ol>
 *
 * A blank node has no stable label, so it is refused: papergraph's graphs have none.
 *
 * <p>The sort is an external merge sort, so memory stays bounded whatever the store's size: lines are
 * kept until they fill {@code runBytes}, then sorted and written to a temporary file (a run);
 * {@link #writeTo} merges the runs. A line has no raw newline (it is escaped), so a run is one line per
 * line. Close the object to delete the runs.
 */
final class CanonicalNQuads extends StreamRDFBase implements AutoCloseable {
    private static final NodeFormatter FORMATTER = new NodeFormatterNT(CharSpace.UTF8);
    /** 64 MiB of line bytes per run: about 300,000 statements. */
    private static final long RUN_BYTES = 64L << 20;

    private final long runBytes;
    private final List<byte[]> lines = new ArrayList<>();
    private long bufferedBytes;
    private final List<Path> runs = new ArrayList<>();

    CanonicalNQuads() {
        this(RUN_BYTES);
    }

    /** With another run size: tests make it small to exercise the merge. */
    CanonicalNQuads(long runBytes) {
        this.runBytes = runBytes;
    }

    @Override
    public void triple(Triple t) {
        add(t.getSubject(), t.getPredicate(), t.getObject(), null);
    }

    @Override
    public void quad(Quad q) {
        add(q.getSubject(), q.getPredicate(), q.getObject(), q.isDefaultGraph() ? null : q.getGraph());
    }

    private void add(Node s, Node p, Node o, Node g) {
        IndentedLineBuffer line = new IndentedLineBuffer();
        for (Node n : g == null ? new Node[] {s, p, o} : new Node[] {s, p, o, g}) {
            if (n.isBlank()) {
                throw new IllegalStateException(
                        "canonical N-Quads needs a graph without blank nodes; found one in " + s + " " + p + " " + o);
            }
            FORMATTER.format(line, n.isLiteral() ? CanonicalizeLiteral.get().apply(n) : n);
            line.print(' ');
        }
        line.print(".\n");
        byte[] bytes = line.asString().getBytes(StandardCharsets.UTF_8);
        lines.add(bytes);
        bufferedBytes += bytes.length;
        if (bufferedBytes >= runBytes) {
            spill();
        }
    }

    /** Sorts the buffered lines into a new run file. */
    private void spill() {
        lines.sort(Arrays::compareUnsigned);
        try {
            Path run = Files.createTempFile("papergraph-canonical-", ".nq");
            runs.add(run);
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(run), 1 << 16)) {
                for (byte[] line : lines) {
                    out.write(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        lines.clear();
        bufferedBytes = 0;
    }

    /** Sorts, drops duplicates, writes; returns the number of lines written. */
    long writeTo(OutputStream out) {
        if (!runs.isEmpty() && !lines.isEmpty()) {
            spill();
        }
        lines.sort(Arrays::compareUnsigned);
        List<Iterator<byte[]>> sources = new ArrayList<>();
        sources.add(lines.iterator());
        long written = 0;
        try {
            for (Path run : runs) {
                sources.add(new RunReader(new BufferedInputStream(Files.newInputStream(run), 1 << 16)));
            }
            PriorityQueue<Head> heads = new PriorityQueue<>();
            for (Iterator<byte[]> source : sources) {
                Head.next(source).ifPresent(heads::add);
            }
            byte[] previous = null;
            while (!heads.isEmpty()) {
                Head head = heads.poll();
                if (previous == null || !Arrays.equals(previous, head.line)) {
                    out.write(head.line);
                    written++;
                }
                previous = head.line;
                Head.next(head.source).ifPresent(heads::add);
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            sources.stream().filter(RunReader.class::isInstance).forEach(r -> ((RunReader) r).close());
        }
        return written;
    }

    /** Deletes the run files. */
    @Override
    public void close() {
        for (Path run : runs) {
            try {
                Files.deleteIfExists(run);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        runs.clear();
    }

    /** The smallest unwritten line of one sorted source. */
    private record Head(byte[] line, Iterator<byte[]> source) implements Comparable<Head> {
        static java.util.Optional<Head> next(Iterator<byte[]> source) {
            return source.hasNext() ? java.util.Optional.of(new Head(source.next(), source)) : java.util.Optional.empty();
        }

        @Override
        public int compareTo(Head other) {
            return Arrays.compareUnsigned(line, other.line);
        }
    }

    /** The lines of one run file, newline included. */
    private static final class RunReader implements Iterator<byte[]> {
        private final InputStream in;
        private byte[] next;

        RunReader(InputStream in) throws IOException {
            this.in = in;
            advance();
        }

        private void advance() throws IOException {
            ByteArrayOutputStream line = new ByteArrayOutputStream(160);
            int b;
            while ((b = in.read()) != -1) {
                line.write(b);
                if (b == '\n') {
                    break;
                }
            }
            next = line.size() == 0 ? null : line.toByteArray();
        }

        @Override
        public boolean hasNext() {
            return next != null;
        }

        @Override
        public byte[] next() {
            byte[] line = next;
            try {
                advance();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return line;
        }

        void close() {
            try {
                in.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
