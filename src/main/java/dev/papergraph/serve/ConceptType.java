package dev.papergraph.serve;

import dev.papergraph.graph.PG;
import java.util.Arrays;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Resource;

/** The five concept classes, named as the pages, the API and the explorer's CSS classes name them. */
enum ConceptType {
    Method(PG.Method),
    Model(PG.Model),
    Dataset(PG.Dataset),
    Task(PG.Task),
    Metric(PG.Metric);

    final Resource resource;

    ConceptType(Resource resource) {
        this.resource = resource;
    }

    static Optional<ConceptType> of(Node type) {
        return type == null
                ? Optional.empty()
                : Arrays.stream(values()).filter(t -> t.resource.asNode().equals(type)).findFirst();
    }

    /** The name used in JSON and CSS classes; "Concept" when the type is unknown. */
    static String nameOf(Node type) {
        return of(type).map(Enum::name).orElse("Concept");
    }
}
