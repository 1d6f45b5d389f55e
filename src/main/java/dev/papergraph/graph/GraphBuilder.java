package dev.papergraph.graph;

import dev.papergraph.extract.AcronymPair;
import dev.papergraph.extract.Mention;
import dev.papergraph.extract.MentionType;
import dev.papergraph.extract.PaperExtraction;
import dev.papergraph.extract.RelationMention;
import dev.papergraph.extract.RelationType;
import dev.papergraph.ingest.Paper;
import dev.papergraph.ingest.PaperDate;
import dev.papergraph.ingest.SourceRef;
import dev.papergraph.resolve.CoOccurrence;
import dev.papergraph.resolve.NormalizingConceptResolver;
import dev.papergraph.resolve.Concept;
import dev.papergraph.resolve.ConceptRelation;
import dev.papergraph.resolve.LabelVariant;
import dev.papergraph.resolve.RelationEvidence;
import dev.papergraph.resolve.RelationReading;
import dev.papergraph.resolve.Resolution;
import java.math.BigDecimal;
import java.math.RoundingMode;
import dev.papergraph.resolve.ConceptResolver.PaperInput;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;

/**
 * Turns records into RDF following {@code ontology/papergraph.ttl}: one graph per paper (its
 * metadata, mentions, paper-concept edges and relation evidence) and one graph of concepts derived
 * from all papers. The output is a pure function of its input, so IRIs and triples never depend
 * on the order papers arrived in.
 */
public final class GraphBuilder {
    private final IriMinter iris;
    private final String softwareVersion;
    private final String extractorVersion;

    public GraphBuilder(IriMinter iris, String softwareVersion, String extractorVersion) {
        this.iris = iris;
        this.softwareVersion = softwareVersion;
        this.extractorVersion = extractorVersion;
    }

    public IriMinter iris() {
        return iris;
    }

    /** The triples of one paper's named graph. */
    public Graph paperGraph(Paper paper, PaperExtraction extraction, Resolution resolution) {
        return paperGraph(paper, extraction, m -> resolution.conceptKeyOf(paper.id(), m),
                readingsByPaper(resolution).getOrDefault(paper.id(), List.of()));
    }

    /** Every paper's named graph, by graph name; the resolution's relations are indexed once for all. */
    public Map<Node, Graph> paperGraphs(Collection<PaperInput> papers, Resolution resolution) {
        Map<String, List<RelationReading>> readings = readingsByPaper(resolution);
        Map<Node, Graph> graphs = new LinkedHashMap<>();
        for (PaperInput input : papers) {
            String id = input.paper().id();
            graphs.put(iris.paperGraph(id), paperGraph(input.paper(), input.extraction(), m -> resolution.conceptKeyOf(id, m),
                    readings.getOrDefault(id, List.of())));
        }
        return graphs;
    }

    private static Map<String, List<RelationReading>> readingsByPaper(Resolution resolution) {
        Map<String, List<RelationReading>> readings = new HashMap<>();
        for (ConceptRelation relation : resolution.relations()) {
            for (RelationEvidence evidence : relation.evidence()) {
                readings.computeIfAbsent(evidence.paperId(), id -> new ArrayList<>()).add(new RelationReading(
                        relation.type(), relation.subjectKey(), relation.objectKey(), evidence.mention()));
            }
        }
        return readings;
    }

    /**
     * The triples of one paper's named graph, given the concept key of each of its mentions and the
     * relations read in it.
     */
    public Graph paperGraph(Paper paper, PaperExtraction extraction, Function<Mention, String> conceptKeyOf, List<RelationReading> readings) {
        Graph g = GraphFactory.createDefaultGraph();
        Node p = iris.paper(paper.id());
        add(g, p, RDF.type, PG.Paper);
        add(g, p, PG.paperId, string(paper.id()));
        add(g, p, DCTerms.abstract_, string(paper.abstractText()));
        if (paper.title() != null) {
            add(g, p, DCTerms.title, string(paper.title()));
        }
        paper.authors().forEach(author -> add(g, p, PG.BIB.author, string(author)));
        if (paper.authorCount() != null) {
            add(g, p, PG.authorCount, integer(paper.authorCount()));
        }
        if (paper.date() != null) {
            add(g, p, DCTerms.issued, date(paper.date()));
        }
        if (paper.doi() != null) {
            add(g, p, PG.BIB.doi, string(paper.doi()));
        }
        if (paper.url() != null) {
            add(g, p, PG.BIB.hasURL, NodeFactory.createLiteralDT(paper.url(), XSDDatatype.XSDanyURI));
        }
        paper.categories().forEach(category -> add(g, p, DCTerms.subject, string(category)));
        for (SourceRef source : paper.sources()) {
            Node s = iris.source(paper.id(), source.file(), source.line());
            add(g, p, PG.hasSource, s);
            add(g, s, RDF.type, PG.SourceRecord);
            add(g, s, PG.sourceFile, string(source.file()));
            add(g, s, PG.sourceLine, integer(source.line()));
        }
        extraction.introduced().forEach(form -> add(g, p, PG.introducedAs, string(form)));

        Node run = iris.extractionRun(softwareVersion, extractorVersion);
        Set<String> introducedKeys = new HashSet<>();
        for (Mention m : extraction.mentions()) {
            if (extraction.introduced().contains(m.text())) {
                introducedKeys.add(conceptKeyOf.apply(m));
            }
        }
        for (Mention m : extraction.mentions()) {
            String key = conceptKeyOf.apply(m);
            addMention(g, paper.id(), p, m, iris.concept(key), run);
            addPaperEdge(g, p, iris.concept(key), m.type(), introducedKeys.contains(key));
        }
        for (AcronymPair pair : extraction.acronyms()) {
            addAcronym(g, paper.id(), p, extraction, pair);
        }
        for (RelationReading reading : readings) {
            addRelationEvidence(g, paper.id(), p, reading, run);
        }
        addYearCounts(g, p, paper, extraction, conceptKeyOf);
        return g;
    }

    /**
     * The paper as counted in each of its concepts' papers of its year: the concepts the resolver
     * counts it for (its mentions and the ends of its relation mentions).
     */
    private void addYearCounts(Graph g, Node p, Paper paper, PaperExtraction extraction, Function<Mention, String> conceptKeyOf) {
        Integer year = paper.date() == null ? null : paper.date().year();
        if (year == null) {
            return;
        }
        List<Mention> counted = new ArrayList<>(extraction.mentions());
        extraction.relations().forEach(r -> counted.addAll(List.of(r.subject(), r.object())));
        Set<String> keys = new TreeSet<>();
        for (Mention m : counted) {
            String key = conceptKeyOf.apply(m);
            if (key != null) {
                keys.add(key);
            }
        }
        keys.forEach(key -> add(g, iris.yearCount(key, year), PG.includesPaper, p));
    }

    /**
     * The triples of the concepts graph: concepts, their relations with support, co-occurrences, the
     * run; {@code yearOf} gives the year of each paper, null when unknown.
     */
    public Graph conceptsGraph(Resolution resolution, Function<String, Integer> yearOf) {
        Graph g = GraphFactory.createDefaultGraph();
        for (Concept concept : resolution.concepts()) {
            SortedMap<Integer, Integer> papersPerYear = new TreeMap<>();
            for (String paperId : concept.paperIds()) {
                Integer year = yearOf.apply(paperId);
                if (year != null) {
                    papersPerYear.merge(year, 1, Integer::sum);
                }
            }
            addConcept(g, concept, concept.support(), papersPerYear, List.of());
        }
        for (ConceptRelation relation : resolution.relations()) {
            addRelation(g, relation.subjectKey(), relation.type(), relation.objectKey(), relation.support());
        }
        Map<String, List<CoOccurrence>> pairsOf = new TreeMap<>();
        for (CoOccurrence pair : resolution.coOccurrences()) {
            addCoOccurrence(g, pair.firstKey(), pair.secondKey(), pair.papers());
            pairsOf.computeIfAbsent(pair.firstKey(), k -> new ArrayList<>()).add(pair);
            pairsOf.computeIfAbsent(pair.secondKey(), k -> new ArrayList<>()).add(pair);
        }
        pairsOf.forEach((key, pairs) -> {
            if (pairs.size() > NormalizingConceptResolver.STRONGEST_PARTNERS) {
                Function<CoOccurrence, String> other = pair -> pair.firstKey().equals(key) ? pair.secondKey() : pair.firstKey();
                addStrongestCoOccurrences(g, key, pairs.stream()
                        .sorted(Comparator.comparingInt(CoOccurrence::papers).reversed().thenComparing(other))
                        .limit(NormalizingConceptResolver.STRONGEST_PARTNERS)
                        .map(other)
                        .toList());
            }
        });
        addRun(g);
        return g;
    }

    /** A concept's links to its pairs with its strongest partners (see {@link NormalizingConceptResolver#STRONGEST_PARTNERS}). */
    public void addStrongestCoOccurrences(Graph g, String conceptKey, List<String> partnerKeys) {
        Node c = iris.concept(conceptKey);
        for (String partner : partnerKeys) {
            boolean first = conceptKey.compareTo(partner) < 0;
            add(g, c, PG.strongestCoOccurrence, iris.coOccurrence(first ? conceptKey : partner, first ? partner : conceptKey));
        }
    }

    /**
     * A concept's own triples: types, labels, variants, support, introductions, first date, links, and
     * the other keys that name it ({@code owl:sameAs}, so that an IRI once minted keeps resolving).
     */
    public void addConcept(Graph g, Concept concept, int support, SortedMap<Integer, Integer> papersPerYear, List<String> aliasKeys) {
        Node c = iris.concept(concept.key());
        add(g, c, RDF.type, PG.Concept);
        add(g, c, RDF.type, SKOS.Concept);
        add(g, c, RDF.type, typeClass(concept.type()));
        add(g, c, SKOS.prefLabel, string(concept.prefLabel()));
        add(g, c, PG.support, integer(support));
        papersPerYear.forEach((year, papers) -> {
            Node count = iris.yearCount(concept.key(), year);
            add(g, c, PG.papersInYear, count);
            add(g, count, RDF.type, PG.YearCount);
            add(g, count, PG.year, NodeFactory.createLiteralDT(String.format(Locale.ROOT, "%04d", year), XSDDatatype.XSDgYear));
            add(g, count, PG.paperCount, integer(papers));
        });
        for (LabelVariant variant : concept.variants()) {
            Node v = iris.labelVariant(concept.key(), variant.label());
            add(g, c, SKOS.altLabel, string(variant.label()));
            add(g, c, PG.hasVariant, v);
            add(g, v, RDF.type, PG.LabelVariant);
            add(g, v, PG.variantLabel, string(variant.label()));
            add(g, v, PG.mergeRule, string(variant.rule()));
        }
        concept.introducedBy().forEach(paperId -> add(g, c, PG.introducedBy, iris.paper(paperId)));
        if (concept.firstSeen() != null) {
            add(g, c, PG.firstSeen, date(concept.firstSeen()));
        }
        if (concept.link() != null) {
            if (concept.link().wikidataIri() != null) {
                add(g, c, SKOS.exactMatch, NodeFactory.createURI(concept.link().wikidataIri()));
            }
            if (concept.link().paperswithcodeId() != null) {
                add(g, c, PG.paperswithcodeId, string(concept.link().paperswithcodeId()));
            }
            if (concept.link().huggingfaceId() != null) {
                add(g, c, PG.huggingfaceId, string(concept.link().huggingfaceId()));
            }
        }
        aliasKeys.forEach(alias -> add(g, iris.concept(alias), OWL.sameAs, c));
    }

    /** A statement between two concepts and the node that carries its support. */
    public void addRelation(Graph g, String subjectKey, RelationType type, String objectKey, int support) {
        Node s = iris.concept(subjectKey);
        Node o = iris.concept(objectKey);
        Node predicate = predicate(type).asNode();
        g.add(s, predicate, o);
        Node statement = iris.relationSupport(subjectKey, type, objectKey);
        add(g, statement, RDF.type, PG.RelationSupport);
        add(g, statement, RDF.subject, s);
        g.add(statement, RDF.predicate.asNode(), predicate);
        add(g, statement, RDF.object, o);
        add(g, statement, PG.support, integer(support));
    }

    /** Two concepts named by the same papers, and how many. */
    public void addCoOccurrence(Graph g, String firstKey, String secondKey, int papers) {
        Node n = iris.coOccurrence(firstKey, secondKey);
        add(g, n, RDF.type, PG.CoOccurrence);
        add(g, iris.concept(firstKey), PG.coOccurrence, n);
        add(g, iris.concept(secondKey), PG.coOccurrence, n);
        add(g, n, PG.weight, integer(papers));
    }

    /** The extraction run and the software behind it. */
    public void addRun(Graph g) {
        Node run = iris.extractionRun(softwareVersion, extractorVersion);
        Node software = iris.software(softwareVersion);
        add(g, run, RDF.type, PG.ExtractionRun);
        add(g, run, RDF.type, PG.PROV.Activity);
        add(g, run, PG.softwareVersion, string(softwareVersion));
        add(g, run, PG.extractorVersion, string(extractorVersion));
        add(g, run, PG.PROV.wasAssociatedWith, software);
        add(g, software, RDF.type, PG.PROV.SoftwareAgent);
    }

    private void addMention(Graph g, String paperId, Node paper, Mention m, Node concept, Node run) {
        Node n = iris.mention(paperId, m);
        add(g, n, RDF.type, PG.Mention);
        add(g, n, PG.inPaper, paper);
        add(g, n, PG.field, string(m.field().label()));
        add(g, n, PG.anchorOf, string(m.text()));
        add(g, n, PG.beginIndex, integer(m.start()));
        add(g, n, PG.endIndex, integer(m.end()));
        add(g, n, PG.sentence, string(m.sentence()));
        add(g, n, PG.component, string(m.component()));
        add(g, n, PG.confidence, decimal(m.confidence()));
        add(g, n, PG.mentionType, typeClass(m.type()));
        add(g, n, PG.denotes, concept);
        add(g, n, PG.PROV.wasGeneratedBy, run);
    }

    private void addPaperEdge(Graph g, Node paper, Node concept, MentionType type, boolean introduced) {
        add(g, paper, PG.mentions, concept);
        add(g, paper, introduced ? PG.introduces : PG.uses, concept);
        add(g, paper, roleProperty(type, introduced), concept);
    }

    /**
     * Records a defined acronym on the paper, whether or not its long form is a mention (resolution
     * needs the pair either way), and links the short-form mentions to the long-form mention.
     */
    private void addAcronym(Graph g, String paperId, Node paper, PaperExtraction extraction, AcronymPair pair) {
        Node definition = iris.acronymDefinition(paperId, pair.shortForm(), pair.longForm());
        add(g, paper, PG.definesAcronym, definition);
        add(g, definition, RDF.type, PG.AcronymDefinition);
        add(g, definition, PG.shortForm, string(pair.shortForm()));
        add(g, definition, PG.longForm, string(pair.longForm()));
        add(g, definition, PG.mentionType, typeClass(pair.type()));
        extraction.mentions().stream()
                .filter(m -> m.text().equals(pair.longForm()))
                .findFirst()
                .ifPresent(longForm -> extraction.mentions().stream()
                        .filter(m -> m.text().equals(pair.shortForm()))
                        .forEach(m -> add(g, iris.mention(paperId, m), PG.abbreviates, iris.mention(paperId, longForm))));
    }

    /** The reading of a resolved relation in this paper's sentence; relations the resolver dropped leave none. */
    private void addRelationEvidence(Graph g, String paperId, Node paper, RelationReading reading, Node run) {
        RelationMention relation = reading.mention();
        Node s = iris.concept(reading.subjectKey());
        Node o = iris.concept(reading.objectKey());
        Node n = iris.relationEvidence(paperId, relation.type(), relation.subject(), relation.object());
        add(g, n, RDF.type, PG.RelationEvidence);
        add(g, n, RDF.subject, s);
        g.add(n, RDF.predicate.asNode(), predicate(relation.type()).asNode());
        add(g, n, RDF.object, o);
        add(g, n, PG.inPaper, paper);
        add(g, n, PG.sentence, string(relation.subject().sentence()));
        add(g, n, PG.subjectMention, iris.mention(paperId, relation.subject()));
        add(g, n, PG.objectMention, iris.mention(paperId, relation.object()));
        add(g, n, PG.component, string(relation.component()));
        add(g, n, PG.confidence, decimal(relation.confidence()));
        add(g, n, PG.PROV.wasGeneratedBy, run);
    }

    public static Resource typeClass(MentionType type) {
        return switch (type) {
            case Method -> PG.Method;
            case Model -> PG.Model;
            case Dataset -> PG.Dataset;
            case Task -> PG.Task;
            case Metric -> PG.Metric;
        };
    }

    public static MentionType typeOf(Node typeClass) {
        for (MentionType type : MentionType.values()) {
            if (typeClass(type).asNode().equals(typeClass)) {
                return type;
            }
        }
        return null;
    }

    static Property roleProperty(MentionType type, boolean introduced) {
        return switch (type) {
            case Method -> introduced ? PG.introducesMethod : PG.usesMethod;
            case Model -> introduced ? PG.introducesModel : PG.usesModel;
            case Dataset -> introduced ? PG.introducesDataset : PG.usesDataset;
            case Task -> introduced ? PG.introducesTask : PG.addressesTask;
            case Metric -> introduced ? PG.introducesMetric : PG.usesMetric;
        };
    }

    public static Property predicate(RelationType type) {
        return switch (type) {
            case BROADER -> SKOS.broader;
            case VARIANT_OF -> PG.variantOf;
            case BASED_ON -> PG.basedOn;
            case EVALUATED_ON -> PG.evaluatedOn;
            case TRAINED_ON -> PG.trainedOn;
            case APPLIED_TO -> PG.appliedTo;
            case COMPARED_WITH -> PG.comparedWith;
            case OUTPERFORMS -> PG.outperforms;
        };
    }

    public static RelationType relationTypeOf(Node predicate) {
        for (RelationType type : RelationType.values()) {
            if (predicate(type).asNode().equals(predicate)) {
                return type;
            }
        }
        return null;
    }

    private static void add(Graph g, Node s, Property p, Node o) {
        g.add(s, p.asNode(), o);
    }

    private static void add(Graph g, Node s, Property p, Resource o) {
        g.add(s, p.asNode(), o.asNode());
    }

    static Node string(String value) {
        return NodeFactory.createLiteralString(value);
    }

    /** An xsd:integer literal, as every count in the graph is written. */
    public static Node integer(long value) {
        return NodeFactory.createLiteralDT(Long.toString(value), XSDDatatype.XSDinteger);
    }

    /** Three decimals are plenty for a confidence; the lexical form is XSD-canonical ("0.8", "1.0") as TDB2 stores it. */
    static Node decimal(double value) {
        String lexical = BigDecimal.valueOf(value).setScale(3, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
        if (!lexical.contains(".")) {
            lexical += ".0";
        }
        return NodeFactory.createLiteralDT(lexical, XSDDatatype.XSDdecimal);
    }

    static Node date(PaperDate date) {
        XSDDatatype type = switch (date.xsdType()) {
            case "date" -> XSDDatatype.XSDdate;
            case "gYearMonth" -> XSDDatatype.XSDgYearMonth;
            case "gYear" -> XSDDatatype.XSDgYear;
            default -> XSDDatatype.XSDgMonthDay;
        };
        return NodeFactory.createLiteralDT(date.lexicalForm(), type);
    }
}
