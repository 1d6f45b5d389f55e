package dev.papergraph.serve;

import java.time.Duration;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.DatasetGraphWrapperView;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * The view of the store that the server answers from: the default graph is the union of all named
 * graphs (each paper sits in its own graph, so SPARQL without {@code GRAPH} should see everything),
 * remote {@code SERVICE} calls are off, and queries carry the time limit.
 *
 * <p>The settings live in the view's own context, so the caller's dataset keeps its own semantics
 * for whatever else the process does with it.
 */
final class ServedDataset {
    private ServedDataset() {}

    static DatasetGraph view(DatasetGraph base, Duration timeLimit) {
        Context context = Context.mergeCopy(ARQ.getContext(), base.getContext());
        context.set(ARQ.httpServiceAllowed, false);
        context.set(ARQ.queryTimeout, Long.toString(timeLimit.toMillis()));
        if (TDBInternal.isTDB2(base)) {
            // TDB2's query engine sees through the wrapper and reads this flag from the query context;
            // the override serves the Graph Store Protocol, which asks for the default graph directly.
            context.set(TDB2.symUnionDefaultGraph, true);
            return new DatasetGraphWrapper(base, context) {
                @Override
                public Graph getDefaultGraph() {
                    return getUnionGraph();
                }
            };
        }
        return new UnionView(base, context);
    }

    /**
     * Any other dataset: marked as a view so that ARQ does not unwrap it to the base's own query
     * engine, and the general engine then reads the default graph through getDefaultGraph().
     */
    private static final class UnionView extends DatasetGraphWrapper implements DatasetGraphWrapperView {
        UnionView(DatasetGraph base, Context context) {
            super(base, context);
        }

        @Override
        public Graph getDefaultGraph() {
            return getUnionGraph();
        }
    }
}
