package dev.papergraph.cli;

import dev.papergraph.BulkBuild;
import dev.papergraph.IngestOptions;
import dev.papergraph.IngestOutcome;
import dev.papergraph.Pipeline;
import dev.papergraph.StageTimes;
import dev.papergraph.extract.ExtractorBenchmark;
import dev.papergraph.extract.NlpLevel;
import dev.papergraph.extract.NlpPipelineFactory;
import dev.papergraph.graph.IriMinter;
import dev.papergraph.ingest.PaperCollection;
import dev.papergraph.store.KnowledgeStore;
import dev.papergraph.store.NamedQuery;
import dev.papergraph.store.QueryRunner;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "bench", description = {
        "Times a full ingest into a fresh TDB2 store in a temporary folder, stage by stage, then the shipped queries.",
        "Example: papergraph bench --sample"})
final class BenchCommand implements Callable<Integer> {
    @Mixin
    InputOptions inputOptions;

    @Mixin
    NlpOptions nlpOptions;

    @Option(names = "--threads", paramLabel = "N", description = "Extraction threads (default: the number of cores).")
    Integer threads;

    @Option(names = "--scale", description = "Stores of growing size (see --sizes) from one extraction file: cost of adding "
            + "1,000 papers, peak heap, disk, bulk build and loader speed, and query, page, API and export latency.")
    boolean scale;

    @Option(names = "--extractions", paramLabel = "FILE",
            description = "--scale: the extraction file to build from (written by 'build --extractions FILE'); without it, one "
                    + "is made from the inputs, or from a corpus generated out of --corpora, paying NLP once.")
    Path extractions;

    @Option(names = "--sizes", paramLabel = "N,N,...", split = ",", defaultValue = "1000,10000,100000",
            description = "--scale: store sizes in papers (default: ${DEFAULT-VALUE}); the file needs the largest + 1,000 records, the last 1,000 being the papers added to each.")
    List<Integer> sizes;

    @Option(names = "--corpora", paramLabel = "DIR", defaultValue = "../shared/corpora",
            description = "--scale without --extractions or inputs: annotated corpora whose sentences make the corpus (default: ${DEFAULT-VALUE}).")
    Path corpora;

    @Option(names = "--work", paramLabel = "DIR", description = "--scale: folder for the stores (default: a new temporary folder, deleted after).")
    Path work;

    @Option(names = "--skip-nlp", description = "--scale: do not time NLP on the added 1,000 papers.")
    boolean skipNlp;

    @Option(names = "--query-runs", paramLabel = "N", defaultValue = "5",
            description = "Runs per shipped query for the latency figures (default: ${DEFAULT-VALUE}).")
    int queryRuns;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (scale) {
            return scale();
        }
        var out = spec.commandLine().getOut();
        NlpLevel level = nlpOptions.level();
        ProgressMeter meter = new ProgressMeter(System.err, true);
        long t0 = System.nanoTime();
        PaperCollection collection = inputOptions.collect(spec.commandLine().getErr(), meter);
        long readMillis = (System.nanoTime() - t0) / 1_000_000;
        int papers = collection.papers().size();
        if (papers == 0) {
            throw new UserError("no papers to benchmark: " + collection.report().summary());
        }
        IngestOptions defaults = IngestOptions.defaults();
        IngestOptions options = new IngestOptions(0, 1, threads == null ? defaults.threads() : threads);
        Path folder = Files.createTempDirectory("papergraph-bench");
        try (KnowledgeStore store = KnowledgeStore.open(folder, IriMinter.defaults())) {
            long loadStart = System.nanoTime();
            Pipeline pipeline = Pipeline.standard(store.iris(), level);
            long loadMillis = (System.nanoTime() - loadStart) / 1_000_000;
            IngestOutcome outcome = pipeline.ingest(collection.papers(), store, options, done -> {});
            StageTimes times = outcome.times().withRead(readMillis);
            double seconds = times.totalMillis() / 1000.0;
            out.printf(Locale.ROOT, "papergraph bench: %,d papers, %d extraction threads, %d cores%s%n", papers, options.threads(),
                    Runtime.getRuntime().availableProcessors(), level == NlpLevel.FAST ? "" : ", --nlp " + level.cliName());
            out.printf(Locale.ROOT, "  model load        %,8d ms (once per process, not in the totals)%n", loadMillis);
            stage(out, "read", times.readMillis(), times);
            stage(out, "nlp (extract)", times.nlpMillis(), times);
            stage(out, "resolve", times.resolveMillis(), times);
            stage(out, "graph", times.graphMillis(), times);
            stage(out, "store (TDB2)", times.storeMillis(), times);
            out.printf(Locale.ROOT, "  total             %,8d ms%n", times.totalMillis());
            out.printf(Locale.ROOT, "throughput: %.1f abstracts/s, %,.0f triples/s (%,d triples); latency %.1f ms per abstract%n",
                    papers / seconds, outcome.triples() / seconds, outcome.triples(), times.totalMillis() / (double) papers);
            out.printf(Locale.ROOT, "extraction throughput against CoreNLP tokenize,ssplit,pos,lemma alone, same papers, %d threads, one run:%n",
                    options.threads());
            StanfordCoreNLP floor = NlpPipelineFactory.create();
            out.println("  " + ExtractorBenchmark.run(collection.papers(), floor, Pipeline.standardExtractor(), options.threads()));
            if (level != NlpLevel.FAST) {
                // The floor is timed again next to this level, so each ratio compares runs made at the same time.
                out.println("  --nlp " + level.cliName() + ": "
                        + ExtractorBenchmark.run(collection.papers(), floor, Pipeline.standardExtractor(level), options.threads()));
            }
            queryLatencies(out, store);
        } finally {
            try (Stream<Path> walk = Files.walk(folder)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        return 0;
    }

    private Integer scale() throws Exception {
        var out = spec.commandLine().getOut();
        Path folder = work != null ? Files.createDirectories(work) : Files.createTempDirectory("papergraph-bench-scale");
        try {
            Path file = extractions;
            if (file == null) {
                int needed = sizes.stream().mapToInt(Integer::intValue).max().orElse(0) + ScaleBench.BATCH;
                List<String> inputs = inputOptions.inputs;
                if (inputs.isEmpty() && !inputOptions.sample) {
                    Path corpus = folder.resolve("corpus.jsonl");
                    dev.papergraph.bench.ScaleCorpus.write(corpora, needed, 1, corpus);
                    inputs = List.of(corpus.toString());
                }
                file = folder.resolve("extractions.jsonl");
                List<String> build = new ArrayList<>(List.of("build", "--quiet", "--store", folder.resolve("extracted").toString(),
                        "--extractions", file.toString()));
                build.addAll(inputs);
                if (inputOptions.sample) {
                    build.add("--sample");
                }
                if (PapergraphCommand.run(build.toArray(String[]::new)) != 0) {
                    throw new UserError("could not extract the benchmark corpus");
                }
            }
            new ScaleBench(out, file, folder, queryRuns).run(sizes, !skipNlp);
        } finally {
            if (work == null) {
                BulkBuild.deleteTree(folder);
            }
        }
        return 0;
    }

    private static void stage(java.io.PrintWriter out, String name, long millis, StageTimes times) {
        out.printf(Locale.ROOT, "  %-17s %,8d ms  %5.1f %%%n", name, millis, 100.0 * millis / Math.max(1, times.totalMillis()));
    }

    /** Median and worst latency of each shipped query, run with its example bindings, on the benchmark store, warm. */
    private void queryLatencies(java.io.PrintWriter out, KnowledgeStore store) {
        out.printf(Locale.ROOT, "query latency over %d warm runs (median / max ms):%n", queryRuns);
        OutputStream discard = OutputStream.nullOutputStream();
        for (NamedQuery q : NamedQuery.values()) {
            // The example bindings name sample-corpus concepts and papers; elsewhere they may match nothing.
            Map<String, org.apache.jena.rdf.model.RDFNode> bindings = q.example();
            QueryRunner.run(store.dataset(), q.query(), bindings, QueryRunner.Format.csv, discard);
            List<Double> runs = new ArrayList<>();
            for (int i = 0; i < queryRuns; i++) {
                long start = System.nanoTime();
                QueryRunner.run(store.dataset(), q.query(), bindings, QueryRunner.Format.csv, discard);
                runs.add((System.nanoTime() - start) / 1e6);
            }
            runs.sort(Comparator.naturalOrder());
            out.printf(Locale.ROOT, "  %-28s %8.1f / %8.1f%n", q.fileName(), runs.get(runs.size() / 2), runs.get(runs.size() - 1));
        }
    }
}
