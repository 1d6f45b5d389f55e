package dev.papergraph.export;

import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.Quad;

/** Passes on only the statements a {@link Selection} keeps. */
final class SelectionFilter extends StreamRDFWrapper {
    private final Selection selection;

    SelectionFilter(StreamRDF destination, Selection selection) {
        super(destination);
        this.selection = selection;
    }

    @Override
    public void triple(Triple t) {
        if (selection.keepsStatement(t.getSubject(), t.getPredicate(), t.getObject())) {
            super.triple(t);
        }
    }

    @Override
    public void quad(Quad q) {
        if (selection.keepsStatement(q.getSubject(), q.getPredicate(), q.getObject())) {
            super.quad(q);
        }
    }
}
