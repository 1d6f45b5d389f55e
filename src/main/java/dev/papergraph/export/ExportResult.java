package dev.papergraph.export;

/**
 * What an export wrote: statements for RDF formats, nodes and edges for graph formats (0 otherwise).
 */
public record ExportResult(ExportFormat format, long statements, int nodes, int edges) {

    /** One line for the command's summary, e.g. "graphml: 11 nodes, 15 edges". */
    public String summary() {
        return format.isRdf()
                ? format.cliName() + ": " + statements + " statements"
                : format.cliName() + ": " + nodes + " nodes, " + edges + " edges";
    }
}
