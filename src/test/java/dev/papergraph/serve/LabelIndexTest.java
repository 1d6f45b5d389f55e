package dev.papergraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.papergraph.graph.IriMinter;
import dev.papergraph.graph.PG;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class LabelIndexTest {

    @Test
    void search_and_label_lookups_see_a_concept_written_after_the_index_was_built(@TempDir Path dir) {
        Dataset ds = Fixture.tdb2(dir);
        try {
            DatasetGraph served = ServedDataset.view(ds.asDatasetGraph(), java.time.Duration.ofSeconds(30));
            Site site = new Site(served, IriMinter.DEFAULT_BASE);
            assertEquals(List.of(), site.labels().search("zebrafish", 5));

            Node concept = NodeFactory.createURI(IriMinter.DEFAULT_BASE + "concept/zebrafishatlas");
            Node graph = NodeFactory.createURI(IriMinter.DEFAULT_BASE + "graph/concepts");
            Txn.executeWrite(ds, () -> {
                ds.asDatasetGraph().add(graph, concept, RDF.type.asNode(), PG.Concept.asNode());
                ds.asDatasetGraph().add(graph, concept, RDF.type.asNode(), PG.Dataset.asNode());
                ds.asDatasetGraph().add(graph, concept, SKOS.prefLabel.asNode(), NodeFactory.createLiteralString("Zebrafish Atlas"));
                ds.asDatasetGraph().add(graph, concept, SKOS.altLabel.asNode(), NodeFactory.createLiteralString("ZFA"));
            });

            List<LabelIndex.Match> found = site.labels().search("FISH", 5);
            assertEquals(1, found.size());
            assertEquals(concept, found.get(0).concept().iri());
            assertEquals(PG.Dataset.asNode(), found.get(0).concept().type());
            assertEquals(List.of(concept), site.labels().byLabel("zfa").stream().map(LabelIndex.Concept::iri).toList());
        } finally {
            ds.close();
        }
    }
}
