package dev.papergraph.extract;

import dev.papergraph.eval.GoldReader;
import dev.papergraph.eval.GoldRecord;
import dev.papergraph.ingest.Paper;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.DoubleAdder;
import java.util.function.Consumer;

/**
 * Measures the extractor against its own floor, CoreNLP's tokenize, ssplit, pos and lemma on the same
 * papers with the same threads, side by side in one run, so that the load of a shared machine weighs on
 * both alike. The extractor is meant to keep at least half of the floor's throughput.
 */
public final class ExtractorBenchmark {

    /**
     * Papers per second of the annotators alone and of the whole extractor, and the CPU time each spent per paper
     * (summed over threads), which depends less on what else the machine runs than the wall-clock rates do.
     */
    public record Result(int papers, int threads, double annotatorsPerSecond, double extractorPerSecond,
            double annotatorsCpuMillisPerPaper, double extractorCpuMillisPerPaper) {
        /** The extractor's throughput as a share of the floor's. */
        public double throughputRatio() {
            return extractorPerSecond / annotatorsPerSecond;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT,
                    "%d papers, %d threads: CoreNLP tokenize,ssplit,pos,lemma %.1f papers/s; extractor %.1f papers/s; "
                            + "extractor/CoreNLP throughput %.2f (cost ratio %.2fx); CPU per paper %.1f ms / %.1f ms (ratio %.2fx)",
                    papers, threads, annotatorsPerSecond, extractorPerSecond, throughputRatio(), 1 / throughputRatio(),
                    annotatorsCpuMillisPerPaper, extractorCpuMillisPerPaper, extractorCpuMillisPerPaper / annotatorsCpuMillisPerPaper);
        }
    }

    /** Papers timed in turn by each side: small enough that both see the same load on a shared machine. */
    private static final int SLICE = 40;

    private ExtractorBenchmark() {}

    /** Runs both once over a warm-up slice, then times them over all papers, alternating slice by slice. */
    public static Result run(List<Paper> papers, StanfordCoreNLP nlp, MentionExtractor extractor, int threads) {
        Consumer<Paper> annotate = paper -> {
            if (paper.title() != null) {
                AnalyzedText.of(nlp, paper.title());
            }
            AnalyzedText.of(nlp, paper.abstractText());
        };
        Consumer<Paper> extract = extractor::extract;
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "bench");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Paper> warmUp = papers.subList(0, Math.min(papers.size(), 50));
            time(warmUp, annotate, pool);
            time(warmUp, extract, pool);
            Timing annotators = new Timing(0, 0);
            Timing whole = new Timing(0, 0);
            for (int from = 0; from < papers.size(); from += SLICE) {
                List<Paper> slice = papers.subList(from, Math.min(papers.size(), from + SLICE));
                annotators = annotators.plus(time(slice, annotate, pool));
                whole = whole.plus(time(slice, extract, pool));
            }
            int n = papers.size();
            return new Result(n, threads, n / annotators.wallSeconds(), n / whole.wallSeconds(),
                    annotators.cpuSeconds() * 1000 / n, whole.cpuSeconds() * 1000 / n);
        } finally {
            pool.shutdownNow();
        }
    }

    private record Timing(double wallSeconds, double cpuSeconds) {
        Timing plus(Timing other) {
            return new Timing(wallSeconds + other.wallSeconds, cpuSeconds + other.cpuSeconds);
        }
    }

    private static Timing time(List<Paper> papers, Consumer<Paper> work, ExecutorService pool) {
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        DoubleAdder cpuSeconds = new DoubleAdder();
        long started = System.nanoTime();
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (Paper paper : papers) {
                futures.add(pool.submit(() -> {
                    long before = cpu.getCurrentThreadCpuTime();
                    work.accept(paper);
                    cpuSeconds.add((cpu.getCurrentThreadCpuTime() - before) / 1e9);
                }));
            }
            for (Future<?> future : futures) {
                future.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
        return new Timing((System.nanoTime() - started) / 1e9, cpuSeconds.sum());
    }

    /**
     * {@code ExtractorBenchmark GOLD.jsonl [THREADS] [LEVEL]}: times both on the records of a gold file (e.g. the
     * seeds gold); with LEVEL {@code full}, the extractor at that level too, against the same floor.
     */
    public static void main(String[] args) {
        if (args.length < 1) {
            System.err.println("usage: ExtractorBenchmark GOLD.jsonl [THREADS, default: cores] [LEVEL: " + NlpLevel.cliNames() + "]");
            System.exit(2);
        }
        List<Paper> papers = new ArrayList<>();
        for (GoldRecord r : GoldReader.read(Path.of(args[0]))) {
            papers.add(new Paper(r.id(), r.title(), r.text(), null, null, null, null, null, null, null));
        }
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : Runtime.getRuntime().availableProcessors();
        NlpLevel level = args.length > 2 ? NlpLevel.fromCliName(args[2]).orElseThrow(
                () -> new IllegalArgumentException("unknown level '" + args[2] + "' (one of " + NlpLevel.cliNames() + ")")) : NlpLevel.FAST;
        StanfordCoreNLP nlp = NlpPipelineFactory.create();
        System.out.println(run(papers, nlp, CoreNlpMentionExtractor.create(nlp), threads));
        if (level != NlpLevel.FAST) {
            System.out.println("--nlp " + level.cliName() + ": " + run(papers, nlp, CoreNlpMentionExtractor.create(level), threads));
        }
    }
}
