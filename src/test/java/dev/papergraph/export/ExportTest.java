package dev.papergraph.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.jena.atlas.csv.CSVParser;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Every format written through {@link Exporter} and read back by a reader that is not ours. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ExportTest {
    private static final String GRAPHML_NS = "http://graphml.graphdrawing.org/xmlns";
    private static final String GEXF_NS = "http://www.gexf.net/1.2";

    /** Concept view of the fixture: 11 concepts; 8 typed relations and 7 co-occurrences. */
    private static final Counts CONCEPT_VIEW = new Counts(11, 15);
    /** Bipartite view: 3 papers and 11 concepts; 7 + 6 + 4 paper-concept edges. */
    private static final Counts BIPARTITE_VIEW = new Counts(14, 17);

    record Counts(int nodes, int edges) {}

    @ParameterizedTest
    @EnumSource(ExportFormat.class)
    void every_format_is_read_back_by_an_independent_reader(ExportFormat format, @TempDir Path dir)
            throws Exception {
        DatasetGraph store = Fixtures.smallGraph();
        Path out = dir.resolve("graph." + format.extension());

        ExportResult result = Exporter.export(store, ExportRequest.of(format), ExportSink.toFile(out, format));

        if (format.isRdf()) {
            DatasetGraph back = DatasetGraphFactory.createTxnMem();
            RDFParser.source(out).lang(format.rdfLang().orElseThrow()).parse(back);
            assertTrue(format.keepsNamedGraphs()
                    ? IsoMatcher.isomorphic(store, back)
                    : RdfExporterTest.union(store).isIsomorphicWith(back.getDefaultGraph()));
            assertEquals(format.keepsNamedGraphs() ? Iter.count(back.find()) : back.getDefaultGraph().size(),
                    result.statements());
        } else {
            assertEquals(CONCEPT_VIEW, readBack(format, out));
            assertEquals(CONCEPT_VIEW, new Counts(result.nodes(), result.edges()));
        }
    }

    @ParameterizedTest
    @EnumSource(value = ExportFormat.class, names = {"GRAPHML", "GEXF", "CYJS", "DOT", "CSV"})
    void the_bipartite_view_has_papers_and_concepts_in_every_graph_format(ExportFormat format, @TempDir Path dir)
            throws Exception {
        Path out = dir.resolve("bipartite." + format.extension());
        ExportRequest request = new ExportRequest(format, GraphView.BIPARTITE, ExportFilter.NONE, false);

        Exporter.export(Fixtures.smallGraph(), request, ExportSink.toFile(out, format));

        assertEquals(BIPARTITE_VIEW, readBack(format, out));
    }

    @ParameterizedTest
    @EnumSource(value = ExportFormat.class, names = {"GRAPHML", "GEXF", "CYJS", "DOT", "CSV"})
    void graph_formats_are_byte_for_byte_deterministic(ExportFormat format, @TempDir Path dir) throws Exception {
        Path first = dir.resolve("a." + format.extension());
        Path second = dir.resolve("b." + format.extension());
        Exporter.export(Fixtures.smallGraph(), ExportRequest.of(format), ExportSink.toFile(first, format));
        Exporter.export(Fixtures.smallGraph(), ExportRequest.of(format), ExportSink.toFile(second, format));
        for (String part : format.parts()) {
            assertArrayEquals(Files.readAllBytes(format.pathFor(first, part)),
                    Files.readAllBytes(format.pathFor(second, part)));
        }
    }

    @Test
    void cytoscape_json_carries_the_attributes_tools_colour_and_size_by(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("graph.cyjs");
        ExportRequest request = new ExportRequest(ExportFormat.CYJS, GraphView.BIPARTITE, ExportFilter.NONE, false);
        Exporter.export(Fixtures.smallGraph(), request, ExportSink.toFile(out, ExportFormat.CYJS));

        JsonObject elements = json(out).getJsonObject("elements");
        JsonObject bert = elements.getJsonArray("nodes").stream()
                .map(v -> v.asJsonObject().getJsonObject("data"))
                .filter(d -> d.getString("name").equals("BERT"))
                .findFirst()
                .orElseThrow();
        assertEquals("Model", bert.getString("type"));
        assertEquals(2, bert.getInt("support"));
        assertEquals(NodeKind.MODEL.color(), bert.getString("color"));
        assertEquals(2019, bert.getInt("year"));
        JsonObject paper = elements.getJsonArray("nodes").get(0).asJsonObject().getJsonObject("data");
        assertEquals("Paper", paper.getString("type"), "papers come first");
        JsonObject edge = elements.getJsonArray("edges").get(0).asJsonObject().getJsonObject("data");
        assertTrue(Set.of("introduces", "uses").contains(edge.getString("interaction")));
        assertTrue(edge.containsKey("weight") && edge.containsKey("confidence"));
    }

    @Test
    void the_shipped_schemas_reject_what_they_should() throws Exception {
        String danglingEdge = "<graphml xmlns=\"" + GRAPHML_NS + "\"><graph edgedefault=\"directed\">"
                + "<node id=\"a\"/><edge source=\"a\" target=\"missing\"/></graph></graphml>";
        String noVersion = "<gexf xmlns=\"" + GEXF_NS + "\"><graph/></gexf>";
        org.junit.jupiter.api.Assertions.assertThrows(org.xml.sax.SAXException.class, () -> XmlSchemas.validate(
                XmlSchemas.load(XmlSchemas.GRAPHML), danglingEdge.getBytes(StandardCharsets.UTF_8)));
        org.junit.jupiter.api.Assertions.assertThrows(org.xml.sax.SAXException.class, () -> XmlSchemas.validate(
                XmlSchemas.load(XmlSchemas.GEXF), noVersion.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void the_csv_format_cannot_go_to_a_single_stream() {
        ExportSink stdout = ExportSink.toStream(new java.io.ByteArrayOutputStream());
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> Exporter.export(Fixtures.smallGraph(), ExportRequest.of(ExportFormat.CSV), stdout));
        assertTrue(e.getMessage().contains("two files"));
    }

    static Counts readBack(ExportFormat format, Path out) throws Exception {
        return switch (format) {
            case GRAPHML -> xml(out, XmlSchemas.GRAPHML, GRAPHML_NS);
            case GEXF -> xml(out, XmlSchemas.GEXF, GEXF_NS);
            case CYJS -> cytoscape(out);
            case DOT -> graphviz(out);
            case CSV -> csv(format.pathFor(out, "nodes"), format.pathFor(out, "edges"));
            default -> throw new IllegalArgumentException(format + " is not a graph format");
        };
    }

    /** Valid against the shipped schema (which also checks that edge ends are node ids), then counted. */
    private static Counts xml(Path out, String schema, String namespace) throws Exception {
        byte[] bytes = Files.readAllBytes(out);
        XmlSchemas.validate(XmlSchemas.load(schema), bytes);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        Document doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
        NodeList nodes = doc.getElementsByTagNameNS(namespace, "node");
        NodeList edges = doc.getElementsByTagNameNS(namespace, "edge");
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            ids.add(((Element) nodes.item(i)).getAttribute("id"));
        }
        for (int i = 0; i < edges.getLength(); i++) {
            Element edge = (Element) edges.item(i);
            assertTrue(ids.contains(edge.getAttribute("source")) && ids.contains(edge.getAttribute("target")));
        }
        return new Counts(nodes.getLength(), edges.getLength());
    }

    private static Counts cytoscape(Path out) throws IOException {
        JsonObject elements = json(out).getJsonObject("elements");
        Set<String> ids = new HashSet<>();
        for (JsonValue node : elements.getJsonArray("nodes")) {
            ids.add(node.asJsonObject().getJsonObject("data").getString("id"));
        }
        for (JsonValue edge : elements.getJsonArray("edges")) {
            JsonObject data = edge.asJsonObject().getJsonObject("data");
            assertTrue(ids.contains(data.getString("source")) && ids.contains(data.getString("target")));
        }
        return new Counts(elements.getJsonArray("nodes").size(), elements.getJsonArray("edges").size());
    }

    private static JsonObject json(Path out) throws IOException {
        try (InputStream in = Files.newInputStream(out);
                JsonReader reader = Json.createReader(in)) {
            return reader.readObject();
        }
    }

    /** {@code dot -Tplain} lays the graph out and lists one "node" and one "edge" line per element. */
    private static Counts graphviz(Path out) throws Exception {
        Assumptions.assumeTrue(onPath("dot"), "Graphviz dot is not installed");
        Process dot = new ProcessBuilder("dot", "-Tplain", out.toString()).redirectErrorStream(true).start();
        String plain = new String(dot.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(dot.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, dot.exitValue(), plain);
        List<String> lines = plain.lines().toList();
        return new Counts((int) lines.stream().filter(l -> l.startsWith("node ")).count(),
                (int) lines.stream().filter(l -> l.startsWith("edge ")).count());
    }

    private static boolean onPath(String command) {
        String path = System.getenv("PATH");
        return path != null && List.of(path.split(java.io.File.pathSeparator)).stream()
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, command)));
    }

    private static Counts csv(Path nodesFile, Path edgesFile) throws IOException {
        List<List<String>> nodes = rows(nodesFile);
        List<List<String>> edges = rows(edgesFile);
        assertEquals(List.of("Id", "type", "label", "iri", "support", "date", "year", "color"), nodes.get(0));
        assertEquals(List.of("Id", "Source", "Target", "Type", "relation", "label", "weight", "confidence"),
                edges.get(0));
        Set<String> ids = new HashSet<>();
        nodes.subList(1, nodes.size()).forEach(row -> ids.add(row.get(0)));
        for (List<String> row : edges.subList(1, edges.size())) {
            assertTrue(ids.contains(row.get(1)) && ids.contains(row.get(2)));
        }
        return new Counts(nodes.size() - 1, edges.size() - 1);
    }

    private static List<List<String>> rows(Path file) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file)) {
            CSVParser.create(in).forEach(rows::add);
        }
        return rows;
    }
}
