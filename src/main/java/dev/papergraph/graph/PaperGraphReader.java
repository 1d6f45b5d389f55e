package dev.papergraph.graph;

import dev.papergraph.extract.AcronymPair;
import dev.papergraph.extract.Field;
import dev.papergraph.extract.Mention;
import dev.papergraph.extract.PaperExtraction;
import dev.papergraph.extract.RelationMention;
import dev.papergraph.ingest.Paper;
import dev.papergraph.ingest.PaperDate;
import dev.papergraph.ingest.SourceRef;
import dev.papergraph.resolve.ConceptResolver.PaperInput;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;

/**
 * Reads a paper's named graph back into the records {@link GraphBuilder} wrote it from, so that a
 * later ingest can resolve concepts over stored and new papers alike without running NLP again.
 */
public final class PaperGraphReader {
    private static final Comparator<Mention> MENTION_ORDER = Comparator.comparing(Mention::field)
            .thenComparingInt(Mention::start)
            .thenComparingInt(Mention::end)
            .thenComparing(Mention::type);

    private PaperGraphReader() {}

    public static PaperInput read(Graph g) {
        Node p = single(g, Node.ANY, RDF.type, PG.Paper).getSubject();
        Paper paper = new Paper(
                text(g, p, PG.paperId),
                text(g, p, DCTerms.title),
                text(g, p, DCTerms.abstract_),
                texts(g, p, PG.BIB.author),
                integerOrNull(g, p, PG.authorCount),
                dateOrNull(g, p),
                text(g, p, PG.BIB.doi),
                text(g, p, PG.BIB.hasURL),
                texts(g, p, DCTerms.subject),
                sources(g, p));

        Map<Node, Mention> mentions = new HashMap<>();
        find(g, Node.ANY, RDF.type, PG.Mention).forEach(t -> mentions.put(t.getSubject(), mention(g, t.getSubject())));
        List<AcronymPair> acronyms = new ArrayList<>();
        find(g, p, PG.definesAcronym, null).forEach(t -> {
            Node d = t.getObject();
            acronyms.add(new AcronymPair(text(g, d, PG.shortForm), text(g, d, PG.longForm),
                    GraphBuilder.typeOf(single(g, d, PG.mentionType, null).getObject())));
        });
        List<RelationMention> relations = new ArrayList<>();
        find(g, Node.ANY, RDF.type, PG.RelationEvidence).forEach(t -> {
            Node e = t.getSubject();
            relations.add(new RelationMention(
                    GraphBuilder.relationTypeOf(single(g, e, RDF.predicate, null).getObject()),
                    mentions.get(single(g, e, PG.subjectMention, null).getObject()),
                    mentions.get(single(g, e, PG.objectMention, null).getObject()),
                    text(g, e, PG.component),
                    Double.parseDouble(text(g, e, PG.confidence))));
        });
        List<Mention> sorted = mentions.values().stream().sorted(MENTION_ORDER).toList();
        Set<String> introduced = new TreeSet<>(texts(g, p, PG.introducedAs));
        return new PaperInput(
                paper,
                new PaperExtraction(
                        paper.id(),
                        sorted,
                        acronyms.stream().distinct().sorted(Comparator.comparing(AcronymPair::shortForm)
                                .thenComparing(AcronymPair::longForm)).toList(),
                        introduced,
                        relations.stream().sorted(Comparator.comparing(RelationMention::type)
                                .thenComparing(RelationMention::subject, MENTION_ORDER)
                                .thenComparing(RelationMention::object, MENTION_ORDER)).toList()));
    }

    private static Mention mention(Graph g, Node m) {
        return new Mention(
                Field.parse(text(g, m, PG.field)),
                GraphBuilder.typeOf(single(g, m, PG.mentionType, null).getObject()),
                text(g, m, PG.anchorOf),
                Integer.parseInt(text(g, m, PG.beginIndex)),
                Integer.parseInt(text(g, m, PG.endIndex)),
                text(g, m, PG.sentence),
                text(g, m, PG.component),
                Double.parseDouble(text(g, m, PG.confidence)));
    }

    private static List<SourceRef> sources(Graph g, Node p) {
        List<SourceRef> sources = new ArrayList<>();
        find(g, p, PG.hasSource, null).forEach(t -> sources.add(new SourceRef(
                text(g, t.getObject(), PG.sourceFile), Long.parseLong(text(g, t.getObject(), PG.sourceLine)))));
        return sources;
    }

    private static PaperDate dateOrNull(Graph g, Node p) {
        String lexical = text(g, p, DCTerms.issued);
        if (lexical == null) {
            return null;
        }
        if (lexical.startsWith("--")) {
            return new PaperDate(null, Integer.parseInt(lexical.substring(2, 4)), Integer.parseInt(lexical.substring(5, 7)));
        }
        String[] parts = lexical.split("-");
        return new PaperDate(
                Integer.parseInt(parts[0]),
                parts.length > 1 ? Integer.parseInt(parts[1]) : null,
                parts.length > 2 ? Integer.parseInt(parts[2]) : null);
    }

    private static Integer integerOrNull(Graph g, Node s, Property p) {
        String lexical = text(g, s, p);
        return lexical == null ? null : Integer.valueOf(lexical);
    }

    private static String text(Graph g, Node s, Property p) {
        List<Triple> found = find(g, s, p, null);
        return found.isEmpty() ? null : found.get(0).getObject().getLiteralLexicalForm();
    }

    private static List<String> texts(Graph g, Node s, Property p) {
        return find(g, s, p, null).stream().map(t -> t.getObject().getLiteralLexicalForm()).sorted().toList();
    }

    private static Triple single(Graph g, Node s, Property p, Resource o) {
        List<Triple> found = find(g, s, p, o);
        if (found.size() != 1) {
            throw new IllegalStateException("expected one " + p + " of " + s + ", found " + found.size());
        }
        return found.get(0);
    }

    private static List<Triple> find(Graph g, Node s, Property p, Resource o) {
        return g.find(s, p.asNode(), o == null ? Node.ANY : o.asNode()).toList();
    }
}
