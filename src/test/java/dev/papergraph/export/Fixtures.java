package dev.papergraph.export;

import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;

/** The export tests' fixture: a small graph in the shape the graph stage writes. */
final class Fixtures {
    static final String SMALL_GRAPH = "dev/papergraph/export/small-graph.trig";
    static final String ID = "https://w3id.org/papergraph/id/";

    private Fixtures() {}

    static DatasetGraph smallGraph() {
        DatasetGraph dataset = DatasetGraphFactory.createTxnMem();
        loadInto(dataset);
        return dataset;
    }

    static void loadInto(DatasetGraph dataset) {
        Txn.executeWrite(dataset, () -> RDFParser.source(SMALL_GRAPH).lang(Lang.TRIG).parse(dataset));
    }

    static String concept(String slug) {
        return ID + "concept/" + slug;
    }
}
