package dev.papergraph.store;

import dev.papergraph.extract.MentionType;
import dev.papergraph.graph.GraphBuilder;
import java.util.EnumMap;
import java.util.Map;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.system.Txn;

/**
 * Counts of what a store holds.
 *
 * @param conceptsByType concepts per type
 * @param linkedByType concepts per type with a Wikidata, Papers with Code or Hugging Face identifier
 * @param quads all quads, the log graph included
 */
public record StoreStatistics(
        long papers,
        Map<MentionType, Long> conceptsByType,
        Map<MentionType, Long> linkedByType,
        long mentions,
        long relations,
        long relationEvidence,
        long coOccurrences,
        long quads) {

    public static StoreStatistics of(KnowledgeStore store) {
        Dataset ds = store.dataset();
        return Txn.calculateRead(ds, () -> {
            Map<MentionType, Long> concepts = new EnumMap<>(MentionType.class);
            Map<MentionType, Long> linked = new EnumMap<>(MentionType.class);
            for (MentionType type : MentionType.values()) {
                concepts.put(type, 0L);
                linked.put(type, 0L);
            }
            try (QueryExecution exec = QueryExecution.dataset(ds).query(internal("concepts-per-type.rq")).build()) {
                exec.execSelect().forEachRemaining(row -> {
                    MentionType type = GraphBuilder.typeOf(row.getResource("type").asNode());
                    concepts.put(type, row.getLiteral("concepts").getLong());
                    linked.put(type, row.getLiteral("linkedConcepts").getLong());
                });
            }
            try (QueryExecution exec = QueryExecution.dataset(ds).query(internal("totals.rq")).build()) {
                QuerySolution row = exec.execSelect().next();
                return new StoreStatistics(
                        row.getLiteral("papers").getLong(),
                        concepts,
                        linked,
                        row.getLiteral("mentions").getLong(),
                        row.getLiteral("relations").getLong(),
                        row.getLiteral("relationEvidence").getLong(),
                        row.getLiteral("coOccurrences").getLong(),
                        store.quadCount());
            }
        });
    }

    public long concepts() {
        return conceptsByType.values().stream().mapToLong(Long::longValue).sum();
    }

    public long linkedConcepts() {
        return linkedByType.values().stream().mapToLong(Long::longValue).sum();
    }

    private static Query internal(String name) {
        return QueryResource.parse(StoreStatistics.class, name);
    }
}
