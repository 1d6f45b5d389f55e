package dev.papergraph.graph;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class PGVocabularyTest {
    private static Model ontology() {
        Model model = ModelFactory.createDefaultModel();
        RDFParser.source("ontology/papergraph.ttl").parse(model);
        return model;
    }

    private static Set<String> declared(Model ontology, Resource... kinds) {
        Set<String> terms = new TreeSet<>();
        for (Resource kind : kinds) {
            ontology.listSubjectsWithProperty(RDF.type, kind).forEachRemaining(s -> {
                if (s.isURIResource() && s.getURI().startsWith(PG.NS)) {
                    terms.add(s.getURI());
                }
            });
        }
        return terms;
    }

    private static Set<String> constants(Class<?> type) throws IllegalAccessException {
        Set<String> iris = new TreeSet<>();
        for (Field field : PG.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && type.isAssignableFrom(field.getType())) {
                Resource value = (Resource) field.get(null);
                assertEquals(PG.NS + field.getName(), value.getURI(), "field name is the local name");
                iris.add(value.getURI());
            }
        }
        return iris;
    }

    @Test
    void every_class_in_the_ontology_has_a_constant_and_every_constant_a_class() throws Exception {
        Set<String> classConstants = constants(Resource.class);
        classConstants.removeAll(constants(Property.class));
        assertEquals(declared(ontology(), OWL.Class), classConstants);
    }

    @Test
    void every_property_in_the_ontology_has_a_constant_and_every_constant_a_property() throws Exception {
        assertEquals(
                declared(ontology(), OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty),
                constants(Property.class));
    }

    @Test
    void the_ontology_declares_the_pg_prefix_as_the_vocabulary_namespace() {
        assertEquals(PG.NS, ontology().getNsPrefixURI(PG.PREFIX));
    }

    @Test
    void every_term_has_a_label() {
        Model ontology = ontology();
        for (String iri : declared(ontology, OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty)) {
            assertTrue(ontology.getResource(iri).hasProperty(org.apache.jena.vocabulary.RDFS.label), iri + " has no rdfs:label");
        }
    }
}
