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
import dev.papergraph.resolve.Concept;
import dev.papergraph.resolve.ConceptResolver;
import dev.papergraph.resolve.ConceptResolver.PaperInput;
import dev.papergraph.resolve.NormalizingConceptResolver;
import dev.papergraph.resolve.Resolution;
import dev.papergraph.store.KnowledgeStore;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
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
 * The only class that knows every stage: papers in, mentions extracted, concepts resolved over
 * everything stored, graphs built and written. Resolution always runs over the whole store, so
 * the graph is a function of the set of papers, never of the order or batches they came in.
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
     * Adds papers to the store: only papers not stored yet go through NLP; then every stored
     * paper's graph and the concepts graph are rebuilt and written where they changed.
     *
     * @param progress told the number of papers extracted so far
     */
    public IngestOutcome ingest(Collection<Paper> papers, KnowledgeStore store, IngestOptions options, IntConsumer progress) {
        String startedAt = Instant.now().toString();
        SortedMap<String, PaperInput> stored = store.readPapers();
        Map<String, PaperInput> inputs = new LinkedHashMap<>(stored);
        List<Paper> toExtract = new ArrayList<>();
        int added = 0;
        for (Paper paper : papers) {
            PaperInput before = inputs.get(paper.id());
            if (before == null) {
                added++;
                toExtract.add(paper);
                continue;
            }
            Paper merged = Paper.merge(List.of(before.paper(), paper));
            boolean sameText = Objects.equals(merged.title(), before.paper().title())
                    && merged.abstractText().equals(before.paper().abstractText());
            if (sameText) {
                inputs.put(paper.id(), new PaperInput(merged, before.extraction()));
            } else {
                toExtract.add(merged);
            }
        }
        long t0 = System.nanoTime();
        List<PaperExtraction> extractions = extract(toExtract, options.threads(), progress);
        for (int i = 0; i < toExtract.size(); i++) {
            Paper paper = toExtract.get(i);
            inputs.put(paper.id(), new PaperInput(paper, withConfidenceAtLeast(extractions.get(i), options.minConfidence())));
        }
        long t1 = System.nanoTime();
        Resolution resolution = supportedOnly(resolver.resolve(inputs.values()), options.minSupport());
        long t2 = System.nanoTime();
        List<PaperInput> kept = inputs.values().stream()
                .map(input -> new PaperInput(input.paper(), keptBy(input.extraction(), resolution)))
                .toList();
        Map<Node, Graph> paperGraphs = builder.paperGraphs(kept, resolution);
        Graph concepts = builder.conceptsGraph(resolution);
        long t3 = System.nanoTime();
        int written = store.replaceGraphs(paperGraphs);
        store.replaceGraphs(Map.of(builder.iris().conceptsGraph(), concepts));
        if (written > 0) {
            store.addToGraph(builder.iris().logGraph(), logEntry(startedAt, added));
        }
        long t4 = System.nanoTime();
        StageTimes times = new StageTimes(0, millis(t1 - t0), millis(t2 - t1), millis(t3 - t2), millis(t4 - t3));
        return new IngestOutcome(added, written - added, toExtract.size(), resolution.concepts().size(), store.quadCount(), times);
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

    /** Drops concepts below the support threshold, with everything that points at them. */
    private static Resolution supportedOnly(Resolution r, int minSupport) {
        if (minSupport <= 1) {
            return r;
        }
        Set<String> kept = r.concepts().stream().filter(c -> c.support() >= minSupport).map(Concept::key).collect(Collectors.toSet());
        Map<String, Map<Mention, String>> keys = new LinkedHashMap<>();
        r.conceptKeys().forEach((paperId, byMention) -> {
            Map<Mention, String> keptKeys = new LinkedHashMap<>();
            byMention.forEach((mention, key) -> {
                if (kept.contains(key)) {
                    keptKeys.put(mention, key);
                }
            });
            keys.put(paperId, keptKeys);
        });
        return new Resolution(
                r.concepts().stream().filter(c -> kept.contains(c.key())).toList(),
                keys,
                r.relations().stream().filter(rel -> kept.contains(rel.subjectKey()) && kept.contains(rel.objectKey())).toList(),
                r.coOccurrences().stream().filter(c -> kept.contains(c.firstKey()) && kept.contains(c.secondKey())).toList());
    }

    /** The part of an extraction whose mentions the resolution kept. */
    private static PaperExtraction keptBy(PaperExtraction e, Resolution r) {
        Map<Mention, String> keys = r.conceptKeys().getOrDefault(e.paperId(), Map.of());
        if (keys.keySet().containsAll(e.mentions())) {
            return e;
        }
        List<Mention> kept = e.mentions().stream().filter(keys::containsKey).toList();
        List<RelationMention> relations = e.relations().stream()
                .filter(rel -> keys.containsKey(rel.subject()) && keys.containsKey(rel.object()))
                .toList();
        return new PaperExtraction(e.paperId(), kept, e.acronyms(), e.introduced(), relations);
    }

    private Graph logEntry(String startedAt, int papersAdded) {
        Graph g = GraphFactory.createDefaultGraph();
        Node activity = builder.iris().ingestActivity(startedAt);
        g.add(activity, RDF.type.asNode(), PG.IngestActivity.asNode());
        g.add(activity, PG.PROV.startedAtTime.asNode(), NodeFactory.createLiteralDT(startedAt, XSDDatatype.XSDdateTime));
        g.add(activity, PG.PROV.endedAtTime.asNode(), NodeFactory.createLiteralDT(Instant.now().toString(), XSDDatatype.XSDdateTime));
        g.add(activity, PG.papersAdded.asNode(), NodeFactory.createLiteralDT(Integer.toString(papersAdded), XSDDatatype.XSDinteger));
        return g;
    }

    private static long millis(long nanos) {
        return nanos / 1_000_000;
    }
}
