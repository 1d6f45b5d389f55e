package dev.papergraph.cli;

import dev.papergraph.extract.MentionType;
import dev.papergraph.store.KnowledgeStore;
import dev.papergraph.store.StoreStatistics;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "stats", description = {"Counts papers, concepts per type, linked concepts, mentions and triples in a store.",
        "Example: papergraph stats --store papergraph-store"})
final class StatsCommand implements Callable<Integer> {
    @Mixin
    StoreOptions storeOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (KnowledgeStore store = storeOptions.openExisting()) {
            StoreStatistics stats = StoreStatistics.of(store);
            var out = spec.commandLine().getOut();
            out.printf("papers            %,d%n", stats.papers());
            out.printf("concepts          %,d (%,d linked to Wikidata / Papers with Code / Hugging Face)%n", stats.concepts(), stats.linkedConcepts());
            for (MentionType type : MentionType.values()) {
                out.printf("  %-15s %,d (%,d linked)%n", type, stats.conceptsByType().get(type), stats.linkedByType().get(type));
            }
            out.printf("mentions          %,d%n", stats.mentions());
            out.printf("relations         %,d (from %,d evidence sentences)%n", stats.relations(), stats.relationEvidence());
            out.printf("co-occurrences    %,d%n", stats.coOccurrences());
            out.printf("triples           %,d%n", stats.quads());
        }
        return 0;
    }
}
