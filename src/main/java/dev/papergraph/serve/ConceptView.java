package dev.papergraph.serve;

import dev.papergraph.graph.PG;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;

/** A concept as its page and the API show it, read from its {@link ServeQuery#DESCRIBE} graph. */
record ConceptView(
        String iri,
        String label,
        String type,
        List<String> altLabels,
        Optional<Long> support,
        Optional<String> firstSeen,
        List<String> links,
        List<String> introducedBy) {

    /** Empty when the description does not make the IRI a concept. */
    static Optional<ConceptView> from(Model description, String iri) {
        Resource concept = description.createResource(iri);
        if (!concept.hasProperty(RDF.type, PG.Concept)) {
            return Optional.empty();
        }
        String type = concept.listProperties(RDF.type).toList().stream()
                .map(s -> ConceptType.nameOf(s.getObject().asNode()))
                .filter(name -> !name.equals("Concept"))
                .sorted()
                .findFirst()
                .orElse("Concept");
        List<String> labels = strings(concept, SKOS.prefLabel);
        String label = labels.isEmpty() ? iri : labels.get(0);
        List<String> links = concept.listProperties(SKOS.exactMatch).toList().stream()
                .map(s -> s.getObject().toString())
                .sorted()
                .toList();
        List<String> ids = new ArrayList<>(links);
        strings(concept, PG.paperswithcodeId).forEach(id -> ids.add("paperswithcode:" + id));
        strings(concept, PG.huggingfaceId).forEach(id -> ids.add("huggingface:" + id));
        return Optional.of(new ConceptView(
                iri,
                label,
                type,
                strings(concept, SKOS.altLabel),
                Optional.ofNullable(concept.getProperty(PG.support)).map(s -> s.getLiteral().getLong()),
                Optional.ofNullable(concept.getProperty(PG.firstSeen)).map(s -> s.getLiteral().getLexicalForm()),
                List.copyOf(ids),
                concept.listProperties(PG.introducedBy).toList().stream()
                        .map(s -> s.getObject().toString())
                        .sorted()
                        .toList()));
    }

    static List<String> strings(Resource subject, Property property) {
        return subject.listProperties(property).toList().stream()
                .map(Statement::getObject)
                .filter(RDFNode::isLiteral)
                .map(RDFNode::asLiteral)
                .map(Literal::getLexicalForm)
                .sorted()
                .toList();
    }
}
