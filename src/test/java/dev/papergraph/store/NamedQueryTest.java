package dev.papergraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.papergraph.graph.GraphFixtures;
import dev.papergraph.graph.IriMinter;
import dev.papergraph.graph.PG;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class NamedQueryTest {
    private static final IriMinter IRIS = IriMinter.defaults();
    private static Dataset dataset;

    @BeforeAll
    static void load_fixture() {
        dataset = GraphFixtures.dataset();
    }

    @Test
    void the_enum_and_the_queries_folder_match_one_to_one() throws IOException {
        Set<String> files;
        try (Stream<Path> list = Files.list(Path.of("queries"))) {
            files = list.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".rq"))
                    .map(n -> n.substring(0, n.length() - 3))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
        Set<String> constants = Arrays.stream(NamedQuery.values()).map(NamedQuery::fileName).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(files, constants);
        assertTrue(files.size() >= 10);
    }

    @ParameterizedTest
    @EnumSource(NamedQuery.class)
    void each_query_has_a_header_and_declares_the_pg_namespace(NamedQuery q) {
        assertFalse(q.header("title").isEmpty(), "title");
        assertFalse(q.header("description").isEmpty(), "description");
        assertFalse(q.header("params").isEmpty(), "params");
        Query query = q.query();
        assertEquals(PG.NS, query.getPrefixMapping().getNsPrefixURI("pg"));
    }

    @ParameterizedTest
    @EnumSource(NamedQuery.class)
    void each_query_has_example_bindings_for_its_parameters_only(NamedQuery q) {
        String example = q.header("example");
        assertFalse(example.isEmpty(), "example");
        Map<String, RDFNode> bindings = q.example();
        assertEquals(example.equals("none"), bindings.isEmpty(), example);
        bindings.keySet().forEach(name -> assertTrue(q.header("params").contains("?" + name), name + " is a declared parameter"));
        assertEquals(example.split(" ").length, example.equals("none") ? 1 : bindings.size(), "every binding parsed: " + example);
    }

    @ParameterizedTest
    @EnumSource(NamedQuery.class)
    void each_query_returns_the_expected_rows_on_the_fixture(NamedQuery q) {
        List<String> rows = rows(q, bindings(q));
        assertEquals(expected(q), rows, q.fileName());
    }

    /** Bindings that narrow parameterised queries to one subject, as a user would. */
    private static Map<String, RDFNode> bindings(NamedQuery q) {
        return switch (q) {
            case CO_OCCURRING_CONCEPTS -> Map.of("concept", concept("resnet-50"));
            case CONCEPT_ALIASES -> Map.of("concept", concept("bert"));
            case EDGE_EVIDENCE -> Map.of("object", concept("imagenet"));
            case MENTION_EVIDENCE -> Map.of("paper", paper(GraphFixtures.P2), "concept", concept("bert"));
            case PAPER_CONCEPTS -> Map.of("paper", paper(GraphFixtures.P1));
            case PAPERS_USING_DATASET -> Map.of("dataset", concept("imagenet"));
            case SEARCH_CONCEPTS -> Map.of("q", ResourceFactory.createStringLiteral("image"));
            case TOP_CONCEPTS_BY_TYPE -> Map.of("type", PG.Dataset);
            case DATASETS_PER_TASK -> Map.of("task", concept("image-classification"));
            default -> Map.of();
        };
    }

    /** Each row as "var=value" pairs: IRIs shortened to their last segment, literals as lexical forms. */
    private static List<String> expected(NamedQuery q) {
        return switch (q) {
            case CO_OCCURRING_CONCEPTS -> List.of(
                    "concept=resnet-50 label=ResNet-50 other=imagenet otherLabel=ImageNet otherType=Dataset papers=2",
                    "concept=resnet-50 label=ResNet-50 other=accuracy otherLabel=accuracy otherType=Metric papers=2");
            case CONCEPT_ALIASES -> List.of(
                    "concept=bert prefLabel=BERT alias=Bidirectional Encoder Representations from Transformers rule=acronym");
            case CONCEPT_RELATIONS -> List.of(
                    "subject=resnet-50 subjectLabel=ResNet-50 predicate=trainedOn object=imagenet objectLabel=ImageNet support=2",
                    "subject=bert subjectLabel=BERT predicate=outperforms object=lstm objectLabel=LSTM support=1",
                    "subject=bert subjectLabel=BERT predicate=trainedOn object=squad objectLabel=SQuAD support=1");
            case DATASETS_PER_TASK -> List.of(
                    "task=image-classification taskLabel=image classification dataset=imagenet datasetLabel=ImageNet papers=1");
            case EDGE_EVIDENCE -> List.of(
                    "subject=resnet-50 subjectLabel=ResNet-50 predicate=trainedOn object=imagenet objectLabel=ImageNet paper=aaaaaaaaaa "
                            + "sentence=We train ResNet-50 on ImageNet and report accuracy. component=pattern confidence=0.8",
                    "subject=resnet-50 subjectLabel=ResNet-50 predicate=trainedOn object=imagenet objectLabel=ImageNet paper=cccccccccc "
                            + "sentence=ResNet-50 is trained on ImageNet for image classification and reaches high accuracy. component=pattern confidence=0.85");
            case LINKED_CONCEPTS -> List.of(
                    "concept=bert label=BERT wikidata=Q61726893 paperswithcode=bert huggingface=google-bert/bert-base-uncased",
                    "concept=imagenet label=ImageNet paperswithcode=imagenet");
            case MENTION_EVIDENCE -> List.of(
                    "paper=bbbbbbbbbb concept=bert label=BERT text=Bidirectional Encoder Representations from Transformers field=abstract begin=13 end=68 "
                            + "sentence=We fine-tune Bidirectional Encoder Representations from Transformers (BERT) on SQuAD for question answering. component=fixture confidence=0.9",
                    "paper=bbbbbbbbbb concept=bert label=BERT text=BERT field=abstract begin=70 end=74 "
                            + "sentence=We fine-tune Bidirectional Encoder Representations from Transformers (BERT) on SQuAD for question answering. component=fixture confidence=0.9",
                    "paper=bbbbbbbbbb concept=bert label=BERT text=BERT field=abstract begin=109 end=113 "
                            + "sentence=BERT outperforms LSTMs. component=fixture confidence=0.9");
            case MODELS_INTRODUCED_BY_PAPER -> List.of();
            case MOST_USED_DATASETS -> List.of(
                    "dataset=imagenet label=ImageNet papers=2 introducedBy=0",
                    "dataset=imagenet-x label=ImageNet-X papers=1 introducedBy=1",
                    "dataset=squad label=SQuAD papers=1 introducedBy=0");
            case NEWEST_CONCEPTS -> List.of(
                    "concept=bert label=BERT type=Model firstSeen=2024 support=1",
                    "concept=lstm label=LSTM type=Method firstSeen=2024 support=1",
                    "concept=squad label=SQuAD type=Dataset firstSeen=2024 support=1",
                    "concept=question-answering label=question answering type=Task firstSeen=2024 support=1",
                    "concept=imagenet label=ImageNet type=Dataset firstSeen=2023-05-24 support=2",
                    "concept=imagenet-x label=ImageNet-X type=Dataset firstSeen=2023-05-24 support=1",
                    "concept=resnet-50 label=ResNet-50 type=Model firstSeen=2023-05-24 support=2",
                    "concept=accuracy label=accuracy type=Metric firstSeen=2023-05-24 support=2");
            case PAPER_CONCEPTS -> List.of(
                    "paper=aaaaaaaaaa title=ImageNet-X: a harder test set concept=imagenet-x label=ImageNet-X type=Dataset role=introduces",
                    "paper=aaaaaaaaaa title=ImageNet-X: a harder test set concept=imagenet label=ImageNet type=Dataset role=uses",
                    "paper=aaaaaaaaaa title=ImageNet-X: a harder test set concept=resnet-50 label=ResNet-50 type=Model role=uses",
                    "paper=aaaaaaaaaa title=ImageNet-X: a harder test set concept=accuracy label=accuracy type=Metric role=uses");
            case PAPERS_USING_DATASET -> List.of(
                    "dataset=imagenet datasetLabel=ImageNet paper=aaaaaaaaaa title=ImageNet-X: a harder test set role=uses date=2023-05-24",
                    "dataset=imagenet datasetLabel=ImageNet paper=cccccccccc title=Image classification revisited role=uses date=--11-05");
            case SEARCH_CONCEPTS -> List.of(
                    "concept=imagenet label=ImageNet type=Dataset support=2",
                    "concept=imagenet-x label=ImageNet-X type=Dataset support=1",
                    "concept=image-classification label=image classification type=Task support=1");
            case TOP_CONCEPTS_BY_TYPE -> List.of(
                    "type=Dataset concept=imagenet label=ImageNet support=2",
                    "type=Dataset concept=imagenet-x label=ImageNet-X support=1",
                    "type=Dataset concept=squad label=SQuAD support=1");
        };
    }

    private static List<String> rows(NamedQuery q, Map<String, RDFNode> bindings) {
        return Txn.calculateRead(dataset, () -> {
            List<String> rows = new ArrayList<>();
            var builder = org.apache.jena.sparql.engine.binding.Binding.builder();
            bindings.forEach((k, v) -> builder.add(org.apache.jena.sparql.core.Var.alloc(k), v.asNode()));
            try (QueryExecution exec = QueryExecution.dataset(dataset).query(q.query()).substitution(builder.build()).build()) {
                var results = exec.execSelect();
                List<String> vars = results.getResultVars();
                results.forEachRemaining(solution -> {
                    Map<String, String> row = new LinkedHashMap<>();
                    for (String var : vars) {
                        RDFNode node = solution.get(var);
                        if (node != null) {
                            row.put(var, show(node));
                        }
                    }
                    rows.add(row.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(" ")));
                });
            }
            return rows;
        });
    }

    private static String show(RDFNode node) {
        if (node.isLiteral()) {
            return node.asLiteral().getLexicalForm();
        }
        String iri = node.asResource().getURI();
        if (iri.startsWith("https://w3id.org/papergraph/id/") && iri.contains("/paper/")) {
            return iri.substring(iri.lastIndexOf('/') + 1);
        }
        int cut = Math.max(iri.lastIndexOf('/'), iri.lastIndexOf('#'));
        return iri.substring(cut + 1);
    }

    private static RDFNode concept(String key) {
        return ResourceFactory.createResource(IRIS.concept(key).getURI());
    }

    private static RDFNode paper(String id) {
        return ResourceFactory.createResource(IRIS.paper(id).getURI());
    }
}
