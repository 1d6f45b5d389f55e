package dev.papergraph.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class RdfExporterTest {

    static Stream<ExportFormat> rdfFormats() {
        return Arrays.stream(ExportFormat.values()).filter(ExportFormat::isRdf);
    }

    @ParameterizedTest
    @MethodSource("rdfFormats")
    void every_rdf_format_reads_back_isomorphic_to_the_store(ExportFormat format) {
        DatasetGraph source = Fixtures.smallGraph();
        byte[] bytes = export(source, new RdfExporter(format, ExportFilter.NONE, false));

        DatasetGraph back = parse(bytes, format);
        if (format.keepsNamedGraphs()) {
            assertTrue(IsoMatcher.isomorphic(source, back), "datasets differ for " + format);
        } else {
            assertTrue(union(source).isIsomorphicWith(back.getDefaultGraph()), "union graphs differ for " + format);
            assertFalse(back.listGraphNodes().hasNext(), "a triple-only format has no named graphs");
        }
    }

    @Test
    void canonical_nquads_are_sorted_distinct_and_use_canonical_literals() {
        String text = new String(
                export(Fixtures.smallGraph(), new RdfExporter(ExportFormat.NQ, ExportFilter.NONE, true)),
                StandardCharsets.UTF_8);
        List<String> lines = List.of(text.split("\n"));

        List<String> sorted = new ArrayList<>(lines);
        Collections.sort(sorted, (a, b) -> Arrays.compareUnsigned(
                a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8)));
        assertEquals(sorted, lines);
        assertEquals(Set.copyOf(lines).size(), lines.size());
        assertTrue(text.contains("\"0.9\"^^<http://www.w3.org/2001/XMLSchema#decimal>"), "0.90 is written 0.9");
        assertFalse(text.contains("\"0.90\""));
        assertTrue(text.contains("\u00fcber-deep"), "non-ASCII text stays UTF-8, not \\u escapes");
        assertTrue(lines.stream().allMatch(l -> l.endsWith(" .")));
    }

    @Test
    void canonical_nquads_do_not_depend_on_load_order_or_store() throws Exception {
        byte[] fromMemory = export(Fixtures.smallGraph(), new RdfExporter(ExportFormat.NQ, ExportFilter.NONE, true));

        DatasetGraph reversed = DatasetGraphFactory.createTxnMem();
        List<Quad> quads = new ArrayList<>();
        Fixtures.smallGraph().find().forEachRemaining(quads::add);
        Collections.reverse(quads);
        Txn.executeWrite(reversed, () -> quads.forEach(reversed::add));
        assertArrayEquals(fromMemory, export(reversed, new RdfExporter(ExportFormat.NQ, ExportFilter.NONE, true)));

        assertArrayEquals(fromMemory, export(parse(fromMemory, ExportFormat.NQ),
                new RdfExporter(ExportFormat.NQ, ExportFilter.NONE, true)), "canonical form is a fixed point");
    }

    @Test
    void a_tdb2_store_exports_like_an_in_memory_one(@TempDir Path dir) {
        DatasetGraph tdb = TDB2Factory.connectDataset(dir.toString()).asDatasetGraph();
        try {
            Fixtures.loadInto(tdb);
            RdfExporter canonical = new RdfExporter(ExportFormat.NQ, ExportFilter.NONE, true);
            assertArrayEquals(export(Fixtures.smallGraph(), canonical), export(tdb, canonical));
            DatasetGraph back = parse(export(tdb, new RdfExporter(ExportFormat.TRIG, ExportFilter.NONE, false)),
                    ExportFormat.TRIG);
            // TDB2 stores numbers by value ("0.90" comes back "0.9"): compare with the store itself.
            assertTrue(Txn.calculateRead(tdb, () -> IsoMatcher.isomorphic(tdb, back)));
        } finally {
            tdb.close();
        }
    }

    @Test
    void min_support_drops_concepts_below_it_and_every_statement_naming_them() {
        ExportFilter filter = ExportFilter.NONE.withMinSupport(2);
        DatasetGraph back = parse(export(Fixtures.smallGraph(), new RdfExporter(ExportFormat.NQ, filter, false)),
                ExportFormat.NQ);

        for (String gone : List.of("roberta", "glue", "f1", "resnet", "resnet-50", "imagenet")) {
            Node concept = NodeFactory.createURI(Fixtures.concept(gone));
            assertFalse(back.find(Node.ANY, concept, Node.ANY, Node.ANY).hasNext(), gone + " as subject");
            assertFalse(back.find(Node.ANY, Node.ANY, Node.ANY, concept).hasNext(), gone + " as object");
        }
        Node bert = NodeFactory.createURI(Fixtures.concept("bert"));
        assertTrue(back.find(Node.ANY, bert, Node.ANY, Node.ANY).hasNext());
        // The relation roberta -> bert went, and with it its RelationSupport node and mention nodes.
        assertFalse(back.find(Node.ANY, NodeFactory.createURI(Fixtures.ID + "relation/r1"), Node.ANY, Node.ANY)
                .hasNext());
        assertFalse(back.find(Node.ANY, NodeFactory.createURI(Fixtures.ID + "mention/p2-0"), Node.ANY, Node.ANY)
                .hasNext());
        assertTrue(back.find(Node.ANY, NodeFactory.createURI(Fixtures.ID + "relation/r0"), Node.ANY, Node.ANY)
                .hasNext(), "bert basedOn transformer has support 2 and stays");
    }

    @Test
    void min_confidence_drops_weak_mentions_and_the_edges_only_they_back() {
        ExportFilter filter = ExportFilter.NONE.withMinConfidence(0.6);
        DatasetGraph back = parse(export(Fixtures.smallGraph(), new RdfExporter(ExportFormat.NQ, filter, false)),
                ExportFormat.NQ);

        Node p1 = NodeFactory.createURI(Fixtures.ID + "paper/p1");
        Node p2 = NodeFactory.createURI(Fixtures.ID + "paper/p2");
        assertFalse(back.find(Node.ANY, p1, Node.ANY, NodeFactory.createURI(Fixtures.concept("f1"))).hasNext());
        assertTrue(back.find(Node.ANY, p2, Node.ANY, NodeFactory.createURI(Fixtures.concept("transformer")))
                .hasNext(), "confidence 0.60 reaches 0.6");
        assertFalse(back.find(Node.ANY, NodeFactory.createURI(Fixtures.ID + "mention/p1-6"), Node.ANY, Node.ANY)
                .hasNext());
    }

    @Test
    void canonical_nquads_sorted_in_runs_on_disk_equal_those_sorted_in_memory() {
        ByteArrayOutputStream inMemory = new ByteArrayOutputStream();
        ByteArrayOutputStream merged = new ByteArrayOutputStream();
        DatasetGraph source = Fixtures.smallGraph();
        try (CanonicalNQuads whole = new CanonicalNQuads(); CanonicalNQuads runs = new CanonicalNQuads(200)) {
            Txn.executeRead(source, () -> source.find().forEachRemaining(q -> {
                whole.quad(q);
                runs.quad(q);
                runs.quad(q);
            }));
            whole.writeTo(inMemory);
            assertEquals(whole.writeTo(OutputStream.nullOutputStream()), runs.writeTo(merged), "duplicates dropped across runs");
        }
        assertArrayEquals(inMemory.toByteArray(), merged.toByteArray());
    }

    @ParameterizedTest
    @MethodSource("rdfFormats")
    void a_left_out_graph_is_not_written_but_its_statements_held_elsewhere_are(ExportFormat format) {
        DatasetGraph source = Fixtures.smallGraph();
        Node log = NodeFactory.createURI(Fixtures.ID + "graph/log");
        Node run = NodeFactory.createURI(Fixtures.ID + "ingest/1");
        Node shared = Txn.calculateRead(source, () -> source.find().next().getSubject());
        Quad sharedQuad = Txn.calculateRead(source, () -> source.find(Node.ANY, shared, Node.ANY, Node.ANY).next());
        Txn.executeWrite(source, () -> {
            source.add(log, run, NodeFactory.createURI(Fixtures.ID + "ns#papersAdded"), NodeFactory.createLiteralString("3"));
            source.add(log, sharedQuad.getSubject(), sharedQuad.getPredicate(), sharedQuad.getObject());
        });
        DatasetGraph back = parse(export(source, new RdfExporter(format, ExportFilter.NONE, false, Set.of(log))), format);

        assertFalse(back.find(Node.ANY, run, Node.ANY, Node.ANY).hasNext(), "the log's own statement is left out");
        assertFalse(back.containsGraph(log), "no quad of the log graph");
        assertTrue(back.find(Node.ANY, sharedQuad.getSubject(), sharedQuad.getPredicate(), sharedQuad.getObject()).hasNext(),
                "a statement another graph holds too stays");
    }

    @Test
    void canonical_form_is_refused_for_formats_other_than_nt_and_nq() {
        assertThrows(IllegalArgumentException.class, () -> new RdfExporter(ExportFormat.TTL, ExportFilter.NONE, true));
        assertThrows(IllegalArgumentException.class,
                () -> new RdfExporter(ExportFormat.GRAPHML, ExportFilter.NONE, false));
    }

    static byte[] export(DatasetGraph dataset, RdfExporter exporter) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.write(dataset, out);
        return out.toByteArray();
    }

    static DatasetGraph parse(byte[] bytes, ExportFormat format) {
        DatasetGraph back = DatasetGraphFactory.createTxnMem();
        RDFParser.fromString(new String(bytes, StandardCharsets.UTF_8), format.rdfLang().orElseThrow())
                .parse(back);
        return back;
    }

    static Graph union(DatasetGraph dataset) {
        Graph union = GraphFactory.createDefaultGraph();
        Txn.executeRead(dataset, () -> dataset.find().forEachRemaining(q -> union.add(q.asTriple())));
        return union;
    }
}
