package dev.papergraph.cli;

import dev.papergraph.store.KnowledgeStore;
import dev.papergraph.store.NamedQuery;
import dev.papergraph.store.QueryRunner;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.Syntax;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.ResourceFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "query", description = {
        "Runs SPARQL on a store: a .rq file, a query text, or the name of a shipped query (see --list).",
        "Example: papergraph query --store papergraph-store most-used-datasets"})
final class QueryCommand implements Callable<Integer> {
    @Mixin
    StoreOptions storeOptions;

    @Parameters(arity = "0..1", paramLabel = "QUERY", description = "FILE.rq, a SPARQL text, or a shipped query name.")
    String queryArgument;

    @Option(names = "--format", defaultValue = "table", description = "table, csv, tsv or json (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = {"-p", "--param"}, paramLabel = "NAME=VALUE",
            description = "Binds ?NAME before running: <IRI> or http(s)://… for an IRI, anything else is a string.")
    List<String> params = List.of();

    @Option(names = "--list", description = "Lists the shipped queries with their titles.")
    boolean list;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        if (list) {
            for (NamedQuery q : NamedQuery.values()) {
                out.printf("%-28s %s%n", q.fileName(), q.header("title"));
            }
            return 0;
        }
        if (queryArgument == null) {
            throw new UserError("give a query: a .rq file, a SPARQL text or a shipped query name (--list shows them)");
        }
        Query query = parse(queryArgument);
        QueryRunner.Format resultFormat = QueryRunner.Format.parse(format);
        try (KnowledgeStore store = storeOptions.openExisting()) {
            Map<String, RDFNode> bindings = new LinkedHashMap<>();
            // a concept IRI minted before a merge stands for the concept it was merged into
            bindings(query).forEach((name, value) -> bindings.put(name, value.isURIResource()
                    ? ResourceFactory.createResource(store.canonical(value.asNode()).getURI())
                    : value));
            QueryRunner.run(store.dataset(), query, bindings, resultFormat, System.out);
        }
        return 0;
    }

    private static Query parse(String argument) {
        var named = NamedQuery.byFileName(argument);
        if (named.isPresent()) {
            return named.get().query();
        }
        Path file = Path.of(argument);
        if (argument.endsWith(".rq") || Files.isRegularFile(file)) {
            try {
                return QueryFactory.create(Files.readString(file, StandardCharsets.UTF_8), Syntax.syntaxARQ);
            } catch (IOException e) {
                throw new UserError(argument + ": cannot read the query file: " + e.getMessage());
            }
        }
        if (argument.matches("[\\w.-]+")) {
            throw new UserError("no shipped query named '" + argument + "' (and no such file); shipped queries: "
                    + Arrays.stream(NamedQuery.values()).map(NamedQuery::fileName).collect(Collectors.joining(", ")));
        }
        return QueryFactory.create(argument, Syntax.syntaxARQ);
    }

    /** The values given with --param, each for a variable the query has. */
    private Map<String, RDFNode> bindings(Query query) {
        Set<String> variables = new TreeSet<>();
        Matcher variable = VARIABLE.matcher(query.serialize());
        while (variable.find()) {
            variables.add(variable.group(1));
        }
        Map<String, RDFNode> bindings = new LinkedHashMap<>();
        for (String param : params) {
            int eq = param.indexOf('=');
            if (eq <= 0) {
                throw new UserError("--param needs NAME=VALUE, not '" + param + "'");
            }
            String name = param.substring(0, eq).replaceFirst("^\\?", "");
            String value = param.substring(eq + 1);
            if (!variables.contains(name)) {
                throw new UserError("--param " + name + ": the query has no variable ?" + name + "; its variables: "
                        + variables.stream().map(v -> "?" + v).collect(Collectors.joining(", ")));
            }
            bindings.put(name, asNode(value));
        }
        return bindings;
    }

    private static final Pattern VARIABLE = Pattern.compile("[?$]([A-Za-z_][A-Za-z0-9_]*)");

    static RDFNode asNode(String value) {
        if (value.startsWith("<") && value.endsWith(">")) {
            return ResourceFactory.createResource(value.substring(1, value.length() - 1));
        }
        if (value.startsWith("http://") || value.startsWith("https://")) {
            return ResourceFactory.createResource(value);
        }
        return ResourceFactory.createStringLiteral(value);
    }
}
