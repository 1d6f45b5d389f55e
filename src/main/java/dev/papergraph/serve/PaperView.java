package dev.papergraph.serve;

import dev.papergraph.graph.PG;
import java.util.Optional;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;

/** A paper as its page and the API show it, read from its {@link ServeQuery#DESCRIBE} graph. */
record PaperView(
        String iri,
        String id,
        String title,
        String abstractText,
        Optional<String> issued,
        Optional<Long> authorCount) {

    /** Empty when the description does not make the IRI a paper. */
    static Optional<PaperView> from(Model description, String iri) {
        Resource paper = description.createResource(iri);
        if (!paper.hasProperty(RDF.type, PG.Paper)) {
            return Optional.empty();
        }
        String id = first(paper, PG.paperId).orElse(iri);
        return Optional.of(new PaperView(
                iri,
                id,
                first(paper, DCTerms.title).orElse(""),
                first(paper, DCTerms.abstract_).orElse(""),
                first(paper, DCTerms.issued),
                Optional.ofNullable(paper.getProperty(PG.authorCount)).map(s -> s.getLiteral().getLong())));
    }

    private static Optional<String> first(Resource subject, Property property) {
        return ConceptView.strings(subject, property).stream().findFirst();
    }

    /** What to show as the heading: the title, or the id for abstracts read without one. */
    String heading() {
        return title.isBlank() ? "Paper " + id : title;
    }
}
