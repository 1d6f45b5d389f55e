package dev.papergraph.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.system.Txn;

/** Validates a store against the SHACL shapes shipped in {@code ontology/shapes.ttl}. */
public final class ShapeCheck {
    private static final String SHAPES = "/ontology/shapes.ttl";

    private ShapeCheck() {}

    /** The shapes as shipped on the classpath. */
    public static Shapes shapes() {
        try (InputStream in = ShapeCheck.class.getResourceAsStream(SHAPES)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + SHAPES);
            }
            Graph graph = RDFParser.source(in).lang(Lang.TURTLE).toGraph();
            return Shapes.parse(graph);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Validates the union of the store's named graphs. */
    public static ValidationReport validate(KnowledgeStore store) {
        Shapes shapes = shapes();
        return Txn.calculateRead(store.dataset(), () -> ShaclValidator.get().validate(shapes, store.dataset().getUnionModel().getGraph()));
    }

    /** One line per violation: focus node, path and message, at most {@code limit} of them. */
    public static List<String> describe(ValidationReport report, int limit) {
        return report.getEntries().stream()
                .limit(limit)
                .map(ShapeCheck::line)
                .toList();
    }

    private static String line(ReportEntry entry) {
        return entry.focusNode() + " " + (entry.resultPath() == null ? "" : entry.resultPath() + " ") + entry.message();
    }
}
