package dev.papergraph.serve;

import dev.papergraph.graph.PG;
import org.apache.jena.dboe.transaction.txn.TransactionCoordinator;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.tdb2.sys.TDBInternal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;

/**
 * What the pages, the API and VoID share: the served dataset, the base IRI and how a graph IRI
 * maps onto this server ({@code {base}concept/x} is served at {@code /id/concept/x}).
 */
final class Site {
    private final DatasetGraph data;
    private final String base;
    /** The label index and the store state it was built from; replaced when the store changes. */
    private volatile IndexedLabels labels;

    private record IndexedLabels(LabelIndex index, Object storeState) {}

    Site(DatasetGraph data, String base) {
        this.data = data;
        this.base = base;
    }

    String base() {
        return base;
    }

    /** The IRI served at {@code /id/{rest}}. */
    String iriOf(String rest) {
        return base + rest;
    }

    /** Where an IRI is served on this server: a root-relative path, or the IRI itself when not ours. */
    String pathOf(String iri) {
        return iri.startsWith(base) ? Endpoint.ID_PATH + iri.substring(base.length()) : iri;
    }

    /**
     * The canonical IRI of a concept named by one of its other keys ({@code owl:sameAs}), or the IRI
     * itself: concept IRIs once minted keep resolving when concepts merge.
     */
    Node canonical(Node iri) {
        return select(ServeQuery.CONCEPT_CANONICAL, Map.of("alias", iri)).stream()
                .map(row -> row.get("canonical"))
                .findFirst()
                .orElse(iri);
    }

    /** Runs a SELECT with the given variables bound; the rows are read inside one read transaction. */
    List<Binding> select(ServeQuery which, Map<String, Node> bindings) {
        return select(which.query(), bindings);
    }

    List<Binding> select(Query query, Map<String, Node> bindings) {
        return Txn.calculateRead(data, () -> {
            RowSet rows = QueryExec.dataset(data).query(query).substitution(binding(bindings)).select();
            // TDB2 bindings look their terms up lazily, which fails once the transaction has ended
            // (silently, as unbound, for terms not in the node cache): copy the terms out inside it.
            return rows.stream().map(Site::detached).toList();
        });
    }

    Model construct(ServeQuery which, Map<String, Node> bindings) {
        Graph graph = Txn.calculateRead(data, () ->
                QueryExec.dataset(data).query(which.query()).substitution(binding(bindings)).construct());
        return ModelFactory.createModelForGraph(graph);
    }

    /** The label index of the store as it is now, built on first use and again after a write. */
    LabelIndex labels() {
        Object state = storeState();
        IndexedLabels current = labels;
        if (current != null && state != null && state.equals(current.storeState())) {
            return current.index();
        }
        synchronized (this) {
            current = labels;
            if (current != null && state != null && state.equals(current.storeState())) {
                return current.index();
            }
            LabelIndex index = LabelIndex.of(select(ServeQuery.LABELS, Map.of()));
            labels = new IndexedLabels(index, state);
            return index;
        }
    }

    /**
     * What identifies the store's committed state: for TDB2 its transaction coordinator and the number
     * of write transactions begun on it. Null while a write is under way, or for a store that cannot
     * tell (in memory, small): the index is then built afresh for each use.
     */
    private Object storeState() {
        DatasetGraph base = data;
        // TDB2's own DatasetGraphSwitchable is a wrapper too: unwrap down to it, not past it.
        while (!TDBInternal.isTDB2(base) && base instanceof DatasetGraphWrapper wrapper) {
            base = wrapper.getWrapped();
        }
        if (!TDBInternal.isTDB2(base)) {
            return null;
        }
        TransactionCoordinator coordinator = TDBInternal.getDatasetGraphTDB(base).getTxnSystem().getTxnMgr();
        if (coordinator.countActiveWriter() > 0) {
            return null;
        }
        return List.of(System.identityHashCode(coordinator), coordinator.countBeginWrite());
    }

    /** Papers a concept's page and API list: the first {@value #PAPERS_SHOWN}, as {@code concept-papers.rq} orders them. */
    static final int PAPERS_SHOWN = 100;

    /**
     * The first papers of a concept, newest first after those that introduce it; reads only the
     * papers of the latest years that hold enough of them, found from the concept's counts per year.
     */
    List<Binding> conceptPapers(Node concept, List<Binding> papersPerYear) {
        long since = latestYearHolding(papersPerYear, PAPERS_SHOWN);
        return select(ServeQuery.CONCEPT_PAPERS, Map.of("concept", concept, "since", NodeFactory.createLiteralDT(
                Long.toString(since), XSDDatatype.XSDinteger)));
    }

    /** The latest year from which on the counts (rows of ?year and ?papers, oldest first) reach {@code papers}, else -1. */
    static long latestYearHolding(List<Binding> papersPerYear, int papers) {
        long counted = 0;
        for (int i = papersPerYear.size() - 1; i >= 0; i--) {
            Binding row = papersPerYear.get(i);
            counted += ((Number) row.get("papers").getLiteralValue()).longValue();
            if (counted >= papers) {
                return Long.parseLong(row.get("year").getLiteralLexicalForm());
            }
        }
        return -1;
    }

    /**
     * The concepts most often named with a concept, heaviest pair first: through the strongest
     * co-occurrences it states apart when it has them, else through all its pairs.
     */
    List<Binding> coOccurring(Node concept, int limit) {
        Query query = ServeQuery.CONCEPT_COOCCURRING.query();
        query.setLimit(limit);
        List<Binding> strongest = select(query, Map.of("concept", concept, "link", PG.strongestCoOccurrence.asNode()));
        return strongest.isEmpty() ? select(query, Map.of("concept", concept, "link", PG.coOccurrence.asNode())) : strongest;
    }

    /** A concept's papers per year, oldest year first. */
    List<Binding> conceptYears(Node concept) {
        return select(ServeQuery.CONCEPT_YEARS, Map.of("concept", concept));
    }

    Optional<Node> paperById(String id) {
        return select(ServeQuery.PAPER_BY_ID, Map.of("id", NodeFactory.createLiteralString(id))).stream()
                .map(row -> row.get("paper"))
                .findFirst();
    }

    private static Binding detached(Binding row) {
        var copy = Binding.builder();
        row.forEach(copy::add);
        return copy.build();
    }

    private static Binding binding(Map<String, Node> bindings) {
        var builder = Binding.builder();
        bindings.forEach((name, value) -> builder.add(Var.alloc(name), value));
        return builder.build();
    }
}
