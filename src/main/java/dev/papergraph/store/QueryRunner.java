package dev.papergraph.store;

import java.io.OutputStream;
import java.util.Locale;
import java.util.Map;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.system.Txn;

/** Runs SPARQL against a store and prints results in the format a user asked for. */
public final class QueryRunner {
    /** Result formats for SELECT and ASK; CONSTRUCT and DESCRIBE print Turtle, or N-Triples for csv/tsv. */
    public enum Format {
        table,
        csv,
        tsv,
        json;

        public static Format parse(String name) {
            try {
                return valueOf(name.toLowerCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown format '" + name + "' (one of table, csv, tsv, json)");
            }
        }
    }

    private QueryRunner() {}

    /**
     * Runs a query with variables bound by substitution (never by string splicing).
     *
     * @return the number of result rows (SELECT), triples (CONSTRUCT/DESCRIBE) or 1 for ASK
     */
    public static long run(Dataset dataset, Query query, Map<String, RDFNode> bindings, Format format, OutputStream out) {
        return Txn.calculateRead(dataset, () -> {
            try (QueryExecution exec = QueryExecution.dataset(dataset)
                    .query(query)
                    .substitution(toBinding(bindings))
                    .build()) {
                if (query.isSelectType()) {
                    ResultSetRewindable results = ResultSetFactory.makeRewindable(exec.execSelect());
                    long rows = results.size();
                    printSelect(query, results, format, out);
                    return rows;
                }
                if (query.isAskType()) {
                    boolean answer = exec.execAsk();
                    switch (format) {
                        case csv -> ResultSetFormatter.outputAsCSV(out, answer);
                        case tsv -> ResultSetFormatter.outputAsTSV(out, answer);
                        case json -> ResultSetFormatter.outputAsJSON(out, answer);
                        case table -> ResultSetFormatter.out(out, answer);
                    }
                    return 1L;
                }
                var model = query.isConstructType() ? exec.execConstruct() : exec.execDescribe();
                RDFDataMgr.write(out, model, format == Format.json ? Lang.JSONLD : format == Format.table ? Lang.TURTLE : Lang.NTRIPLES);
                return model.size();
            }
        });
    }

    private static void printSelect(Query query, ResultSet results, Format format, OutputStream out) {
        switch (format) {
            case csv -> ResultSetFormatter.outputAsCSV(out, results);
            case tsv -> ResultSetFormatter.outputAsTSV(out, results);
            case json -> ResultSetFormatter.outputAsJSON(out, results);
            case table -> ResultSetFormatter.out(out, results, query.getPrefixMapping());
        }
    }

    private static org.apache.jena.sparql.engine.binding.Binding toBinding(Map<String, RDFNode> bindings) {
        var builder = org.apache.jena.sparql.engine.binding.Binding.builder();
        bindings.forEach((name, value) -> builder.add(org.apache.jena.sparql.core.Var.alloc(name), value.asNode()));
        return builder.build();
    }
}
