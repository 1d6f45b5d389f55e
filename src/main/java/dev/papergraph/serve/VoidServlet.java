package dev.papergraph.serve;

import dev.papergraph.graph.PG;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;

/**
 * The VoID description of the served dataset at {@code /.well-known/void} (RFC 5785 path named in
 * the VoID guide): size, classes and properties with their counts, the vocabularies in use, where
 * to query and download, and the licence. Counted afresh on each request, so it follows updates.
 */
final class VoidServlet extends HttpServlet {
    static final String VOID = "http://rdfs.org/ns/void#";
    private static final Resource DATASET = ResourceFactory.createResource(VOID + "Dataset");
    private static final Property SPARQL_ENDPOINT = ResourceFactory.createProperty(VOID, "sparqlEndpoint");
    private static final Property DATA_DUMP = ResourceFactory.createProperty(VOID, "dataDump");
    private static final Property URI_SPACE = ResourceFactory.createProperty(VOID, "uriSpace");
    private static final Property TRIPLES = ResourceFactory.createProperty(VOID, "triples");
    private static final Property ENTITIES = ResourceFactory.createProperty(VOID, "entities");
    private static final Property CLASSES = ResourceFactory.createProperty(VOID, "classes");
    private static final Property PROPERTIES = ResourceFactory.createProperty(VOID, "properties");
    private static final Property VOCABULARY = ResourceFactory.createProperty(VOID, "vocabulary");
    private static final Property CLASS_PARTITION = ResourceFactory.createProperty(VOID, "classPartition");
    private static final Property PROPERTY_PARTITION = ResourceFactory.createProperty(VOID, "propertyPartition");
    private static final Property CLASS = ResourceFactory.createProperty(VOID, "class");
    private static final Property PROPERTY = ResourceFactory.createProperty(VOID, "property");
    private static final AcceptList OFFERS = AcceptList.create("text/turtle", "application/ld+json", "application/n-triples");

    private final transient Site site;
    private final String license;

    VoidServlet(Site site, String license) {
        this.site = site;
        this.license = license;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String accept = request.getHeader("Accept");
        MediaType chosen = AcceptList.match(new AcceptList(accept == null ? "*/*" : accept), OFFERS);
        if (chosen == null) {
            response.sendError(HttpServletResponse.SC_NOT_ACCEPTABLE, "Offered: text/turtle, application/ld+json, application/n-triples");
            return;
        }
        String root = request.getScheme() + "://" + request.getServerName() + ":" + request.getServerPort();
        Model description = describe(root);
        response.setContentType(chosen.getContentTypeStr());
        response.setCharacterEncoding("UTF-8");
        RDFFormat format = switch (chosen.getContentTypeStr()) {
            case "application/ld+json" -> RDFFormat.JSONLD;
            case "application/n-triples" -> RDFFormat.NTRIPLES;
            default -> RDFFormat.TURTLE_PRETTY;
        };
        RDFDataMgr.write(response.getOutputStream(), description, format);
    }

    Model describe(String root) {
        Model model = ModelFactory.createDefaultModel();
        model.setNsPrefix("void", VOID);
        model.setNsPrefix("dcterms", DCTerms.getURI());
        model.setNsPrefix(PG.PREFIX, PG.NS);
        Resource dataset = model.createResource(root + "/.well-known/void#papergraph")
                .addProperty(RDF.type, DATASET)
                .addProperty(DCTerms.title, "papergraph")
                .addProperty(DCTerms.description,
                        "Research papers and the methods, models, datasets, tasks and metrics they introduce or use.")
                .addProperty(DCTerms.license, model.createResource(license))
                .addProperty(SPARQL_ENDPOINT, model.createResource(root + Endpoint.DATASET + "/sparql"))
                .addProperty(DATA_DUMP, model.createResource(root + Endpoint.DATASET + "/data"))
                .addProperty(URI_SPACE, site.base());

        TreeSet<String> vocabularies = new TreeSet<>();
        long triples = 0;
        List<Binding> properties = site.select(ServeQuery.VOID_PROPERTIES, Map.of());
        for (Binding row : properties) {
            Node property = row.get("property");
            long count = count(row.get("triples"));
            triples += count;
            vocabularies.add(namespace(property));
            dataset.addProperty(PROPERTY_PARTITION, model.createResource()
                    .addProperty(PROPERTY, model.wrapAsResource(property))
                    .addLiteral(TRIPLES, count));
        }
        List<Binding> classes = site.select(ServeQuery.VOID_CLASSES, Map.of());
        for (Binding row : classes) {
            Node type = row.get("class");
            vocabularies.add(namespace(type));
            dataset.addProperty(CLASS_PARTITION, model.createResource()
                    .addProperty(CLASS, model.wrapAsResource(type))
                    .addLiteral(ENTITIES, count(row.get("entities"))));
        }
        vocabularies.forEach(ns -> dataset.addProperty(VOCABULARY, model.createResource(ns)));
        dataset.addLiteral(TRIPLES, triples)
                .addLiteral(CLASSES, (long) classes.size())
                .addLiteral(PROPERTIES, (long) properties.size());
        return model;
    }

    private static long count(Node literal) {
        return Long.parseLong(literal.getLiteralLexicalForm());
    }

    private static String namespace(Node iri) {
        String text = iri.getURI();
        return text.substring(0, Math.max(text.lastIndexOf('#'), text.lastIndexOf('/')) + 1);
    }
}
