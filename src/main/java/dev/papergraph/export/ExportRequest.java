package dev.papergraph.export;

/**
 * What to export.
 *
 * @param format the output format
 * @param view the graph view, for graph formats (RDF formats ignore it)
 * @param filter what to leave out
 * @param canonical sorted canonical form, for {@code nt} and {@code nq} only
 */
public record ExportRequest(ExportFormat format, GraphView view, ExportFilter filter, boolean canonical) {

    public ExportRequest {
        if (canonical && format != ExportFormat.NQ && format != ExportFormat.NT) {
            throw new IllegalArgumentException("the canonical form exists for nq and nt only, not " + format.cliName());
        }
    }

    /** Everything, in this format, concept view for graph formats. */
    public static ExportRequest of(ExportFormat format) {
        return new ExportRequest(format, GraphView.CONCEPTS, ExportFilter.NONE, false);
    }
}
