package dev.papergraph;

import dev.papergraph.extract.CoreNlpMentionExtractor;
import dev.papergraph.extract.Mention;
import dev.papergraph.extract.MentionExtractor;
import dev.papergraph.extract.NlpLevel;
import dev.papergraph.extract.PaperExtraction;
import dev.papergraph.extract.RelationFinder;
import dev.papergraph.extract.RelationMention;
import dev.papergraph.extract.SpanConvention;
import dev.papergraph.graph.GraphBuilder;
import dev.papergraph.graph.IriMinter;
import dev.papergraph.graph.PG;
import dev.papergraph.ingest.Paper;
import dev.papergraph.resolve.ConceptResolver;
import dev.papergraph.resolve.ConceptResolver.PaperInput;
import dev.papergraph.resolve.IncrementalResolver;
import dev.papergraph.resolve.IncrementalResolver.Changes;
import dev.papergraph.resolve.IncrementalResolver.PaperState;
import dev.papergraph.resolve.NormalizingConceptResolver;
import dev.papergraph.resolve.Resolution;
import dev.papergraph.store.KnowledgeStore;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;

/**
 * The only class that knows every stage: papers in, mentions extracted, concepts resolved, graphs
 * built and written, a batch at a time. Resolution is incremental ({@link IncrementalResolver}) yet
 * gives what resolving every stored paper at once would, so the graph is a function of the set of
 * papers, never of the order or batches they came in.
 */
public final class Pipeline {
    private final MentionExtractor extractor;
    private final ConceptResolver resolver;
    private final GraphBuilder builder;

    public Pipeline(MentionExtractor extractor, ConceptResolver resolver, GraphBuilder builder) {
        this.extractor = extractor;
        this.resolver = resolver;
        this.builder = builder;
    }

    /**
     * The standard pipeline: the CoreNLP extractor with relation finding, the normalising resolver,
     * and a graph builder minting IRIs under {@code iris}. The extractor loads its models once per
     * process (a few seconds) and is shared by every pipeline made here.
     */
    public static Pipeline standard(IriMinter iris) {
        return standard(iris, NlpLevel.FAST);
    }

    /** The standard pipeline with its extractor at the given NLP level. */
    public static Pipeline standard(IriMinter iris, NlpLevel level) {
        return standard(iris, level, SpanConvention.NAME);
    }

    /** The standard pipeline with its extractor at the given NLP level and span convention. */
    public static Pipeline standard(IriMinter iris, NlpLevel level, SpanConvention spans) {
        MentionExtractor extractor = standardExtractor(level, spans);
        return new Pipeline(extractor, new NormalizingConceptResolver(), new GraphBuilder(iris, Version.get(), extractor.version()));
    }

    /** The standard pipeline's extractor (loaded on first use), e.g. for benchmarks. */
    public static MentionExtractor standardExtractor() {
        return standardExtractor(NlpLevel.FAST);
    }

    /** The standard pipeline's extractor at the given NLP level (each level loaded on its first use). */
    public static MentionExtractor standardExtractor(NlpLevel level) {
        return standardExtractor(level, SpanConvention.NAME);
    }

    /**
     * The standard extractor for a level and a span convention, built on first use and then shared by
     * the process: each loads CoreNLP models, so the default never loads what only the others need.
     */
    public static MentionExtractor standardExtractor(NlpLevel level, SpanConvention spans) {
        return EXTRACTORS.computeIfAbsent(List.of(level, spans),
                key -> withRelations(CoreNlpMentionExtractor.create(level, spans), new RelationFinder()));
    }

    private static final Map<List<Enum<?>>, MentionExtractor> EXTRACTORS = new ConcurrentHashMap<>();

    private static MentionExtractor withRelations(MentionExtractor mentions, RelationFinder relations) {
        return new MentionExtractor() {
            @Override
            public PaperExtraction extract(Paper paper) {
                return relations.addTo(mentions.extract(paper));
            }

            @Override
            public String version() {
                return mentions.version() + " relations=" + RelationFinder.COMPONENT;
            }
        };
    }

    /**
     * Adds papers to the store batch by batch, as they come: only papers not stored yet (or whose
     * text changed) go through NLP; the resolver then touches only the concepts and stored papers a
     * batch affects, and only those are rewritten. A batch is durable once its call returns, so an
     * interrupted ingest keeps every batch before the interruption.
     *
     * @param progress told the number of papers extracted so far
     */
    public IngestOutcome ingest(Iterable<Paper> papers, KnowledgeStore store, IngestOptions options, IntConsumer progress) {
        String startedAt = Instant.now().toString();
        store.index().fixMinSupport(options.minSupport());
        IncrementalResolver resolver = new IncrementalResolver(store.index());
        StoreWriter writer = new StoreWriter(store, resolver, builder, options.minSupport());
        long resolveNanos = 0;
        long writeNanos = 0;
        long extractNanos = 0;
        long t = System.nanoTime();
        writer.recover();
        Changes upgraded = resolver.upgrade();
        if (!upgraded.isEmpty()) {
            writer.write(upgraded);
        }
        if (store.index().paperCount() == 0 && store.hasPaperGraphs()) {
            // a store written before the index was kept beside it: index what it holds, once
            writer.write(resolver.apply(store.readPapers().values()));
        }
        writeNanos += System.nanoTime() - t;
        int added = 0;
        int updated = 0;
        int extracted = 0;
        int rewritten = 0;
        Iterator<Paper> input = papers.iterator();
        while (input.hasNext()) {
            t = System.nanoTime();
            int before = extracted;
            Window window = nextWindow(input, resolver, options, done -> progress.accept(before + done));
            added += window.added();
            updated += window.updated();
            extracted += window.extracted();
            long t1 = System.nanoTime();
            Changes changes = resolver.apply(window.inputs());
            long t2 = System.nanoTime();
            rewritten += changes.papers().size() - (int) window.inputs().stream().filter(in -> changes.papers().contains(in.paper().id())).count();
            if (!changes.isEmpty()) {
                writer.write(changes);
            }
            long t3 = System.nanoTime();
            extractNanos += t1 - t;
            resolveNanos += t2 - t1;
            writeNanos += t3 - t2;
        }
        if (added + updated > 0) {
            store.addToGraph(builder.iris().logGraph(), logEntry(startedAt, added));
        }
        StageTimes times = new StageTimes(0, millis(extractNanos), millis(resolveNanos), 0, millis(writeNanos));
        return new IngestOutcome(added, updated, extracted, rewritten, (int) store.index().conceptCount(), store.quadCount(), times);
    }

    /** The papers of one batch ready for the resolver, and what reading them took. */
    public record Window(List<PaperInput> inputs, int added, int updated, int extracted) {}

    /**
     * Takes the next batch of papers from the input: papers read twice are merged, papers already
     * stored gain what the new reading adds (NLP again only if their text changed), new ones go
     * through NLP.
     */
    public Window nextWindow(Iterator<Paper> input, IncrementalResolver resolver, IngestOptions options, IntConsumer progress) {
        Map<String, Paper> window = new LinkedHashMap<>();
        while (input.hasNext() && window.size() < options.batchSize()) {
            Paper paper = input.next();
            window.merge(paper.id(), paper, (a, b) -> Paper.merge(List.of(a, b)));
        }
        List<PaperInput> inputs = new ArrayList<>();
        List<Paper> toExtract = new ArrayList<>();
        int added = 0;
        int updated = 0;
        for (Paper paper : window.values()) {
            PaperState stored = resolver.paper(paper.id());
            if (stored == null) {
                added++;
                toExtract.add(paper);
                continue;
            }
            Paper merged = Paper.merge(List.of(stored.paper(), paper));
            if (merged.equals(stored.paper())) {
                continue;
            }
            updated++;
            boolean sameText = Objects.equals(merged.title(), stored.paper().title())
                    && merged.abstractText().equals(stored.paper().abstractText());
            if (sameText) {
                inputs.add(new PaperInput(merged, stored.extraction()));
            } else {
                toExtract.add(merged);
            }
        }
        List<PaperExtraction> extractions = extract(toExtract, options.threads(), progress);
        for (int i = 0; i < toExtract.size(); i++) {
            inputs.add(new PaperInput(toExtract.get(i), withConfidenceAtLeast(extractions.get(i), options.minConfidence())));
        }
        return new Window(inputs, added, updated, toExtract.size());
    }

    GraphBuilder builder() {
        return builder;
    }

    /** Extracts mentions from papers on several threads; results come back in the papers' order. */
    public List<PaperExtraction> extract(List<Paper> papers, int threads, IntConsumer progress) {
        if (papers.isEmpty()) {
            return List.of();
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "papergraph-extract");
            thread.setDaemon(true);
            return thread;
        });
        try {
            AtomicInteger done = new AtomicInteger();
            List<Future<PaperExtraction>> futures = new ArrayList<>();
            for (Paper paper : papers) {
                futures.add(pool.submit(() -> {
                    PaperExtraction extraction = roundedConfidences(extractor.extract(paper));
                    progress.accept(done.incrementAndGet());
                    return extraction;
                }));
            }
            List<PaperExtraction> results = new ArrayList<>();
            for (Future<PaperExtraction> future : futures) {
                results.add(future.get());
            }
            return results;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("extraction interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("extraction failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    /** Resolves concepts over the given papers without a store (for {@code papergraph extract}). */
    public Resolution resolve(Collection<PaperInput> inputs) {
        return resolver.resolve(inputs);
    }

    /**
     * Stored confidences keep three decimals; rounding fresh ones the same way makes a paper
     * extracted now and one read back from the store resolve alike.
     */
    private static PaperExtraction roundedConfidences(PaperExtraction e) {
        Map<Mention, Mention> rounded = new LinkedHashMap<>();
        e.mentions().forEach(m -> rounded.put(m, round(m)));
        List<RelationMention> relations = e.relations().stream()
                .map(r -> new RelationMention(r.type(), rounded.getOrDefault(r.subject(), round(r.subject())),
                        rounded.getOrDefault(r.object(), round(r.object())), r.component(), round(r.confidence())))
                .toList();
        return new PaperExtraction(e.paperId(), List.copyOf(rounded.values()), e.acronyms(), e.introduced(), relations);
    }

    private static Mention round(Mention m) {
        return new Mention(m.field(), m.type(), m.text(), m.start(), m.end(), m.sentence(), m.component(), round(m.confidence()));
    }

    private static double round(double confidence) {
        return BigDecimal.valueOf(confidence).setScale(3, RoundingMode.HALF_UP).doubleValue();
    }

    private static PaperExtraction withConfidenceAtLeast(PaperExtraction e, double minConfidence) {
        if (minConfidence <= 0) {
            return e;
        }
        List<Mention> kept = e.mentions().stream().filter(m -> m.confidence() >= minConfidence).toList();
        Set<Mention> keptSet = Set.copyOf(kept);
        List<RelationMention> relations = e.relations().stream()
                .filter(r -> r.confidence() >= minConfidence && keptSet.contains(r.subject()) && keptSet.contains(r.object()))
                .toList();
        Set<String> keptForms = kept.stream().map(Mention::text).collect(Collectors.toSet());
        Set<String> introduced = e.introduced().stream().filter(keptForms::contains).collect(Collectors.toSet());
        return new PaperExtraction(e.paperId(), kept, e.acronyms(), introduced, relations);
    }

    Graph logEntry(String startedAt, long papersAdded) {
        Graph g = GraphFactory.createDefaultGraph();
        Node activity = builder.iris().ingestActivity(startedAt);
        g.add(activity, RDF.type.asNode(), PG.IngestActivity.asNode());
        g.add(activity, PG.PROV.startedAtTime.asNode(), NodeFactory.createLiteralDT(startedAt, XSDDatatype.XSDdateTime));
        g.add(activity, PG.PROV.endedAtTime.asNode(), NodeFactory.createLiteralDT(Instant.now().toString(), XSDDatatype.XSDdateTime));
        g.add(activity, PG.papersAdded.asNode(), NodeFactory.createLiteralDT(Long.toString(papersAdded), XSDDatatype.XSDinteger));
        return g;
    }

    private static long millis(long nanos) {
        return nanos / 1_000_000;
    }
}
