package dev.papergraph.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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
 */
final class CanonicalNQuads extends StreamRDFBase {
    private static final NodeFormatter FORMATTER = new NodeFormatterNT(CharSpace.UTF8);
    private final List<byte[]> lines = new ArrayList<>();

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
        lines.add(line.asString().getBytes(StandardCharsets.UTF_8));
    }

    /** Sorts, drops duplicates, writes; returns the number of lines written. */
    long writeTo(OutputStream out) {
        lines.sort(Arrays::compareUnsigned);
        long written = 0;
        byte[] previous = null;
        try {
            for (byte[] line : lines) {
                if (previous == null || !Arrays.equals(previous, line)) {
                    out.write(line);
                    written++;
                }
                previous = line;
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return written;
    }
}
