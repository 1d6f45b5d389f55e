package dev.papergraph.graph;

import dev.papergraph.extract.Field;
import dev.papergraph.extract.Mention;
import dev.papergraph.extract.RelationType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * Mints every instance IRI of the graph from a base IRI and stable keys, so that the same input
 * gives the same IRIs whatever the order of ingestion. No path segment after the base contains a
 * slash from the data: paper ids are percent-encoded.
 */
public final class IriMinter {
    /** The default base, under which papers are {@code paper/ID} and concepts {@code concept/KEY}. */
    public static final String DEFAULT_BASE = "https://w3id.org/papergraph/id/";

    private final String base;

    public IriMinter(String base) {
        if (!base.endsWith("/") && !base.endsWith("#")) {
            throw new IllegalArgumentException("base IRI must end with '/' or '#': " + base);
        }
        this.base = base;
    }

    public static IriMinter defaults() {
        return new IriMinter(DEFAULT_BASE);
    }

    public String base() {
        return base;
    }

    public Node paper(String paperId) {
        return iri("paper/" + encode(paperId));
    }

    public Node paperGraph(String paperId) {
        return iri("graph/paper/" + encode(paperId));
    }

    /** The named graph holding concepts, their relations and co-occurrences: derived from all papers. */
    public Node conceptsGraph() {
        return iri("graph/concepts");
    }

    /** The named graph holding ingest times; canonical exports leave it out. */
    public Node logGraph() {
        return iri("graph/log");
    }

    public Node concept(String key) {
        return iri("concept/" + key);
    }

    public Node mention(String paperId, Mention mention) {
        return iri("mention/" + encode(paperId) + "-" + fieldCode(mention.field()) + "-" + mention.start() + "-"
                + mention.end() + "-" + mention.type().lowerName());
    }

    public Node source(String paperId, String file, long line) {
        return iri("source/" + encode(paperId) + "-" + digest(file + "\n" + line));
    }

    public Node acronymDefinition(String paperId, String shortForm, String longForm) {
        return iri("acronym/" + encode(paperId) + "-" + digest(shortForm + "\n" + longForm));
    }

    public Node labelVariant(String conceptKey, String label) {
        return iri("concept/" + conceptKey + "-variant-" + digest(label));
    }

    /** The count of a concept's papers issued in one year. */
    public Node yearCount(String conceptKey, int year) {
        return iri("concept/" + conceptKey + "-papers-" + year);
    }

    public Node relationEvidence(String paperId, RelationType type, Mention subject, Mention object) {
        return iri("evidence/" + encode(paperId) + "-" + digest(type + "\n" + subject + "\n" + object));
    }

    public Node relationSupport(String subjectKey, RelationType type, String objectKey) {
        return iri("relation/" + digest(subjectKey + "\n" + type + "\n" + objectKey));
    }

    public Node coOccurrence(String firstKey, String secondKey) {
        return iri("cooccurrence/" + digest(firstKey + "\n" + secondKey));
    }

    public Node extractionRun(String softwareVersion, String extractorVersion) {
        return iri("run/" + digest(softwareVersion + "\n" + extractorVersion));
    }

    public Node software(String softwareVersion) {
        return iri("software/papergraph-" + encode(softwareVersion));
    }

    public Node ingestActivity(String startedAt) {
        return iri("ingest/" + encode(startedAt));
    }

    /** The paper id an IRI minted by {@link #paperGraph} stands for, or null if it is not one. */
    public String paperIdOfGraph(Node graphName) {
        String prefix = base + "graph/paper/";
        if (!graphName.isURI() || !graphName.getURI().startsWith(prefix)) {
            return null;
        }
        return decode(graphName.getURI().substring(prefix.length()));
    }

    private Node iri(String path) {
        return NodeFactory.createURI(base + path);
    }

    private static String fieldCode(Field field) {
        return field == Field.title ? "t" : "a";
    }

    /** Keeps unreserved characters, percent-encodes the rest as UTF-8 (so "hep-th/9901001" stays one segment). */
    static String encode(String value) {
        StringBuilder out = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.' || c == '_') {
                out.append(c);
            } else {
                out.append('%').append(HexFormat.of().withUpperCase().toHexDigits(b));
            }
        }
        return out.toString();
    }

    static String decode(String encoded) {
        return java.net.URLDecoder.decode(encoded.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    private static String digest(String value) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-1").digest(value.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is part of every Java platform", e);
        }
    }
}
