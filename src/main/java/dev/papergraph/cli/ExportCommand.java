package dev.papergraph.cli;

import dev.papergraph.export.ExportFilter;
import dev.papergraph.export.ExportFormat;
import dev.papergraph.export.ExportRequest;
import dev.papergraph.export.ExportResult;
import dev.papergraph.export.ExportSink;
import dev.papergraph.export.Exporter;
import dev.papergraph.export.GraphView;
import dev.papergraph.store.KnowledgeStore;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "export", description = {
        "Writes the store in an RDF syntax (ttl, nt, nq, trig, jsonld, rdfxml) or as a graph for visualisation tools "
                + "(graphml, gexf, cyjs, dot, csv).",
        "Example: papergraph export --store papergraph-store --format gexf --min-support 2 --out concepts.gexf"})
final class ExportCommand implements Callable<Integer> {
    @Mixin
    StoreOptions storeOptions;

    @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "ttl, nt, nq, trig, jsonld, rdfxml, graphml, gexf, cyjs, dot or csv.")
    String format;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE",
            description = "Output file (default: standard output). csv writes FILE-nodes.csv and FILE-edges.csv.")
    Path out;

    @Option(names = "--canonical", description = "nq/nt only: sorted canonical lines, byte-for-byte comparable between stores.")
    boolean canonical;

    @Option(names = "--view", defaultValue = "concepts", description = "Graph formats: concepts or bipartite (papers and concepts) (default: ${DEFAULT-VALUE}).")
    String view;

    @Option(names = "--types", paramLabel = "TYPES", description = "Only these concept types, comma-separated (e.g. Dataset,Model).")
    String types;

    @Option(names = "--min-support", paramLabel = "N", defaultValue = "0", description = "Leave out concepts named by fewer papers.")
    int minSupport;

    @Option(names = "--min-confidence", paramLabel = "X", defaultValue = "0", description = "Leave out mention-backed edges below this confidence.")
    double minConfidence;

    @Option(names = "--min-edge-support", paramLabel = "N", defaultValue = "0", description = "Leave out concept relations with fewer papers behind them.")
    int minEdgeSupport;

    @Option(names = "--with-log", description = "Include the log graph of ingest times (left out by default: it differs run to run).")
    boolean withLog;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        ExportFormat exportFormat = ExportFormat.fromCliName(format);
        ExportFilter filter = new ExportFilter(ExportFilter.parseTypes(types), minSupport, minConfidence, minEdgeSupport);
        ExportRequest everything = new ExportRequest(exportFormat, GraphView.fromCliName(view), filter, canonical);
        ExportResult result;
        try (KnowledgeStore store = storeOptions.openExisting()) {
            // The log's ingest times would make two exports of equal graphs differ.
            ExportRequest request = withLog ? everything : everything.withoutGraph(store.iris().logGraph());
            ExportSink sink = out == null ? ExportSink.toStream(System.out) : ExportSink.toFile(out, exportFormat);
            result = Exporter.export(store.dataset().asDatasetGraph(), request, sink);
        }
        if (out != null) {
            spec.commandLine().getErr().println("export: " + result.summary() + " -> " + out);
        }
        return 0;
    }
}
