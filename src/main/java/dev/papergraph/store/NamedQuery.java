package dev.papergraph.store;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.Syntax;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The user-facing queries shipped in {@code queries/}, one constant per file; the file name is the
 * lookup key. {@code NamedQueryTest} keeps the enum and the folder in step.
 */
public enum NamedQuery {
    CO_OCCURRING_CONCEPTS,
    CONCEPT_ALIASES,
    CONCEPT_RELATIONS,
    DATASETS_PER_TASK,
    EDGE_EVIDENCE,
    LINKED_CONCEPTS,
    MENTION_EVIDENCE,
    MODELS_INTRODUCED_BY_PAPER,
    MOST_USED_DATASETS,
    NEWEST_CONCEPTS,
    PAPER_CONCEPTS,
    PAPERS_USING_DATASET,
    SEARCH_CONCEPTS,
    TOP_CONCEPTS_BY_TYPE;

    private volatile String text;

    /** The file name without extension, e.g. {@code most-used-datasets}. */
    public String fileName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public String resourcePath() {
        return "/queries/" + fileName() + ".rq";
    }

    /** The query text as shipped, header comment included. */
    public String text() {
        if (text == null) {
            text = QueryResource.text(NamedQuery.class, resourcePath());
        }
        return text;
    }

    /** A fresh parse each time: Query objects are mutable. */
    public Query query() {
        return QueryFactory.create(text(), Syntax.syntaxARQ);
    }

    /** The value of a {@code # key:} header line (title, description, params). */
    public String header(String key) {
        return text().lines()
                .filter(line -> line.startsWith("# " + key + ":"))
                .map(line -> line.substring(key.length() + 3).trim())
                .findFirst()
                .orElse("");
    }

    /**
     * The bindings of the {@code # example:} header line ({@code ?name=<IRI>} or {@code ?name="text"},
     * space-separated; {@code none} for a query without parameters): what the documentation and the
     * read benchmark run the query with.
     */
    public Map<String, RDFNode> example() {
        Map<String, RDFNode> bindings = new LinkedHashMap<>();
        Matcher m = EXAMPLE_BINDING.matcher(header("example"));
        while (m.find()) {
            bindings.put(m.group(1), m.group(2) != null
                    ? ResourceFactory.createResource(m.group(2))
                    : ResourceFactory.createStringLiteral(m.group(3)));
        }
        return bindings;
    }

    private static final Pattern EXAMPLE_BINDING = Pattern.compile("\\?(\\w+)=(?:<([^>]*)>|\"([^\"]*)\")");

    public static Optional<NamedQuery> byFileName(String name) {
        String bare = name.endsWith(".rq") ? name.substring(0, name.length() - 3) : name;
        return Arrays.stream(values()).filter(q -> q.fileName().equals(bare)).findFirst();
    }
}
