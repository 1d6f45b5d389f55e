package dev.papergraph.cli;

import dev.papergraph.Pipeline;
import dev.papergraph.extract.Mention;
import dev.papergraph.extract.NlpLevel;
import dev.papergraph.extract.SpanConvention;
import dev.papergraph.extract.PaperExtraction;
import dev.papergraph.graph.IriMinter;
import dev.papergraph.ingest.IngestReport;
import dev.papergraph.ingest.Paper;
import dev.papergraph.ingest.PaperCollector;
import dev.papergraph.resolve.ConceptResolver.PaperInput;
import dev.papergraph.resolve.Resolution;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "extract", description = {
        "Writes the mentions found in each input paper as JSON Lines, without a store, in input order.",
        "Example: papergraph extract abstracts.txt --out mentions.jsonl"})
final class ExtractCommand implements Callable<Integer> {
    @Mixin
    InputOptions inputOptions;

    @Mixin
    NlpOptions nlpOptions;

    @Mixin
    SpanOptions spanOptions;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Output file (default: standard output).")
    Path out;

    @Option(names = "--base", paramLabel = "IRI", defaultValue = IriMinter.DEFAULT_BASE,
            description = "Base IRI of the concept IRIs (default: ${DEFAULT-VALUE}).")
    String base;

    @Option(names = {"-q", "--quiet"}, description = "No progress line.")
    boolean quiet;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        var err = spec.commandLine().getErr();
        NlpLevel level = nlpOptions.level();
        SpanConvention spans = spanOptions.convention();
        ProgressMeter meter = new ProgressMeter(System.err, quiet);
        Map<String, Paper> inOrder = readInInputOrder(err, meter);
        if (inOrder.isEmpty()) {
            err.println("papergraph: nothing to extract");
            return 1;
        }
        List<Paper> papers = List.copyOf(inOrder.values());
        IriMinter iris = new IriMinter(base);
        Pipeline pipeline = Pipeline.standard(iris, level, spans);
        List<PaperExtraction> extractions = pipeline.extract(papers, Math.max(1, Runtime.getRuntime().availableProcessors()),
                done -> meter.show("extracting", done, papers.size(), "papers"));
        meter.finish();
        List<PaperInput> inputs = new ArrayList<>();
        for (int i = 0; i < papers.size(); i++) {
            inputs.add(new PaperInput(papers.get(i), extractions.get(i)));
        }
        Resolution resolution = pipeline.resolve(inputs);
        try (Writer writer = out == null
                ? new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8))
                : Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            for (PaperExtraction extraction : extractions) {
                writer.write(jsonLine(extraction, resolution, iris));
                writer.write('\n');
            }
        }
        return 0;
    }

    /** Papers in the order their first reading appears; a paper read twice is merged into its first place. */
    private Map<String, Paper> readInInputOrder(java.io.PrintWriter err, ProgressMeter meter) {
        PaperCollector collector = inputOptions.collector(err, meter);
        Map<String, Paper> papers = new LinkedHashMap<>();
        IngestReport report = collector.read(paper -> papers.merge(paper.id(), paper, (a, b) -> Paper.merge(List.of(a, b))));
        meter.finish();
        if (report.outcome() == IngestReport.Outcome.NOTHING) {
            err.println("papergraph: " + report.summary());
        }
        return papers;
    }

    static String jsonLine(PaperExtraction extraction, Resolution resolution, IriMinter iris) {
        StringBuilder json = new StringBuilder("{\"id\": \"").append(escape(extraction.paperId())).append("\", \"mentions\": [");
        String separator = "";
        for (Mention m : extraction.mentions()) {
            String concept = iris.concept(resolution.conceptKeyOf(extraction.paperId(), m)).getURI();
            json.append(separator)
                    .append("{\"start\": ").append(m.start())
                    .append(", \"end\": ").append(m.end())
                    .append(", \"type\": \"").append(m.type()).append('"')
                    .append(", \"text\": \"").append(escape(m.text())).append('"')
                    .append(", \"field\": \"").append(m.field().label()).append('"')
                    .append(", \"concept\": \"").append(escape(concept)).append('"')
                    .append(", \"component\": \"").append(escape(m.component())).append('"')
                    .append(", \"confidence\": ").append(m.confidence())
                    .append(", \"introduced\": ").append(extraction.introduced().contains(m.text()))
                    .append('}');
            separator = ", ";
        }
        return json.append("]}").toString();
    }

    /** JSON string escaping; unlike Commons Text's escapeJson it leaves '/' alone, so IRIs stay readable. */
    private static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
