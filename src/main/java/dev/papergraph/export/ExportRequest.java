package dev.papergraph.export;

import java.util.HashSet;
import java.util.Set;
import org.apache.jena.graph.Node;

/**
 * What to export.
 *
 * @param format the output format
 * @param view the graph view, for graph formats (RDF formats ignore it)
 * @param filter what to leave out
 * @param canonical sorted canonical form, for {@code nt} and {@code nq} only
 * @param leftOutGraphs named graphs whose statements the export leaves out (the log graph, say)
 */
public record ExportRequest(
        ExportFormat format, GraphView view, ExportFilter filter, boolean canonical, Set<Node> leftOutGraphs) {

    public ExportRequest {
        if (canonical && format != ExportFormat.NQ && format != ExportFormat.NT) {
            throw new IllegalArgumentException("the canonical form exists for nq and nt only, not " + format.cliName());
        }
        leftOutGraphs = Set.copyOf(leftOutGraphs);
    }

    /** Every graph of the store. */
    public ExportRequest(ExportFormat format, GraphView view, ExportFilter filter, boolean canonical) {
        this(format, view, filter, canonical, Set.of());
    }

    /** The same request, leaving out one more named graph. */
    public ExportRequest withoutGraph(Node graph) {
        Set<Node> graphs = new HashSet<>(leftOutGraphs);
        graphs.add(graph);
        return new ExportRequest(format, view, filter, canonical, graphs);
    }

    /** Everything, in this format, concept view for graph formats. */
    public static ExportRequest of(ExportFormat format) {
        return new ExportRequest(format, GraphView.CONCEPTS, ExportFilter.NONE, false);
    }
}
