package dev.papergraph.serve;

import dev.papergraph.graph.PG;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.XSD;

/**
 * Dereferences the graph's IRIs: {@code GET /id/concept/x} describes {@code {base}concept/x} as
 * HTML for browsers, or Turtle, JSON-LD or N-Triples by content negotiation ({@code ?format=ttl},
 * {@code jsonld}, {@code nt} or {@code html} overrides the {@code Accept} header).
 */
final class LinkedDataServlet extends HttpServlet {
    private static final String HTML = "text/html";
    /** In preference order: a client that accepts anything gets Turtle; browsers ask for HTML. */
    private static final AcceptList OFFERS =
            AcceptList.create("text/turtle", "application/ld+json", "application/n-triples", HTML, "application/xhtml+xml");
    private static final Map<String, String> FORMATS = Map.of(
            "ttl", "text/turtle", "jsonld", "application/ld+json", "nt", "application/n-triples", "html", HTML);

    private final transient Site site;
    private final transient Pages pages;

    LinkedDataServlet(Site site) {
        this.site = site;
        this.pages = new Pages(site);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String rest = request.getRequestURI().substring(request.getContextPath().length() + Endpoint.ID_PATH.length());
        String iri = site.iriOf(rest);
        Optional<String> mediaType = negotiate(request);
        response.setHeader("Vary", "Accept");
        if (mediaType.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_ACCEPTABLE, "Offered: text/html, text/turtle, application/ld+json, application/n-triples");
            return;
        }
        try {
            Node canonical = site.canonical(NodeFactory.createURI(iri));
            if (!canonical.getURI().equals(iri)) {
                response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
                response.setHeader("Location", request.getContextPath() + site.pathOf(canonical.getURI()));
                return;
            }
            answer(response, iri, mediaType.get());
        } catch (QueryCancelledException e) {
            response.sendError(HttpServletResponse.SC_SERVICE_UNAVAILABLE, "The page took longer than the server's time limit");
        }
    }

    private void answer(HttpServletResponse response, String iri, String mediaType) throws IOException {
        Node resource = NodeFactory.createURI(iri);
        Model description = site.construct(ServeQuery.DESCRIBE, Map.of("resource", resource));
        boolean html = mediaType.equals(HTML) || mediaType.equals("application/xhtml+xml");
        if (description.isEmpty()) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            if (html) {
                write(response, HTML, Pages.notFound(iri));
            } else {
                write(response, "text/plain", "Not found: " + iri + "\n");
            }
            return;
        }
        if (html) {
            write(response, HTML, page(description, iri, resource));
            return;
        }
        prefixes(description);
        response.setContentType(mediaType);
        response.setCharacterEncoding("UTF-8");
        RDFDataMgr.write(response.getOutputStream(), description, format(mediaType));
    }

    private String page(Model description, String iri, Node resource) {
        Map<String, Node> concept = Map.of("concept", resource);
        Optional<ConceptView> asConcept = ConceptView.from(description, iri);
        if (asConcept.isPresent()) {
            List<Binding> years = site.conceptYears(resource);
            return pages.concept(asConcept.get(),
                    site.conceptPapers(resource, years),
                    years,
                    site.select(ServeQuery.CONCEPT_RELATED, concept),
                    site.coOccurring(resource, Pages.CO_OCCURRING_SHOWN));
        }
        Map<String, Node> paper = Map.of("paper", resource);
        return PaperView.from(description, iri)
                .map(view -> pages.paper(view,
                        site.select(ServeQuery.PAPER_MENTIONS, paper),
                        site.select(ServeQuery.PAPER_CONCEPTS, paper)))
                .orElseGet(() -> pages.resource(description, iri));
    }

    private static Optional<String> negotiate(HttpServletRequest request) {
        String format = request.getParameter("format");
        if (format != null) {
            return Optional.ofNullable(FORMATS.get(format));
        }
        String accept = request.getHeader("Accept");
        AcceptList wanted = new AcceptList(accept == null || accept.isBlank() ? "*/*" : accept);
        MediaType chosen = AcceptList.match(wanted, OFFERS);
        return Optional.ofNullable(chosen).map(MediaType::getContentTypeStr);
    }

    private static RDFFormat format(String mediaType) {
        return switch (mediaType) {
            case "application/ld+json" -> RDFFormat.JSONLD;
            case "application/n-triples" -> RDFFormat.NTRIPLES;
            default -> RDFFormat.TURTLE_PRETTY;
        };
    }

    private void prefixes(Model model) {
        model.setNsPrefix(PG.PREFIX, PG.NS);
        model.setNsPrefix("id", site.base());
        model.setNsPrefix("rdf", RDF.getURI());
        model.setNsPrefix("skos", SKOS.getURI());
        model.setNsPrefix("dcterms", DCTerms.getURI());
        model.setNsPrefix("xsd", XSD.getURI());
    }

    private static void write(HttpServletResponse response, String mediaType, String text) throws IOException {
        response.setContentType(mediaType);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(text);
    }
}
