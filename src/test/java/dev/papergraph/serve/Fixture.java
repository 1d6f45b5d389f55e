package dev.papergraph.serve;

import java.nio.file.Path;
import java.util.Map;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;

/** The hand-written four-paper graph in {@code fixture.trig}, loaded into a real store. */
final class Fixture {
    static final String RESOURCE = "dev/papergraph/serve/fixture.trig";
    static final String BASE = "https://w3id.org/papergraph/id/";
    static final String IMAGENET = BASE + "concept/imagenet";
    static final String VIT_PAPER = BASE + "paper/2010.11929";

    private Fixture() {}

    /** The explorer's examples in the tests: a stand-in for the project's {@code queries/} set. */
    static Map<String, String> exampleQueries() {
        return Map.of(
                "most-supported-concepts", TestQueries.read("examples/most-supported-concepts.rq"),
                "papers-using-imagenet", TestQueries.read("examples/papers-using-imagenet.rq"));
    }

    static Dataset tdb2(Path dir) {
        Dataset ds = TDB2Factory.connectDataset(dir.toString());
        Txn.executeWrite(ds, () -> RDFParser.source(RESOURCE).parse(ds));
        return ds;
    }

    static Dataset inMemory() {
        Dataset ds = DatasetFactory.createTxnMem();
        Txn.executeWrite(ds, () -> RDFParser.source(RESOURCE).parse(ds));
        return ds;
    }
}
