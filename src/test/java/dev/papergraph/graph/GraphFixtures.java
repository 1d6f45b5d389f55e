package dev.papergraph.graph;

import dev.papergraph.extract.AcronymPair;
import dev.papergraph.extract.Field;
import dev.papergraph.extract.Mention;
import dev.papergraph.extract.MentionType;
import dev.papergraph.extract.PaperExtraction;
import dev.papergraph.extract.RelationMention;
import dev.papergraph.extract.RelationType;
import dev.papergraph.ingest.Paper;
import dev.papergraph.ingest.PaperDate;
import dev.papergraph.ingest.SourceRef;
import dev.papergraph.resolve.CoOccurrence;
import dev.papergraph.resolve.Concept;
import dev.papergraph.resolve.ConceptLink;
import dev.papergraph.resolve.ConceptRelation;
import dev.papergraph.resolve.ConceptResolver.PaperInput;
import dev.papergraph.resolve.LabelVariant;
import dev.papergraph.resolve.RelationEvidence;
import dev.papergraph.resolve.Resolution;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;

/**
 * A hand-made world of three papers and their resolved concepts, built from records so that the
 * graph has exactly the shape {@link GraphBuilder} writes. Stages after extract are tested on it
 * without NLP.
 */
public final class GraphFixtures {
    public static final String P1 = "aaaaaaaaaa";
    public static final String P2 = "bbbbbbbbbb";
    public static final String P3 = "cccccccccc";

    private GraphFixtures() {}

    public static List<PaperInput> papers() {
        List<PaperInput> papers = new ArrayList<>();
        String a1 = "We introduce ImageNet-X, a new dataset. We train ResNet-50 on ImageNet and report accuracy.";
        Paper p1 = new Paper(P1, "ImageNet-X: a harder test set", a1, List.of("Ada Lovelace"), 1,
                new PaperDate(2023, 5, 24), "10.1000/x1", "https://example.org/p1", List.of("cs.CV"),
                List.of(new SourceRef("listing.txt", 1)));
        Mention m1x = mention(Field.abstract_, MentionType.Dataset, a1, "ImageNet-X", 0);
        Mention m1r = mention(Field.abstract_, MentionType.Model, a1, "ResNet-50", 0);
        Mention m1i = mention(Field.abstract_, MentionType.Dataset, a1, "ImageNet", 1);
        Mention m1a = mention(Field.abstract_, MentionType.Metric, a1, "accuracy", 0);
        Mention t1x = mention(Field.title, MentionType.Dataset, p1.title(), "ImageNet-X", 0);
        papers.add(new PaperInput(p1, new PaperExtraction(P1, List.of(t1x, m1x, m1r, m1i, m1a), List.of(),
                Set.of("ImageNet-X"), List.of(new RelationMention(RelationType.TRAINED_ON, m1r, m1i, "pattern", 0.8)))));

        String a2 = "We fine-tune Bidirectional Encoder Representations from Transformers (BERT) on SQuAD for question answering. BERT outperforms LSTMs.";
        Paper p2 = new Paper(P2, null, a2, List.of(), null, PaperDate.ofYear(2024), null, null, List.of(),
                List.of(new SourceRef("abstracts.txt", 3)));
        Mention m2l = mention(Field.abstract_, MentionType.Model, a2, "Bidirectional Encoder Representations from Transformers", 0);
        Mention m2b = mention(Field.abstract_, MentionType.Model, a2, "BERT", 0);
        Mention m2s = mention(Field.abstract_, MentionType.Dataset, a2, "SQuAD", 0);
        Mention m2q = mention(Field.abstract_, MentionType.Task, a2, "question answering", 0);
        Mention m2b2 = mention(Field.abstract_, MentionType.Model, a2, "BERT", 1);
        Mention m2m = mention(Field.abstract_, MentionType.Method, a2, "LSTMs", 0);
        papers.add(new PaperInput(p2, new PaperExtraction(P2, List.of(m2l, m2b, m2s, m2q, m2b2, m2m),
                List.of(new AcronymPair("BERT", "Bidirectional Encoder Representations from Transformers", MentionType.Model)),
                Set.of(), List.of(
                        new RelationMention(RelationType.TRAINED_ON, m2b, m2s, "pattern", 0.7),
                        new RelationMention(RelationType.OUTPERFORMS, m2b2, m2m, "pattern", 0.9)))));

        String a3 = "ResNet-50 is trained on ImageNet for image classification and reaches high accuracy.";
        Paper p3 = new Paper(P3, "Image classification revisited", a3, List.of(), 3, new PaperDate(null, 11, 5), null, null,
                List.of(), List.of(new SourceRef("listing.txt", 9), new SourceRef("other.txt", 2)));
        Mention m3r = mention(Field.abstract_, MentionType.Model, a3, "ResNet-50", 0);
        Mention m3i = mention(Field.abstract_, MentionType.Dataset, a3, "ImageNet", 0);
        Mention m3c = mention(Field.abstract_, MentionType.Task, a3, "image classification", 0);
        Mention m3a = mention(Field.abstract_, MentionType.Metric, a3, "accuracy", 0);
        papers.add(new PaperInput(p3, new PaperExtraction(P3, List.of(m3r, m3i, m3c, m3a), List.of(), Set.of(),
                List.of(new RelationMention(RelationType.TRAINED_ON, m3r, m3i, "pattern", 0.85)))));
        return papers;
    }

    /** The resolution a careful resolver gives for {@link #papers()}. */
    public static Resolution resolution(List<PaperInput> papers) {
        Map<String, String> keyByText = Map.ofEntries(
                Map.entry("ImageNet-X", "imagenet-x"), Map.entry("ResNet-50", "resnet-50"),
                Map.entry("ImageNet", "imagenet"), Map.entry("accuracy", "accuracy"),
                Map.entry("Bidirectional Encoder Representations from Transformers", "bert"), Map.entry("BERT", "bert"),
                Map.entry("SQuAD", "squad"), Map.entry("question answering", "question-answering"),
                Map.entry("LSTMs", "lstm"), Map.entry("image classification", "image-classification"));
        Map<String, Map<Mention, String>> keys = new LinkedHashMap<>();
        for (PaperInput input : papers) {
            Map<Mention, String> byMention = new LinkedHashMap<>();
            input.extraction().mentions().forEach(m -> byMention.put(m, keyByText.get(m.text())));
            keys.put(input.paper().id(), byMention);
        }
        List<Concept> concepts = List.of(
                concept("accuracy", MentionType.Metric, "accuracy", List.of(), Set.of(P1, P3), Set.of(), new PaperDate(2023, 5, 24), null),
                concept("bert", MentionType.Model, "BERT",
                        List.of(new LabelVariant("Bidirectional Encoder Representations from Transformers", "acronym")),
                        Set.of(P2), Set.of(), PaperDate.ofYear(2024),
                        new ConceptLink("http://www.wikidata.org/entity/Q61726893", "bert", "google-bert/bert-base-uncased")),
                concept("image-classification", MentionType.Task, "image classification", List.of(), Set.of(P3), Set.of(), null, null),
                concept("imagenet", MentionType.Dataset, "ImageNet", List.of(), Set.of(P1, P3), Set.of(), new PaperDate(2023, 5, 24),
                        new ConceptLink(null, "imagenet", null)),
                concept("imagenet-x", MentionType.Dataset, "ImageNet-X", List.of(), Set.of(P1), Set.of(P1), new PaperDate(2023, 5, 24), null),
                concept("lstm", MentionType.Method, "LSTM", List.of(new LabelVariant("LSTMs", "plural")), Set.of(P2), Set.of(),
                        PaperDate.ofYear(2024), null),
                concept("question-answering", MentionType.Task, "question answering", List.of(), Set.of(P2), Set.of(),
                        PaperDate.ofYear(2024), null),
                concept("resnet-50", MentionType.Model, "ResNet-50", List.of(), Set.of(P1, P3), Set.of(), new PaperDate(2023, 5, 24), null),
                concept("squad", MentionType.Dataset, "SQuAD", List.of(), Set.of(P2), Set.of(), PaperDate.ofYear(2024), null));
        List<ConceptRelation> relations = new ArrayList<>();
        for (PaperInput input : papers) {
            for (RelationMention r : input.extraction().relations()) {
                String s = keyByText.get(r.subject().text());
                String o = keyByText.get(r.object().text());
                int at = -1;
                for (int i = 0; i < relations.size(); i++) {
                    ConceptRelation c = relations.get(i);
                    if (c.type() == r.type() && c.subjectKey().equals(s) && c.objectKey().equals(o)) {
                        at = i;
                    }
                }
                List<RelationEvidence> evidence = new ArrayList<>(at < 0 ? List.of() : relations.get(at).evidence());
                evidence.add(new RelationEvidence(input.paper().id(), r));
                ConceptRelation merged = new ConceptRelation(r.type(), s, o, evidence);
                if (at < 0) {
                    relations.add(merged);
                } else {
                    relations.set(at, merged);
                }
            }
        }
        List<CoOccurrence> pairs = List.of(
                new CoOccurrence("accuracy", "imagenet", 2), new CoOccurrence("accuracy", "resnet-50", 2),
                new CoOccurrence("imagenet", "resnet-50", 2), new CoOccurrence("imagenet", "imagenet-x", 1),
                new CoOccurrence("bert", "squad", 1), new CoOccurrence("bert", "question-answering", 1));
        return new Resolution(concepts, keys, relations, pairs);
    }

    /** The year of each paper, null when its date has none. */
    public static Function<String, Integer> yearOf(List<PaperInput> papers) {
        Map<String, Integer> years = new HashMap<>();
        papers.forEach(p -> years.put(p.paper().id(), p.paper().date() == null ? null : p.paper().date().year()));
        return years::get;
    }

    /** The fixture's graphs in a fresh in-memory TDB2 dataset with the union default graph on. */
    public static Dataset dataset() {
        Dataset ds = TDB2Factory.createDataset();
        ds.getContext().set(TDB2.symUnionDefaultGraph, true);
        GraphBuilder builder = new GraphBuilder(IriMinter.defaults(), "test", "fixture");
        List<PaperInput> papers = papers();
        Resolution resolution = resolution(papers);
        Txn.executeWrite(ds, () -> {
            DatasetGraph dsg = ds.asDatasetGraph();
            for (PaperInput input : papers) {
                var target = dsg.getGraph(builder.iris().paperGraph(input.paper().id()));
                builder.paperGraph(input.paper(), input.extraction(), resolution).find().forEachRemaining(target::add);
            }
            var concepts = dsg.getGraph(builder.iris().conceptsGraph());
            builder.conceptsGraph(resolution, yearOf(papers)).find().forEachRemaining(concepts::add);
        });
        return ds;
    }

    private static Concept concept(String key, MentionType type, String label, List<LabelVariant> variants, Set<String> papers,
            Set<String> introducedBy, PaperDate firstSeen, ConceptLink link) {
        return new Concept(key, type, label, variants, new TreeSet<>(papers), new TreeSet<>(introducedBy), firstSeen, link);
    }

    /** The n-th (0-based) occurrence of {@code text} in {@code in} as a mention; offsets are code points. */
    static Mention mention(Field field, MentionType type, String in, String text, int occurrence) {
        int at = -1;
        for (int i = 0; i <= occurrence; i++) {
            at = in.indexOf(text, at + 1);
        }
        int start = in.codePointCount(0, at);
        int sentenceStart = Math.max(0, in.lastIndexOf(". ", at) + (in.lastIndexOf(". ", at) < 0 ? 0 : 2));
        int sentenceEnd = in.indexOf(". ", at);
        String sentence = in.substring(sentenceStart, sentenceEnd < 0 ? in.length() : sentenceEnd + 1);
        return new Mention(field, type, text, start, start + text.codePointCount(0, text.length()), sentence, "fixture", 0.9);
    }
}
