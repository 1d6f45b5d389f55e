package dev.papergraph.graph;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The papergraph vocabulary, {@code pg:}, as declared in {@code ontology/papergraph.ttl}.
 * Field names are the exact local names; {@code PGVocabularyTest} keeps the two in step both ways.
 * Terms of reused vocabularies that Jena does not ship sit in the nested classes.
 */
public final class PG {
    public static final String NS = "https://w3id.org/papergraph/ns#";
    public static final String PREFIX = "pg";

    private PG() {}

    public static String getURI() {
        return NS;
    }

    private static Resource resource(String local) {
        return ResourceFactory.createResource(NS + local);
    }

    private static Property property(String local) {
        return ResourceFactory.createProperty(NS, local);
    }

    // ----- Classes
    public static final Resource Paper = resource("Paper");
    public static final Resource Concept = resource("Concept");
    public static final Resource Method = resource("Method");
    public static final Resource Model = resource("Model");
    public static final Resource Dataset = resource("Dataset");
    public static final Resource Task = resource("Task");
    public static final Resource Metric = resource("Metric");
    public static final Resource Mention = resource("Mention");
    public static final Resource SourceRecord = resource("SourceRecord");
    public static final Resource LabelVariant = resource("LabelVariant");
    public static final Resource YearCount = resource("YearCount");
    public static final Resource RelationEvidence = resource("RelationEvidence");
    public static final Resource RelationSupport = resource("RelationSupport");
    public static final Resource CoOccurrence = resource("CoOccurrence");
    public static final Resource ExtractionRun = resource("ExtractionRun");
    public static final Resource IngestActivity = resource("IngestActivity");
    public static final Resource AcronymDefinition = resource("AcronymDefinition");

    // ----- Paper metadata
    public static final Property paperId = property("paperId");
    public static final Property authorCount = property("authorCount");
    public static final Property hasSource = property("hasSource");
    public static final Property sourceFile = property("sourceFile");
    public static final Property sourceLine = property("sourceLine");

    // ----- Paper -> concept
    public static final Property mentions = property("mentions");
    public static final Property introduces = property("introduces");
    public static final Property uses = property("uses");
    public static final Property introducesMethod = property("introducesMethod");
    public static final Property introducesModel = property("introducesModel");
    public static final Property introducesDataset = property("introducesDataset");
    public static final Property introducesTask = property("introducesTask");
    public static final Property introducesMetric = property("introducesMetric");
    public static final Property usesMethod = property("usesMethod");
    public static final Property usesModel = property("usesModel");
    public static final Property usesDataset = property("usesDataset");
    public static final Property addressesTask = property("addressesTask");
    public static final Property usesMetric = property("usesMetric");

    // ----- Mentions
    public static final Property inPaper = property("inPaper");
    public static final Property field = property("field");
    public static final Property anchorOf = property("anchorOf");
    public static final Property beginIndex = property("beginIndex");
    public static final Property endIndex = property("endIndex");
    public static final Property sentence = property("sentence");
    public static final Property component = property("component");
    public static final Property confidence = property("confidence");
    public static final Property denotes = property("denotes");
    public static final Property mentionType = property("mentionType");
    public static final Property evidence = property("evidence");
    public static final Property subjectMention = property("subjectMention");
    public static final Property objectMention = property("objectMention");
    public static final Property abbreviates = property("abbreviates");
    public static final Property introducedAs = property("introducedAs");
    public static final Property definesAcronym = property("definesAcronym");
    public static final Property shortForm = property("shortForm");
    public static final Property longForm = property("longForm");

    // ----- Concepts
    public static final Property support = property("support");
    public static final Property introducedBy = property("introducedBy");
    public static final Property firstSeen = property("firstSeen");
    public static final Property hasVariant = property("hasVariant");
    public static final Property variantLabel = property("variantLabel");
    public static final Property papersInYear = property("papersInYear");
    public static final Property year = property("year");
    public static final Property paperCount = property("paperCount");
    public static final Property includesPaper = property("includesPaper");
    public static final Property mergeRule = property("mergeRule");
    public static final Property paperswithcodeId = property("paperswithcodeId");
    public static final Property huggingfaceId = property("huggingfaceId");

    // ----- Concept -> concept
    public static final Property variantOf = property("variantOf");
    public static final Property basedOn = property("basedOn");
    public static final Property evaluatedOn = property("evaluatedOn");
    public static final Property trainedOn = property("trainedOn");
    public static final Property appliedTo = property("appliedTo");
    public static final Property comparedWith = property("comparedWith");
    public static final Property outperforms = property("outperforms");
    public static final Property coOccurrence = property("coOccurrence");
    public static final Property strongestCoOccurrence = property("strongestCoOccurrence");
    public static final Property weight = property("weight");

    // ----- Provenance
    public static final Property softwareVersion = property("softwareVersion");
    public static final Property extractorVersion = property("extractorVersion");
    public static final Property papersAdded = property("papersAdded");

    /** PROV-O terms used by papergraph. */
    public static final class PROV {
        public static final String NS = "http://www.w3.org/ns/prov#";
        public static final Resource Activity = ResourceFactory.createResource(NS + "Activity");
        public static final Resource SoftwareAgent = ResourceFactory.createResource(NS + "SoftwareAgent");
        public static final Property wasGeneratedBy = ResourceFactory.createProperty(NS, "wasGeneratedBy");
        public static final Property wasAssociatedWith = ResourceFactory.createProperty(NS, "wasAssociatedWith");
        public static final Property startedAtTime = ResourceFactory.createProperty(NS, "startedAtTime");
        public static final Property endedAtTime = ResourceFactory.createProperty(NS, "endedAtTime");

        private PROV() {}
    }

    /** FaBiO, PRISM and schema.org terms for bibliographic fields DCTerms lacks. */
    public static final class BIB {
        public static final Property hasURL = ResourceFactory.createProperty("http://purl.org/spar/fabio/", "hasURL");
        public static final Property doi = ResourceFactory.createProperty("http://prismstandard.org/namespaces/basic/2.0/", "doi");
        public static final Property author = ResourceFactory.createProperty("https://schema.org/", "author");

        private BIB() {}
    }
}
