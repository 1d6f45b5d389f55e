package dev.papergraph.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.sparql.engine.binding.Binding;

/**
 * The JSON API for the common lookups; {@code GET /api/} lists the routes. Concepts and papers are
 * named by {@code iri}, or by {@code label} (a concept's preferred or alternative label, any case)
 * and {@code id} (a paper's papergraph id).
 */
final class ApiServlet extends HttpServlet {
    private static final int MAX_SEARCH = 100;
    private static final int MAX_NEIGHBOURS = 200;
    private static final Map<String, String> ROUTES = new LinkedHashMap<>();

    static {
        ROUTES.put("/api/search?q=TEXT[&limit=N]", "Concepts whose label or alias contains TEXT (any case), prefixes first, then by support");
        ROUTES.put("/api/concept?label=LABEL | ?iri=IRI", "One concept: type, labels, aliases, links, support, first seen");
        ROUTES.put("/api/concept/papers?label=LABEL | ?iri=IRI", "The first 100 papers naming the concept (introducing papers first, then the newest), with role (introduces/uses) and date");
        ROUTES.put("/api/concept/neighbourhood?label=LABEL | ?iri=IRI [&limit=N]",
                "Nodes and edges around the concept: all its relations and its N (default 40) strongest co-occurrences");
        ROUTES.put("/api/paper?id=ID | ?iri=IRI", "One paper: title, abstract, date, and its concepts with roles");
        ROUTES.put("/api/paper/concepts?id=ID | ?iri=IRI", "The concepts a paper names, with role, type and support");
        ROUTES.put("/api/queries", "The example SPARQL queries (name, title, description, text) and the base IRI served under /id/");
    }

    private final transient Site site;
    private final Map<String, String> examples;

    ApiServlet(Site site, Map<String, String> examples) {
        this.site = site;
        this.examples = Map.copyOf(examples);
    }

    /** A client mistake: answered with its status and a JSON {@code error} message. */
    private static final class ApiError extends RuntimeException {
        final int status;

        ApiError(int status, String message) {
            super(message, null, false, false);
            this.status = status;
        }
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String route = Optional.ofNullable(request.getPathInfo()).orElse("/");
        try {
            JsonObject answer = switch (route) {
                case "/" -> index();
                case "/search" -> search(request);
                case "/concept" -> concept(conceptIri(request));
                case "/concept/papers" -> conceptPapers(conceptIri(request));
                case "/concept/neighbourhood" -> neighbourhood(conceptIri(request),
                        Math.min(MAX_NEIGHBOURS, intParameter(request, "limit", 40)));
                case "/paper" -> paper(paperIri(request));
                case "/paper/concepts" -> paperConcepts(paperIri(request));
                case "/queries" -> queries();
                default -> throw new ApiError(HttpServletResponse.SC_NOT_FOUND, "No such route: /api" + route + " (see /api/)");
            };
            send(response, HttpServletResponse.SC_OK, answer);
        } catch (ApiError e) {
            sendError(response, e.status, e.getMessage());
        } catch (QueryCancelledException e) {
            sendError(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "The lookup took longer than the server's time limit");
        }
    }

    private static JsonObject index() {
        JsonObject index = new JsonObject();
        JsonArray routes = new JsonArray();
        ROUTES.forEach((path, description) -> {
            JsonObject route = new JsonObject();
            route.put("route", path);
            route.put("description", description);
            routes.add(route);
        });
        index.put("routes", routes);
        return index;
    }

    private JsonObject search(HttpServletRequest request) {
        String text = required(request, "q").toLowerCase(Locale.ROOT);
        int limit = Math.min(MAX_SEARCH, intParameter(request, "limit", 20));
        JsonArray results = new JsonArray();
        for (LabelIndex.Match match : site.labels().search(text, limit)) {
            JsonObject result = conceptSummary(match.concept());
            result.put("matched", match.matched());
            results.add(result);
        }
        JsonObject answer = new JsonObject();
        answer.put("query", text);
        answer.put("results", results);
        return answer;
    }

    private JsonObject concept(Node iri) {
        ConceptView view = ConceptView.from(site.construct(ServeQuery.DESCRIBE, Map.of("resource", iri)), iri.getURI())
                .orElseThrow(() -> new ApiError(HttpServletResponse.SC_NOT_FOUND, "Not a concept: " + iri.getURI()));
        JsonObject concept = new JsonObject();
        concept.put("iri", view.iri());
        concept.put("page", site.pathOf(view.iri()));
        concept.put("label", view.label());
        concept.put("type", view.type());
        concept.put("altLabels", strings(view.altLabels()));
        view.support().ifPresent(s -> concept.put("support", s));
        view.firstSeen().ifPresent(d -> concept.put("firstSeen", d));
        concept.put("links", strings(view.links()));
        concept.put("introducedBy", strings(view.introducedBy()));
        return concept;
    }

    private JsonObject conceptPapers(Node iri) {
        JsonArray papers = new JsonArray();
        for (Binding row : site.conceptPapers(iri, site.conceptYears(iri))) {
            JsonObject paper = new JsonObject();
            paper.put("iri", row.get("paper").getURI());
            paper.put("page", site.pathOf(row.get("paper").getURI()));
            paper.put("title", Pages.lexical(row.get("title")));
            paper.put("issued", Pages.lexical(row.get("issued")));
            paper.put("role", Pages.lexical(row.get("role")));
            papers.add(paper);
        }
        JsonObject answer = new JsonObject();
        answer.put("concept", iri.getURI());
        answer.put("papers", papers);
        return answer;
    }

    /** Cytoscape-ready: {@code nodes} and {@code edges}, the concept itself first. */
    private JsonObject neighbourhood(Node iri, int cooccurrences) {
        JsonObject center = concept(iri);
        Map<String, JsonObject> nodes = new LinkedHashMap<>();
        JsonObject centerNode = new JsonObject();
        centerNode.put("id", iri.getURI());
        centerNode.put("label", center.get("label").getAsString().value());
        centerNode.put("type", center.get("type").getAsString().value());
        centerNode.put("support", center.hasKey("support") ? center.get("support").getAsNumber().value().longValue() : 0);
        centerNode.put("page", site.pathOf(iri.getURI()));
        nodes.put(iri.getURI(), centerNode);
        Map<String, JsonObject> edges = new LinkedHashMap<>();
        for (Binding row : site.select(ServeQuery.CONCEPT_RELATED, Map.of("concept", iri))) {
            Node other = row.get("other");
            nodes.putIfAbsent(other.getURI(), conceptSummary(other, row));
            boolean out = Pages.lexical(row.get("direction")).equals("out");
            String relation = Pages.localName(row.get("relation"));
            String source = out ? iri.getURI() : other.getURI();
            String target = out ? other.getURI() : iri.getURI();
            edges.putIfAbsent(relation + " " + source + " " + target, edge(source, target, relation, 1));
        }
        for (Binding row : site.coOccurring(iri, cooccurrences)) {
            Node other = row.get("other");
            nodes.putIfAbsent(other.getURI(), conceptSummary(other, row));
            String source = iri.getURI();
            String target = other.getURI();
            edges.putIfAbsent("coOccurrence " + source + " " + target,
                    edge(source, target, "coOccurrence", Long.parseLong(Pages.lexical(row.get("weight")))));
        }
        JsonArray nodeArray = new JsonArray();
        nodes.values().forEach(nodeArray::add);
        JsonArray edgeArray = new JsonArray();
        edges.values().forEach(edgeArray::add);
        JsonObject answer = new JsonObject();
        answer.put("concept", iri.getURI());
        answer.put("nodes", nodeArray);
        answer.put("edges", edgeArray);
        return answer;
    }

    private JsonObject paper(Node iri) {
        PaperView view = PaperView.from(site.construct(ServeQuery.DESCRIBE, Map.of("resource", iri)), iri.getURI())
                .orElseThrow(() -> new ApiError(HttpServletResponse.SC_NOT_FOUND, "Not a paper: " + iri.getURI()));
        JsonObject paper = new JsonObject();
        paper.put("iri", view.iri());
        paper.put("page", site.pathOf(view.iri()));
        paper.put("id", view.id());
        paper.put("title", view.title());
        paper.put("abstract", view.abstractText());
        view.issued().ifPresent(d -> paper.put("issued", d));
        view.authorCount().ifPresent(n -> paper.put("authorCount", n));
        paper.put("concepts", paperConcepts(iri).get("concepts"));
        return paper;
    }

    private JsonObject paperConcepts(Node iri) {
        JsonArray concepts = new JsonArray();
        for (Binding row : site.select(ServeQuery.PAPER_CONCEPTS, Map.of("paper", iri))) {
            JsonObject concept = conceptSummary(row.get("concept"), row);
            concept.put("role", Pages.lexical(row.get("role")));
            concepts.add(concept);
        }
        JsonObject answer = new JsonObject();
        answer.put("paper", iri.getURI());
        answer.put("concepts", concepts);
        return answer;
    }

    private JsonObject queries() {
        JsonArray list = new JsonArray();
        examples.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(entry -> {
            JsonObject query = new JsonObject();
            String title = QueryHeader.value(entry.getValue(), "title");
            query.put("name", entry.getKey());
            query.put("title", title.isEmpty() ? entry.getKey() : title);
            query.put("description", QueryHeader.value(entry.getValue(), "description"));
            query.put("query", entry.getValue());
            list.add(query);
        });
        JsonObject answer = new JsonObject();
        answer.put("base", site.base());
        answer.put("queries", list);
        return answer;
    }

    private JsonObject conceptSummary(LabelIndex.Concept concept) {
        JsonObject summary = new JsonObject();
        summary.put("id", concept.iri().getURI());
        summary.put("page", site.pathOf(concept.iri().getURI()));
        summary.put("label", concept.label());
        summary.put("type", ConceptType.nameOf(concept.type()));
        summary.put("support", concept.support());
        return summary;
    }

    private JsonObject conceptSummary(Node concept, Binding row) {
        JsonObject summary = new JsonObject();
        summary.put("id", concept.getURI());
        summary.put("page", site.pathOf(concept.getURI()));
        summary.put("label", Pages.lexical(row.get("label")));
        summary.put("type", ConceptType.nameOf(row.get("type")));
        String support = Pages.lexical(row.get("support"));
        summary.put("support", support.isEmpty() ? 0 : Long.parseLong(support));
        return summary;
    }

    private static JsonObject edge(String source, String target, String relation, long weight) {
        JsonObject edge = new JsonObject();
        edge.put("id", relation + " " + source + " " + target);
        edge.put("source", source);
        edge.put("target", target);
        edge.put("relation", relation);
        edge.put("weight", weight);
        return edge;
    }

    private Node conceptIri(HttpServletRequest request) {
        String iri = request.getParameter("iri");
        if (iri != null) {
            return site.canonical(NodeFactory.createURI(iri));
        }
        String label = required(request, "label");
        return site.labels().byLabel(label).stream().map(LabelIndex.Concept::iri).findFirst()
                .orElseThrow(() -> new ApiError(HttpServletResponse.SC_NOT_FOUND, "No concept is labelled \"" + label + "\""));
    }

    private Node paperIri(HttpServletRequest request) {
        String iri = request.getParameter("iri");
        if (iri != null) {
            return NodeFactory.createURI(iri);
        }
        String id = required(request, "id");
        return site.paperById(id)
                .orElseThrow(() -> new ApiError(HttpServletResponse.SC_NOT_FOUND, "No paper has the id \"" + id + "\""));
    }

    private static String required(HttpServletRequest request, String name) {
        String value = request.getParameter(name);
        if (value == null || value.isBlank()) {
            throw new ApiError(HttpServletResponse.SC_BAD_REQUEST, "Missing parameter: " + name);
        }
        return value.strip();
    }

    private static int intParameter(HttpServletRequest request, String name, int fallback) {
        String value = request.getParameter(name);
        if (value == null) {
            return fallback;
        }
        try {
            int parsed = Integer.parseInt(value);
            if (parsed < 1) {
                throw new NumberFormatException();
            }
            return parsed;
        } catch (NumberFormatException e) {
            throw new ApiError(HttpServletResponse.SC_BAD_REQUEST, name + " must be a positive whole number: " + value);
        }
    }

    private static JsonArray strings(List<String> values) {
        JsonArray array = new JsonArray();
        values.forEach(array::add);
        return array;
    }

    private static void sendError(HttpServletResponse response, int status, String message) throws IOException {
        JsonObject error = new JsonObject();
        error.put("error", message);
        send(response, status, error);
    }

    private static void send(HttpServletResponse response, int status, JsonObject body) throws IOException {
        response.setStatus(status);
        response.setContentType("application/json;charset=utf-8");
        response.getOutputStream().write(JSON.toString(body).getBytes(StandardCharsets.UTF_8));
    }
}
