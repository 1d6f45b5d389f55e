package dev.papergraph;

import dev.papergraph.graph.GraphBuilder;
import dev.papergraph.graph.IriMinter;
import dev.papergraph.graph.PG;
import dev.papergraph.extract.Mention;
import dev.papergraph.extract.PaperExtraction;
import dev.papergraph.resolve.RelationReading;
import dev.papergraph.extract.RelationType;
import dev.papergraph.resolve.Concept;
import dev.papergraph.resolve.IncrementalResolver;
import dev.papergraph.resolve.IncrementalResolver.Changes;
import dev.papergraph.resolve.IncrementalResolver.PaperState;
import dev.papergraph.resolve.ResolutionIndex;
import dev.papergraph.store.KnowledgeStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sys.JenaSystem;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;

/**
 * Writes what a batch changed into the RDF store: each changed paper's graph whole, and in the
 * concepts graph each changed concept, co-occurrence pair and relation, old triples out and new ones
 * in. The resolver's index is the source of truth: the items to write are committed with it first
 * and cleared after the RDF store commits, so a crash in between is finished by {@link #recover()}
 * (the same items written again from the same state).
 */
final class StoreWriter {
    static {
        // Jena's vocabularies need Jena initialised first; this class may be the first to touch them
        JenaSystem.init();
    }

    private static final String PAPER = "paper";
    private static final String CONCEPT = "concept";
    private static final String PAIR = "pair";
    private static final String RELATION = "relation";
    private static final String INTRODUCTION = "introduction";
    private static final String STRONGEST = "strongest";
    /** What a concept's own item says about it, besides its variants' nodes and the aliases naming it. */
    private final List<Node> conceptPredicates = List.of(RDF.type.asNode(), SKOS.prefLabel.asNode(), PG.support.asNode(),
            SKOS.altLabel.asNode(), PG.hasVariant.asNode(), PG.firstSeen.asNode(), SKOS.exactMatch.asNode(),
            PG.paperswithcodeId.asNode(), PG.huggingfaceId.asNode(), PG.papersInYear.asNode());
    /** A concept's links to nodes of its own, whose triples belong to its item too. */
    private final List<Node> ownedNodes = List.of(PG.hasVariant.asNode(), PG.papersInYear.asNode());

    private final KnowledgeStore store;
    private final IncrementalResolver resolver;
    private final GraphBuilder builder;
    private final IriMinter iris;

    private final int minSupport;

    /** @param minSupport concepts named by fewer papers are left out of the graph, with their mentions and edges */
    StoreWriter(KnowledgeStore store, IncrementalResolver resolver, GraphBuilder builder, int minSupport) {
        this.store = store;
        this.resolver = resolver;
        this.builder = builder;
        this.iris = builder.iris();
        this.minSupport = minSupport;
    }

    /** A writer that only renders the resolver's state (see {@link #writeAll}), with no store to write to. */
    StoreWriter(IncrementalResolver resolver, GraphBuilder builder) {
        this(null, resolver, builder, 1);
    }

    /** Commits the resolver's state with the changed items marked pending, writes them, then clears them. */
    void write(Changes changes) {
        crossingsOfMinSupport(changes);
        List<String> items = new ArrayList<>();
        changes.papers().forEach(id -> items.add(item(PAPER, id)));
        changes.concepts().forEach(key -> items.add(item(CONCEPT, key)));
        changes.pairs().forEach(pair -> items.add(item(PAIR, pair)));
        changes.relations().forEach(relation -> items.add(item(RELATION, relation)));
        changes.introductions().forEach(introduction -> items.add(item(INTRODUCTION, introduction)));
        changes.strongestPartners().forEach(key -> items.add(item(STRONGEST, key)));
        ResolutionIndex index = store.index();
        index.markPending(items);
        index.commit();
        writeItems(items);
        index.clearPending();
        index.commit();
    }

    /**
     * A concept whose support crosses the threshold appears in (or leaves) the graph with its
     * mentions, pairs and relations: every paper naming it is written again.
     */
    private void crossingsOfMinSupport(Changes changes) {
        if (minSupport <= 1) {
            return;
        }
        changes.supportBefore().forEach((key, before) -> {
            if ((before >= minSupport) != (resolver.support(key) >= minSupport)) {
                for (String id : resolver.papersOf(key)) {
                    PaperState state = resolver.paper(id);
                    changes.papers().add(id);
                    IncrementalResolver.pairs(state.keys()).forEach(changes.pairs()::add);
                    changes.relations().addAll(state.relations());
                }
            }
        });
        // a partner crossing the threshold enters or leaves the strongest co-occurrences stated
        for (String pair : changes.pairs()) {
            for (String key : IncrementalResolver.parts(pair)) {
                if (!resolver.strongestPartners(key).isEmpty()) {
                    changes.strongestPartners().add(key);
                }
            }
        }
    }

    private boolean kept(String conceptKey) {
        return minSupport <= 1 || resolver.support(conceptKey) >= minSupport;
    }

    /** Writes the items a crash left pending; true when there were any. */
    boolean recover() {
        List<String> items = store.index().pendingItems();
        if (items.isEmpty()) {
            return false;
        }
        writeItems(items);
        store.index().clearPending();
        store.index().commit();
        return true;
    }

    private void writeItems(List<String> items) {
        Node concepts = iris.conceptsGraph();
        store.write(batch -> {
            Graph run = GraphFactory.createDefaultGraph();
            builder.addRun(run);
            batch.add(concepts, run);
            for (String item : items) {
                String[] parts = IncrementalResolver.parts(item);
                switch (parts[0]) {
                    case PAPER -> writePaper(batch, parts[1]);
                    case CONCEPT -> writeConcept(batch, concepts, parts[1]);
                    case PAIR -> writePair(batch, concepts, parts[1], parts[2]);
                    case RELATION -> writeRelation(batch, concepts, parts[1], RelationType.valueOf(parts[2]), parts[3]);
                    case INTRODUCTION -> writeIntroduction(batch, concepts, parts[1], parts[2]);
                    case STRONGEST -> batch.replace(concepts, batch.find(concepts, iris.concept(parts[1]),
                            PG.strongestCoOccurrence.asNode(), Node.ANY), strongest(parts[1]));
                    default -> throw new IllegalStateException("unknown pending item " + item);
                }
            }
        });
    }

    private void writePaper(KnowledgeStore.Batch batch, String id) {
        batch.replaceGraph(iris.paperGraph(id), paperGraph(id));
    }

    /** A paper's named graph as the resolver's state gives it, less what the support threshold leaves out. */
    Graph paperGraph(String id) {
        PaperState state = resolver.paper(id);
        Map<Mention, String> keys = state.conceptKeys();
        PaperExtraction extraction = state.extraction();
        List<RelationReading> readings = resolver.readings(state, keys);
        if (minSupport > 1) {
            keys.values().removeIf(key -> !kept(key));
            extraction = new PaperExtraction(extraction.paperId(),
                    extraction.mentions().stream().filter(keys::containsKey).toList(),
                    extraction.acronyms(), extraction.introduced(), extraction.relations());
            readings = readings.stream().filter(r -> kept(r.subjectKey()) && kept(r.objectKey())).toList();
        }
        return builder.paperGraph(state.paper(), extraction, keys::get, readings);
    }

    private void writeConcept(KnowledgeStore.Batch batch, Node graph, String key) {
        Node c = iris.concept(key);
        boolean written = !batch.find(graph, c, RDF.type.asNode(), PG.Concept.asNode()).isEmpty();
        List<Triple> before = new ArrayList<>();
        for (Node link : ownedNodes) {
            for (Triple owned : batch.find(graph, c, link, Node.ANY)) {
                before.addAll(batch.find(graph, owned.getObject(), Node.ANY, Node.ANY));
            }
        }
        // by predicate: a concept's pairs, relations and introductions, many for a common concept, are other items
        for (Node predicate : conceptPredicates) {
            before.addAll(batch.find(graph, c, predicate, Node.ANY));
        }
        before.addAll(batch.find(graph, Node.ANY, OWL.sameAs.asNode(), c));
        Graph item = concept(key, false);
        batch.replace(graph, before, item);
        if (written == item.isEmpty()) {
            // the concept appears or goes: so do the statements of the papers that introduce it
            batch.delete(graph, c, PG.introducedBy.asNode(), Node.ANY);
            Concept concept = item.isEmpty() ? null : resolver.concept(key);
            if (concept != null) {
                Graph introductions = GraphFactory.createDefaultGraph();
                concept.introducedBy().forEach(paper -> introductions.add(c, PG.introducedBy.asNode(), iris.paper(paper)));
                batch.addNew(graph, introductions);
            }
        }
    }

    private void writeIntroduction(KnowledgeStore.Batch batch, Node graph, String key, String paper) {
        Node c = iris.concept(key);
        Node p = iris.paper(paper);
        boolean stated = !batch.find(graph, c, PG.introducedBy.asNode(), p).isEmpty();
        boolean holds = resolver.introduces(ResolutionIndex.key(key, paper)) && kept(key) && resolver.concept(key, false) != null;
        if (stated && !holds) {
            batch.delete(graph, c, PG.introducedBy.asNode(), p);
        } else if (holds && !stated) {
            Graph g = GraphFactory.createDefaultGraph();
            g.add(c, PG.introducedBy.asNode(), p);
            batch.addNew(graph, g);
        }
    }

    /** A concept's own triples (empty when it is gone or below the threshold). */
    Graph concept(String key, boolean withIntroductions) {
        Graph g = GraphFactory.createDefaultGraph();
        Concept concept = resolver.concept(key, withIntroductions);
        if (concept != null && kept(key)) {
            builder.addConcept(g, concept, resolver.support(key), resolver.papersPerYear(key), resolver.aliasKeys(key));
        }
        return g;
    }

    private void writePair(KnowledgeStore.Batch batch, Node graph, String first, String second) {
        Node n = iris.coOccurrence(first, second);
        List<Triple> weight = batch.find(graph, n, PG.weight.asNode(), Node.ANY);
        boolean written = !weight.isEmpty();
        Graph pair = pair(first, second);
        if (written && !pair.isEmpty()) {
            batch.replace(graph, weight, matching(pair, n, PG.weight.asNode())); // the weight is all that changes
        } else if (written) {
            batch.delete(graph, n, Node.ANY, Node.ANY);
            batch.delete(graph, iris.concept(first), PG.coOccurrence.asNode(), n);
            batch.delete(graph, iris.concept(second), PG.coOccurrence.asNode(), n);
        } else {
            batch.addNew(graph, pair);
        }
    }

    /** A co-occurrence pair's triples (empty when no paper names both, or one is below the threshold). */
    Graph pair(String first, String second) {
        Graph g = GraphFactory.createDefaultGraph();
        int weight = resolver.pairWeight(ResolutionIndex.key(first, second));
        if (weight > 0 && kept(first) && kept(second)) {
            builder.addCoOccurrence(g, first, second, weight);
        }
        return g;
    }

    private void writeRelation(KnowledgeStore.Batch batch, Node graph, String subject, RelationType type, String object) {
        Node statement = iris.relationSupport(subject, type, object);
        List<Triple> support = batch.find(graph, statement, PG.support.asNode(), Node.ANY);
        boolean written = !support.isEmpty();
        Graph relation = relation(subject, type, object);
        if (written && !relation.isEmpty()) {
            batch.replace(graph, support, matching(relation, statement, PG.support.asNode())); // the support is all that changes
        } else if (written) {
            batch.delete(graph, iris.concept(subject), GraphBuilder.predicate(type).asNode(), iris.concept(object));
            batch.delete(graph, statement, Node.ANY, Node.ANY);
        } else {
            batch.addNew(graph, relation);
        }
    }

    /** A relation's triples with its support (empty when no paper reads it, or an end is below the threshold). */
    Graph relation(String subject, RelationType type, String object) {
        Graph g = GraphFactory.createDefaultGraph();
        int support = resolver.relationSupport(ResolutionIndex.key(subject, type.name(), object));
        if (support > 0 && kept(subject) && kept(object)) {
            builder.addRelation(g, subject, type, object, support);
        }
        return g;
    }

    /** A concept's links to its strongest co-occurrences, less those the support threshold leaves out. */
    Graph strongest(String key) {
        Graph g = GraphFactory.createDefaultGraph();
        if (kept(key) && resolver.concept(key, false) != null) {
            builder.addStrongestCoOccurrences(g, key, resolver.strongestPartners(key).stream().filter(this::kept).toList());
        }
        return g;
    }

    private static Graph matching(Graph g, Node subject, Node predicate) {
        Graph found = GraphFactory.createDefaultGraph();
        g.find(subject, predicate, Node.ANY).forEachRemaining(found::add);
        return found;
    }

    /**
     * Every item of the resolver's state as quads, in a fixed order: papers' graphs, then the concepts
     * graph (the run, concepts, pairs, relations, strongest co-occurrences). For builds, which write the whole graph at once.
     */
    void writeAll(StreamRDF out) {
        for (String id : resolver.paperIds()) {
            Node graph = iris.paperGraph(id);
            paperGraph(id).find().forEachRemaining(t -> out.quad(Quad.create(graph, t)));
        }
        Node concepts = iris.conceptsGraph();
        Graph run = GraphFactory.createDefaultGraph();
        builder.addRun(run);
        run.find().forEachRemaining(t -> out.quad(Quad.create(concepts, t)));
        for (String key : resolver.conceptKeys()) {
            concept(key, true).find().forEachRemaining(t -> out.quad(Quad.create(concepts, t)));
        }
        for (String id : resolver.pairIds()) {
            String[] parts = IncrementalResolver.parts(id);
            pair(parts[0], parts[1]).find().forEachRemaining(t -> out.quad(Quad.create(concepts, t)));
        }
        for (String id : resolver.relationIds()) {
            String[] parts = IncrementalResolver.parts(id);
            relation(parts[0], RelationType.valueOf(parts[1]), parts[2]).find().forEachRemaining(t -> out.quad(Quad.create(concepts, t)));
        }
        for (String key : resolver.conceptsWithStrongestPartners()) {
            strongest(key).find().forEachRemaining(t -> out.quad(Quad.create(concepts, t)));
        }
    }

    private static String item(String kind, String id) {
        return kind + ResolutionIndex.SEP + id;
    }
}
