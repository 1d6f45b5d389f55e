package dev.papergraph.export;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.jena.riot.Lang;

/**
 * Every format {@code papergraph export} writes: the RDF syntaxes, which carry the graph as it is stored,
 * and the graph formats of visualisation tools, which carry a {@link VisualGraph} view of it.
 */
public enum ExportFormat {
    TTL("ttl", "ttl", "text/turtle", Kind.RDF, Lang.TURTLE),
    NT("nt", "nt", "application/n-triples", Kind.RDF, Lang.NTRIPLES),
    NQ("nq", "nq", "application/n-quads", Kind.RDF, Lang.NQUADS),
    TRIG("trig", "trig", "application/trig", Kind.RDF, Lang.TRIG),
    JSONLD("jsonld", "jsonld", "application/ld+json", Kind.RDF, Lang.JSONLD),
    RDFXML("rdfxml", "rdf", "application/rdf+xml", Kind.RDF, Lang.RDFXML),
    GRAPHML("graphml", "graphml", "application/graphml+xml", Kind.GRAPH, null),
    GEXF("gexf", "gexf", "application/gexf+xml", Kind.GRAPH, null),
    CYJS("cyjs", "cyjs", "application/json", Kind.GRAPH, null),
    DOT("dot", "dot", "text/vnd.graphviz", Kind.GRAPH, null),
    /** Two files: {@code NAME-nodes.csv} and {@code NAME-edges.csv}. */
    CSV("csv", "csv", "text/csv", Kind.GRAPH, null);

    /** Whether a format carries RDF statements or a node-and-edge view for graph tools. */
    public enum Kind {
        RDF,
        GRAPH
    }

    /** The part name of a single-file format; multi-file formats name their parts. */
    public static final String SINGLE_PART = "";

    private final String cliName;
    private final String extension;
    private final String mediaType;
    private final Kind kind;
    private final Lang lang;

    ExportFormat(String cliName, String extension, String mediaType, Kind kind, Lang lang) {
        this.cliName = cliName;
        this.extension = extension;
        this.mediaType = mediaType;
        this.kind = kind;
        this.lang = lang;
    }

    public String cliName() {
        return cliName;
    }

    public String extension() {
        return extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public Kind kind() {
        return kind;
    }

    public boolean isRdf() {
        return kind == Kind.RDF;
    }

    /** The Jena language of an RDF format; empty for graph formats. */
    public Optional<Lang> rdfLang() {
        return Optional.ofNullable(lang);
    }

    /** Whether the syntax keeps named graphs; the other RDF formats carry the union of all graphs. */
    public boolean keepsNamedGraphs() {
        return this == NQ || this == TRIG;
    }

    /** Names of the files this format writes, {@link #SINGLE_PART} for all but CSV. */
    public List<String> parts() {
        return this == CSV ? List.of("nodes", "edges") : List.of(SINGLE_PART);
    }

    /**
     * Where a part goes when the user names {@code out}: the file itself for single-file formats;
     * for CSV, {@code NAME-nodes.csv} and {@code NAME-edges.csv} next to it, NAME being the file name
     * without its {@code .csv} extension.
     */
    public Path pathFor(Path out, String part) {
        if (part.equals(SINGLE_PART)) {
            return out;
        }
        String name = out.getFileName().toString();
        String suffix = "." + extension;
        String stem = name.toLowerCase(Locale.ROOT).endsWith(suffix)
                ? name.substring(0, name.length() - suffix.length())
                : name;
        return out.resolveSibling(stem + "-" + part + suffix);
    }

    /** The format with this command-line name, case-insensitive. */
    public static ExportFormat fromCliName(String name) {
        String wanted = name.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(f -> f.cliName.equals(wanted))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "unknown export format '" + name + "'; expected one of " + cliNames()));
    }

    /** All command-line names, comma-separated, in declaration order. */
    public static String cliNames() {
        return Arrays.stream(values()).map(ExportFormat::cliName).collect(Collectors.joining(", "));
    }
}
