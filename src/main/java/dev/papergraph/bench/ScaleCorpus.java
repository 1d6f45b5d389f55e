package dev.papergraph.bench;

import dev.papergraph.ingest.JsonText;
import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * A synthetic corpus of N papers for scale benchmarks, written as JSON Lines in the arXiv metadata snapshot's
 * shape ({@code id, authors, title, categories, abstract, update_date}), which {@code JsonlPaperReader} reads
 * as it is. Each abstract is 4 to 10 real sentences from the annotated corpora ({@link SentencePool}):
 *
 * <pre>{@code
 * ScaleCorpus.create().corpora(Path.of("../shared/corpora")).papers(100_000).seed(1).build()
 *         .writeTo(Path.of("papers-100k.jsonl.gz"));
 * }</pre>
 *
 * <p>Each paper is about one topic concept (an annotated Method, Dataset or Task name) drawn with a Zipf
 * distribution over the concepts ranked by how many pool sentences mention them; one or two sentences
 * mentioning it follow an opening sentence ("We propose …"), the rest are drawn uniformly from the pool, and a
 * result sentence may close the abstract. Concepts therefore recur across papers with the skew real corpora
 * have, and a sentence that defines an acronym ("Long Short-Term Memory (LSTM)") lands in some papers while
 * others only use the acronym. Titles are made from the abstract's own concepts ("LSTM for Machine
 * Translation"), ids are arXiv-like {@code YYMM.NNNNN} in date order, and dates spread evenly over the years.
 *
 * <p>Paper {@code i}'s title, authors, categories and abstract depend only on the seed, {@code i} and the pool;
 * its id and month also on the paper count and the years. The same settings and corpora give a byte-identical
 * file, and the first 1,000 papers of a 10,000-paper file have the abstracts of the 1,000-paper file. Papers are written one at a time: memory holds the pool (a few MB)
 * and one line. A file name ending in {@code .gz} is gzip-compressed.
 */
public final class ScaleCorpus {
    /** The corpora folder when none is named: the shared folder beside a checkout. */
    public static final Path DEFAULT_CORPORA = Path.of("../shared/corpora");

    /**
     * What one run wrote.
     *
     * @param jsonBytes the JSON Lines' size before compression
     * @param seconds wall-clock time of the writing, pool read excluded
     * @param cpuSeconds CPU time of the writing thread (compression included), a figure a busy machine does not skew
     * @param conceptsUsed pool concepts (annotated Method, Dataset and Task names) found in at least one paper
     * @param topConcepts the ten concepts in most papers, most first
     * @param zipfExponent the slope s of papers-per-concept ~ rank^-s, fitted in log-log space over ranks 1 to 1,000
     */
    public record Summary(long papers, long jsonBytes, long fileBytes, double seconds, double cpuSeconds, int conceptsUsed,
            List<ConceptCount> topConcepts, double zipfExponent) {
        public Summary {
            topConcepts = List.copyOf(topConcepts);
        }

        public double papersPerSecond() {
            return papers / Math.max(seconds, 1e-9);
        }

        public double papersPerCpuSecond() {
            return papers / Math.max(cpuSeconds, 1e-9);
        }

        /** Megabytes (10^6) of JSON per second, before compression. */
        public double megabytesPerSecond() {
            return jsonBytes / 1e6 / Math.max(seconds, 1e-9);
        }
    }

    /** A concept and the number of papers whose abstract mentions it (as annotated in the pool). */
    public record ConceptCount(String label, String type, long papers) {}

    /** Papers per concept, counted while writing. */
    private static final class ConceptTally {
        final long[] papers;
        final long[] lastPaper;

        ConceptTally(int concepts) {
            papers = new long[concepts];
            lastPaper = new long[concepts];
            Arrays.fill(lastPaper, -1);
        }

        void count(long paper, int[] concepts) {
            for (int c : concepts) {
                if (lastPaper[c] != paper) {
                    lastPaper[c] = paper;
                    papers[c]++;
                }
            }
        }
    }

    private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
    private static final String[] CATEGORIES = {"cs.CL", "cs.LG", "cs.CV", "cs.AI", "stat.ML", "cs.IR", "cs.NE"};
    private static final Set<String> SMALL_WORDS =
            Set.of("a", "an", "the", "of", "for", "and", "or", "in", "on", "with", "to", "via", "by", "from", "at");

    private final SentencePool pool;
    private final Builder settings;
    private final long papers;
    private final long seed;
    private final int firstYear;
    private final int months;
    private final double[] conceptCdf;
    private final byte[][] conceptTitles;
    private final byte[][] givenNames;
    private final byte[][] givenInitials;
    private final byte[][] surnames;
    private final double[] givenCdf;
    private final double[] surnameCdf;

    ScaleCorpus(Builder builder) {
        this.pool = builder.pool != null ? builder.pool : SentencePool.read(builder.corpora);
        this.settings = builder;
        this.papers = builder.papers;
        this.seed = builder.seed;
        this.firstYear = builder.firstYear;
        this.months = (builder.lastYear - builder.firstYear + 1) * 12;
        if (papers > 99_999L * months) {
            throw new IllegalArgumentException(String.format(
                    "%,d papers do not fit arXiv-like ids (at most 99,999 a month) over %d-%d; widen the years",
                    papers, builder.firstYear, builder.lastYear));
        }
        this.conceptCdf = zipfCdf(pool.concepts().size(), builder.conceptSkew);
        this.conceptTitles = pool.concepts().stream().map(c -> json(titleCase(c.label()))).toArray(byte[][]::new);
        String[] given = names("given-names.txt");
        this.givenNames = Arrays.stream(given).map(ScaleCorpus::json).toArray(byte[][]::new);
        this.givenInitials = Arrays.stream(given).map(g -> json(g.charAt(0) + ".")).toArray(byte[][]::new);
        this.surnames = Arrays.stream(names("surnames.txt")).map(ScaleCorpus::json).toArray(byte[][]::new);
        this.givenCdf = zipfCdf(givenNames.length, 0.7);
        this.surnameCdf = zipfCdf(surnames.length, 0.9);
    }

    public static Builder create() {
        return new Builder();
    }

    /** Shortcut: {@code papers} papers from the corpora under {@code corpora}, written to {@code out}. */
    public static Summary write(Path corpora, long papers, long seed, Path out) {
        return create().corpora(corpora).papers(papers).seed(seed).build().writeTo(out);
    }

    /**
     * The same corpus settings and pool with another paper count, without reading the corpora again: how a
     * benchmark writes its 1k, 10k and 100k files.
     */
    public ScaleCorpus withPapers(long papers) {
        Builder copy = new Builder();
        copy.corpora = settings.corpora;
        copy.seed = settings.seed;
        copy.firstYear = settings.firstYear;
        copy.lastYear = settings.lastYear;
        copy.conceptSkew = settings.conceptSkew;
        return copy.papers(papers).pool(pool).build();
    }

    /** Sentences in the pool that abstracts are composed from. */
    public int poolSentences() {
        return pool.size();
    }

    /** Distinct Method, Dataset and Task names mentioned in the pool. */
    public int poolConcepts() {
        return pool.concepts().size();
    }

    /** Corpus files the pool was read from. */
    public int poolFiles() {
        return pool.files();
    }

    /**
     * Writes the papers to a file, gzip-compressed when its name ends in {@code .gz}; an existing file is replaced.
     *
     * @throws UncheckedIOException when the file cannot be written
     */
    public Summary writeTo(Path out) {
        boolean gzip = out.getFileName().toString().endsWith(".gz");
        long started = System.nanoTime();
        long startedCpu = CPU.getCurrentThreadCpuTime();
        ConceptTally tally = new ConceptTally(pool.concepts().size());
        long jsonBytes;
        try (OutputStream file = Files.newOutputStream(out)) {
            OutputStream sink = gzip ? new FastGzip(file) : file;
            jsonBytes = writeJsonLines(sink, tally);
            sink.close();
        } catch (IOException e) {
            throw new UncheckedIOException(out + ": " + e.getMessage(), e);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        try {
            return summary(jsonBytes, Files.size(out), seconds, cpuSince(startedCpu), tally);
        } catch (IOException e) {
            throw new UncheckedIOException(out + ": " + e.getMessage(), e);
        }
    }

    /** Writes the papers as uncompressed JSON Lines to a stream, which is flushed, not closed. */
    public Summary writeTo(OutputStream out) {
        long started = System.nanoTime();
        long startedCpu = CPU.getCurrentThreadCpuTime();
        ConceptTally tally = new ConceptTally(pool.concepts().size());
        try {
            long bytes = writeJsonLines(out, tally);
            return summary(bytes, bytes, (System.nanoTime() - started) / 1e9, cpuSince(startedCpu), tally);
        } catch (IOException e) {
            throw new UncheckedIOException(e.getMessage(), e);
        }
    }

    private static double cpuSince(long startedCpu) {
        return (CPU.getCurrentThreadCpuTime() - startedCpu) / 1e9;
    }

    private Summary summary(long jsonBytes, long fileBytes, double seconds, double cpuSeconds, ConceptTally tally) {
        long[] sorted = Arrays.stream(tally.papers).filter(n -> n > 0).sorted().toArray();
        int used = sorted.length;
        Integer[] byPapers = new Integer[tally.papers.length];
        for (int c = 0; c < byPapers.length; c++) {
            byPapers[c] = c;
        }
        Arrays.sort(byPapers, (a, b) -> tally.papers[a] != tally.papers[b] ? Long.compare(tally.papers[b], tally.papers[a]) : Integer.compare(a, b));
        List<ConceptCount> top = Arrays.stream(byPapers)
                .limit(Math.min(10, used))
                .map(c -> new ConceptCount(pool.concepts().get(c).label(), pool.concepts().get(c).type(), tally.papers[c]))
                .toList();
        // Least squares of log(papers) on log(rank) over ranks 1..1000.
        int ranks = Math.min(1000, used);
        double sx = 0, sy = 0, sxx = 0, sxy = 0;
        for (int r = 1; r <= ranks; r++) {
            double x = Math.log(r);
            double y = Math.log(sorted[used - r]);
            sx += x;
            sy += y;
            sxx += x * x;
            sxy += x * y;
        }
        double slope = ranks < 2 ? 0 : (ranks * sxy - sx * sy) / (ranks * sxx - sx * sx);
        return new Summary(papers, jsonBytes, fileBytes, seconds, cpuSeconds, used, top, -slope);
    }

    private long writeJsonLines(OutputStream out, ConceptTally tally) throws IOException {
        CountingStream counted = new CountingStream(new BufferedOutputStream(out, 1 << 16));
        Line line = new Line();
        int month = -1;
        int inMonth = 0;
        for (long i = 0; i < papers; i++) {
            int m = (int) (i * months / papers);
            inMonth = m == month ? inMonth + 1 : 1;
            month = m;
            line.length = 0;
            for (int sentence : appendPaper(line, i, m, inMonth)) {
                tally.count(i, pool.conceptsOf(sentence));
            }
            counted.write(line.bytes, 0, line.length);
        }
        counted.flush();
        return counted.count;
    }

    /** One JSON line for paper {@code i}, the {@code inMonth}-th of month {@code month} after the first. */
    private int[] appendPaper(Line line, long i, int month, int inMonth) {
        SplitMix rng = new SplitMix(seed * 0x9E3779B97F4A7C15L + i);
        int year = firstYear + month / 12;
        int monthOfYear = month % 12 + 1;
        int day = 1 + rng.nextInt(28);

        int topic = pick(conceptCdf, rng);
        int[] chosen = chooseSentences(rng, topic);

        line.ascii("{\"id\":\"");
        line.twoDigits(year % 100);
        line.twoDigits(monthOfYear);
        line.ascii(".");
        String number = Integer.toString(inMonth);
        line.ascii("00000".substring(number.length()));
        line.ascii(number);
        line.ascii("\",\"authors\":\"");
        appendAuthors(line, rng);
        line.ascii("\",\"title\":\"");
        appendTitle(line, rng, topic, chosen);
        line.ascii("\",\"categories\":\"");
        appendCategories(line, rng);
        line.ascii("\",\"abstract\":\"");
        for (int k = 0; k < chosen.length; k++) {
            if (k > 0) {
                line.ascii(" ");
            }
            line.bytes(pool.jsonText(chosen[k]));
        }
        line.ascii("\",\"update_date\":\"");
        line.twoDigits(year / 100);
        line.twoDigits(year % 100);
        line.ascii("-");
        line.twoDigits(monthOfYear);
        line.ascii("-");
        line.twoDigits(day);
        line.ascii("\"}\n");
        return chosen;
    }

    /** An opener, one or two sentences about the topic, uniform fillers and maybe a closing result sentence. */
    private int[] chooseSentences(SplitMix rng, int topic) {
        int count = 4 + rng.nextInt(4) + rng.nextInt(4);
        int[] chosen = new int[count];
        int n = 0;
        int[] openers = pool.openers();
        int[] closers = pool.closers();
        int[] about = pool.concepts().isEmpty() ? new int[0] : pool.concepts().get(topic).sentences();
        boolean close = closers.length > 0 && rng.nextInt(10) < 6;
        if (openers.length > 0 && rng.nextInt(10) < 8) {
            n = add(chosen, n, openers[rng.nextInt(openers.length)]);
        }
        int topical = about.length == 0 ? 0 : (count >= 6 && about.length >= 2 ? 2 : 1);
        for (int k = 0; k < topical * 3 && n < count && countFrom(chosen, n, about) < topical; k++) {
            n = add(chosen, n, about[rng.nextInt(about.length)]);
        }
        int fillTo = close ? count - 1 : count;
        for (int tries = 0; n < fillTo && tries < count * 4; tries++) {
            n = add(chosen, n, rng.nextInt(pool.size()));
        }
        for (int tries = 0; close && n < count && tries < 4; tries++) {
            n = add(chosen, n, closers[rng.nextInt(closers.length)]);
        }
        for (int tries = 0; n < count && tries < count * 4; tries++) {
            n = add(chosen, n, rng.nextInt(pool.size()));
        }
        return n == count ? chosen : Arrays.copyOf(chosen, n);
    }

    private static int add(int[] chosen, int n, int sentence) {
        for (int k = 0; k < n; k++) {
            if (chosen[k] == sentence) {
                return n;
            }
        }
        chosen[n] = sentence;
        return n + 1;
    }

    private static int countFrom(int[] chosen, int n, int[] sorted) {
        int found = 0;
        for (int k = 0; k < n; k++) {
            if (Arrays.binarySearch(sorted, chosen[k]) >= 0) {
                found++;
            }
        }
        return found;
    }

    /** A title from the abstract's own concepts, led by the topic; a plain sentence prefix when it has none. */
    private void appendTitle(Line line, SplitMix rng, int topic, int[] chosen) {
        int method = -1;
        int task = -1;
        int dataset = -1;
        List<SentencePool.Concept> concepts = pool.concepts();
        for (int k = -1; k < chosen.length; k++) {
            int[] mentioned = k < 0 ? (concepts.isEmpty() ? new int[0] : new int[] {topic}) : pool.conceptsOf(chosen[k]);
            for (int c : mentioned) {
                switch (concepts.get(c).type()) {
                    case "Method" -> method = method < 0 ? c : method;
                    case "Task" -> task = task < 0 ? c : task;
                    default -> dataset = dataset < 0 ? c : dataset;
                }
            }
        }
        String[] forms;
        if (method >= 0 && task >= 0 && dataset >= 0 && rng.nextInt(3) == 0) {
            forms = new String[] {"%M for %T: Evidence from %D", "%M for %T on %D"};
        } else if (method >= 0 && task >= 0) {
            forms = new String[] {"%M for %T", "Improving %T with %M", "%T via %M", "%M: Towards Better %T"};
        } else if (task >= 0 && dataset >= 0) {
            forms = new String[] {"%T on %D", "A Study of %T on %D"};
        } else if (method >= 0 && dataset >= 0) {
            forms = new String[] {"%M on %D", "Revisiting %M on %D"};
        } else if (method >= 0) {
            forms = new String[] {"Rethinking %M", "On the Effectiveness of %M", "%M Revisited"};
        } else if (task >= 0) {
            forms = new String[] {"Towards Robust %T", "A Simple Approach to %T", "Learning for %T"};
        } else if (dataset >= 0) {
            forms = new String[] {"An Analysis of %D", "Lessons from %D"};
        } else {
            line.bytes(json(sentencePrefix(pool.text(chosen[0]))));
            return;
        }
        String form = forms[rng.nextInt(forms.length)];
        for (int at = 0; at < form.length(); at++) {
            char c = form.charAt(at);
            if (c == '%') {
                char slot = form.charAt(++at);
                line.bytes(conceptTitles[slot == 'M' ? method : slot == 'T' ? task : dataset]);
            } else {
                line.ascii(c);
            }
        }
    }

    private static String sentencePrefix(String sentence) {
        String[] words = sentence.substring(0, sentence.length() - 1).split(" ");
        return titleCase(String.join(" ", Arrays.copyOf(words, Math.min(words.length, 8))).replaceAll("[,;:]$", ""));
    }

    /** Capitalises lower-case words except short function words after the first; acronyms stay as they are. */
    static String titleCase(String title) {
        String[] words = title.split(" ");
        StringBuilder out = new StringBuilder(title.length());
        for (int k = 0; k < words.length; k++) {
            String word = words[k];
            if (k > 0) {
                out.append(' ');
            }
            boolean small = k > 0 && SMALL_WORDS.contains(word) && !words[k - 1].endsWith(":");
            if (!word.isEmpty() && Character.isLowerCase(word.charAt(0)) && !small) {
                out.append(Character.toUpperCase(word.charAt(0))).append(word, 1, word.length());
            } else {
                out.append(word);
            }
        }
        return out.toString();
    }

    /** One to six authors, written as arXiv does: "A. Name, B. Name and C. Name". */
    private void appendAuthors(Line line, SplitMix rng) {
        int count = 1 + rng.nextInt(3) + rng.nextInt(4);
        for (int k = 0; k < count; k++) {
            if (k > 0) {
                line.ascii(k == count - 1 ? " and " : ", ");
            }
            int given = pick(givenCdf, rng);
            line.bytes(rng.nextInt(3) == 0 ? givenInitials[given] : givenNames[given]);
            line.ascii(" ");
            line.bytes(surnames[pick(surnameCdf, rng)]);
        }
    }

    private static void appendCategories(Line line, SplitMix rng) {
        int primary = rng.nextInt(CATEGORIES.length);
        line.ascii(CATEGORIES[primary]);
        if (rng.nextInt(2) == 0) {
            line.ascii(" ");
            line.ascii(CATEGORIES[(primary + 1 + rng.nextInt(CATEGORIES.length - 1)) % CATEGORIES.length]);
        }
    }

    private static byte[] json(String text) {
        return JsonText.escape(text).getBytes(StandardCharsets.UTF_8);
    }

    /** One output line as UTF-8 bytes, reused from paper to paper. */
    private static final class Line {
        byte[] bytes = new byte[1 << 14];
        int length;

        private void room(int more) {
            if (length + more > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + more));
            }
        }

        void bytes(byte[] more) {
            room(more.length);
            System.arraycopy(more, 0, bytes, length, more.length);
            length += more.length;
        }

        /** Text known to be ASCII and to need no JSON escape. */
        void ascii(String text) {
            room(text.length());
            for (int k = 0; k < text.length(); k++) {
                bytes[length++] = (byte) text.charAt(k);
            }
        }

        void ascii(char c) {
            room(1);
            bytes[length++] = (byte) c;
        }

        void twoDigits(int value) {
            room(2);
            bytes[length++] = (byte) ('0' + value / 10);
            bytes[length++] = (byte) ('0' + value % 10);
        }
    }

    private static int pick(double[] cdf, SplitMix rng) {
        int at = Arrays.binarySearch(cdf, rng.nextDouble());
        return Math.min(at < 0 ? -at - 1 : at, cdf.length - 1);
    }

    /** Cumulative Zipf probabilities over ranks 1..n with the given exponent, the last one exactly 1. */
    private static double[] zipfCdf(int n, double exponent) {
        double[] cdf = new double[Math.max(n, 1)];
        double sum = 0;
        for (int r = 0; r < cdf.length; r++) {
            sum += 1 / Math.pow(r + 1, exponent);
            cdf[r] = sum;
        }
        for (int r = 0; r < cdf.length; r++) {
            cdf[r] /= sum;
        }
        cdf[cdf.length - 1] = 1.0;
        return cdf;
    }

    private static String[] names(String resource) {
        InputStream in = ScaleCorpus.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing resource dev/papergraph/bench/" + resource);
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().map(String::strip).filter(s -> !s.isEmpty() && !s.startsWith("#")).toArray(String[]::new);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** SplitMix64: small, fast, and the same numbers on every JVM for a seed. */
    private static final class SplitMix {
        private long state;

        SplitMix(long seed) {
            this.state = seed;
        }

        long nextLong() {
            long z = (state += 0x9E3779B97F4A7C15L);
            z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
            z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
            return z ^ (z >>> 31);
        }

        int nextInt(int bound) {
            return (int) ((nextLong() >>> 33) % bound);
        }

        double nextDouble() {
            return (nextLong() >>> 11) * 0x1.0p-53;
        }
    }

    /** gzip at the fastest level: the benchmark wants the file quickly more than small. */
    private static final class FastGzip extends GZIPOutputStream {
        FastGzip(OutputStream out) throws IOException {
            super(out, 1 << 16);
            def.setLevel(Deflater.BEST_SPEED);
        }
    }

    private static final class CountingStream extends FilterOutputStream {
        long count;

        CountingStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            count += len;
        }
    }

    /** Settings for a {@link ScaleCorpus}; {@link #build()} reads the sentence pool. */
    public static final class Builder {
        private Path corpora = DEFAULT_CORPORA;
        private SentencePool pool;
        private long papers = 1_000;
        private long seed = 1;
        private int firstYear = 2015;
        private int lastYear = 2024;
        private double conceptSkew = 1.0;

        Builder() {}

        /** The folder of annotated corpora; every {@code *.jsonl} under it is read (default {@code ../shared/corpora}). */
        public Builder corpora(Path corpora) {
            this.corpora = corpora;
            return this;
        }

        /** How many papers to write (default 1,000). */
        public Builder papers(long papers) {
            if (papers < 0) {
                throw new IllegalArgumentException("papers must be 0 or more: " + papers);
            }
            this.papers = papers;
            return this;
        }

        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        /** The years the papers' dates spread over, evenly and in id order (default 2015 to 2024). */
        public Builder years(int first, int last) {
            if (first < 2000 || last > 2099 || first > last) {
                throw new IllegalArgumentException("years must run forwards within 2000-2099: " + first + "-" + last);
            }
            this.firstYear = first;
            this.lastYear = last;
            return this;
        }

        /** The Zipf exponent of the papers' topic concepts over their rank (default 1.0; 0 is uniform). */
        public Builder conceptSkew(double exponent) {
            if (!(exponent >= 0 && exponent <= 4)) {
                throw new IllegalArgumentException("concept skew must be within 0-4: " + exponent);
            }
            this.conceptSkew = exponent;
            return this;
        }

        /** Reuses a pool already read, so several sizes can be written from one read. */
        Builder pool(SentencePool pool) {
            this.pool = pool;
            return this;
        }

        /**
         * Reads the pool.
         *
         * @throws IllegalArgumentException when the corpora folder is missing or gives no usable sentence
         */
        public ScaleCorpus build() {
            return new ScaleCorpus(this);
        }
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "ScaleCorpus[%,d papers, seed %d, %,d pool sentences]", papers, seed, pool.size());
    }
}
