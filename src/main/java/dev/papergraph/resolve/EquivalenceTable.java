package dev.papergraph.resolve;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Names known to denote one concept although no text rule relates them ("MS COCO" and "COCO"),
 * read from a TSV whose lines hold a canonical form followed by its equivalents.
 */
final class EquivalenceTable {
    static final String RESOURCE = "/dev/papergraph/resolve/equivalences.tsv";

    /** A canonical match form and an equivalent one. */
    record Equivalence(String canonical, String equivalent) {}

    private final List<Equivalence> equivalences;
    private final SortedSet<String> canonicalForms;

    EquivalenceTable(List<Equivalence> equivalences) {
        this.equivalences = List.copyOf(equivalences);
        this.canonicalForms = new TreeSet<>();
        equivalences.forEach(e -> canonicalForms.add(e.canonical()));
    }

    static EquivalenceTable shipped() {
        List<Equivalence> equivalences = new ArrayList<>();
        for (TsvRow row : TsvRow.readResource(RESOURCE)) {
            if (row.cells().size() < 2) {
                throw new IllegalStateException(row.where() + ": expected a canonical form and at least one equivalent");
            }
            String canonical = LabelNormalizer.matchForm(row.cells().get(0));
            for (String equivalent : row.cells().subList(1, row.cells().size())) {
                equivalences.add(new Equivalence(canonical, LabelNormalizer.matchForm(equivalent)));
            }
        }
        return new EquivalenceTable(equivalences);
    }

    List<Equivalence> equivalences() {
        return equivalences;
    }

    boolean isCanonical(String matchForm) {
        return canonicalForms.contains(matchForm);
    }

    /** One non-comment line of a shipped TSV, with where it was read for error messages. */
    record TsvRow(String where, List<String> cells) {
        static List<TsvRow> readResource(String resource) {
            InputStream in = EquivalenceTable.class.getResourceAsStream(resource);
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            List<TsvRow> rows = new ArrayList<>();
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                String line;
                int lineNo = 0;
                while ((line = reader.readLine()) != null) {
                    lineNo++;
                    if (line.isBlank() || line.startsWith("#")) {
                        continue;
                    }
                    List<String> cells = new ArrayList<>();
                    for (String cell : line.split("\t", -1)) {
                        cells.add(cell.strip());
                    }
                    rows.add(new TsvRow(resource + ":" + lineNo, cells));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(resource + ": " + e.getMessage(), e);
            }
            return rows;
        }
    }
}
