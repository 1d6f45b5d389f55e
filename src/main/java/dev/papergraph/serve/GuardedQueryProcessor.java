package dev.papergraph.serve;

import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.algebra.Algebra;
import org.apache.jena.sparql.algebra.OpVisitorBase;
import org.apache.jena.sparql.algebra.OpWalker;
import org.apache.jena.sparql.algebra.op.OpService;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecResult;

/**
 * Fuseki's SPARQL query operation with papergraph's limits: federated {@code SERVICE} is refused
 * with 400, a query's {@code LIMIT} is capped at the configured result limit, and SELECT results
 * are computed in full before the first byte is sent. The last point is what makes a timeout an
 * HTTP error (Fuseki answers 503) rather than a 200 with a truncated or empty table; the result
 * limit keeps that buffering bounded.
 */
final class GuardedQueryProcessor extends SPARQL_QueryDataset {
    private final long resultLimit;

    GuardedQueryProcessor(long resultLimit) {
        this.resultLimit = resultLimit;
    }

    @Override
    protected void validateQuery(HttpAction action, Query query) {
        super.validateQuery(action, query);
        if (callsService(query)) {
            ServletOps.errorBadRequest("Federated SERVICE calls are not allowed on this endpoint");
        }
        if (!query.isAskType() && (!query.hasLimit() || query.getLimit() > resultLimit)) {
            query.setLimit(resultLimit);
        }
    }

    @Override
    protected QueryExecResult executeQuery(HttpAction action, QueryExec exec, Query query, String queryStringLog) {
        QueryExecResult result = super.executeQuery(action, exec, query, queryStringLog);
        return result.isRowSet() ? new QueryExecResult(result.rowSet().materialize()) : result;
    }

    private static boolean callsService(Query query) {
        AtomicBoolean found = new AtomicBoolean();
        // The algebra includes sub-queries, which a walk over the syntax elements would skip.
        OpWalker.walk(Algebra.compile(query), new OpVisitorBase() {
            @Override
            public void visit(OpService op) {
                found.set(true);
            }
        });
        return found.get();
    }
}
