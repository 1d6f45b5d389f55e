package dev.papergraph.cli;

import dev.papergraph.BulkBuild;
import dev.papergraph.IngestOptions;
import dev.papergraph.Pipeline;
import dev.papergraph.extract.Mention;
import dev.papergraph.extract.NlpLevel;
import dev.papergraph.extract.PaperExtraction;
import dev.papergraph.extract.SpanConvention;
import dev.papergraph.graph.IriMinter;
import dev.papergraph.ingest.JsonText;
import dev.papergraph.ingest.PaperStream;
import dev.papergraph.resolve.ConceptResolver.PaperInput;
import dev.papergraph.resolve.IncrementalResolver;
import dev.papergraph.resolve.ResolutionIndex;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
        IriMinter iris = new IriMinter(base);
        Path scratch = Files.createTempDirectory("papergraph-extract");
        try (PaperStream papers = inputOptions.collector(err, meter).open();
                ResolutionIndex index = ResolutionIndex.open(scratch.resolve("index.mv.db"));
                BufferedWriter order = Files.newBufferedWriter(scratch.resolve("order.txt"), StandardCharsets.UTF_8)) {
            if (!papers.hasNext()) {
                meter.finish();
                err.println("papergraph: nothing to extract: " + papers.report().summary());
                return 1;
            }
            // papers go through NLP and resolution a batch at a time; the concept of each mention is only
            // known once every paper is resolved, so the lines are written at the end, in input order
            IncrementalResolver resolver = new IncrementalResolver(index);
            Pipeline pipeline = Pipeline.standard(iris, level, spans);
            IngestOptions options = new IngestOptions(0, 1, Runtime.getRuntime().availableProcessors());
            long[] extracted = {0};
            while (papers.hasNext()) {
                long before = extracted[0];
                Pipeline.Window window = pipeline.nextWindow(papers, resolver, options,
                        done -> meter.show("extracting", before + done, -1, "papers"));
                extracted[0] += window.extracted();
                for (PaperInput input : window.inputs()) {
                    if (resolver.paper(input.paper().id()) == null) {
                        order.write(input.paper().id());
                        order.write('\n');
                    }
                }
                resolver.apply(window.inputs());
                index.commit();
            }
            meter.finish();
            order.close();
            try (Writer writer = out == null
                    ? new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8))
                    : Files.newBufferedWriter(out, StandardCharsets.UTF_8);
                    BufferedReader ids = Files.newBufferedReader(scratch.resolve("order.txt"), StandardCharsets.UTF_8)) {
                String id;
                while ((id = ids.readLine()) != null) {
                    IncrementalResolver.PaperState state = resolver.paper(id);
                    writer.write(jsonLine(state.extraction(), state.conceptKeys(), iris));
                    writer.write('\n');
                }
            }
        } finally {
            BulkBuild.deleteTree(scratch);
        }
        return 0;
    }

    static String jsonLine(PaperExtraction extraction, Map<Mention, String> conceptKeys, IriMinter iris) {
        StringBuilder json = new StringBuilder("{\"id\": \"").append(JsonText.escape(extraction.paperId())).append("\", \"mentions\": [");
        String separator = "";
        for (Mention m : extraction.mentions()) {
            String concept = iris.concept(conceptKeys.get(m)).getURI();
            json.append(separator)
                    .append("{\"start\": ").append(m.start())
                    .append(", \"end\": ").append(m.end())
                    .append(", \"type\": \"").append(m.type()).append('"')
                    .append(", \"text\": \"").append(JsonText.escape(m.text())).append('"')
                    .append(", \"field\": \"").append(m.field().label()).append('"')
                    .append(", \"concept\": \"").append(JsonText.escape(concept)).append('"')
                    .append(", \"component\": \"").append(JsonText.escape(m.component())).append('"')
                    .append(", \"confidence\": ").append(m.confidence())
                    .append(", \"introduced\": ").append(extraction.introduced().contains(m.text()))
                    .append('}');
            separator = ", ";
        }
        return json.append("]}").toString();
    }
}
