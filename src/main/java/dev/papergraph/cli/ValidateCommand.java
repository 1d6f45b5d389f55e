package dev.papergraph.cli;

import dev.papergraph.store.KnowledgeStore;
import dev.papergraph.store.ShapeCheck;
import java.util.concurrent.Callable;
import org.apache.jena.shacl.ValidationReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "validate", description = {
        "Checks a store against the SHACL shapes in ontology/shapes.ttl; exit code 1 when it does not conform.",
        "Example: papergraph validate --store papergraph-store"})
final class ValidateCommand implements Callable<Integer> {
    @Mixin
    StoreOptions storeOptions;

    @Option(names = "--show", paramLabel = "N", defaultValue = "20", description = "Violations to print (default: ${DEFAULT-VALUE}).")
    int show;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (KnowledgeStore store = storeOptions.openExisting()) {
            ValidationReport report = ShapeCheck.validate(store);
            var out = spec.commandLine().getOut();
            if (report.conforms()) {
                out.println("validate: the store conforms to the papergraph shapes");
                return 0;
            }
            out.printf("validate: %,d violations of the papergraph shapes%n", report.getEntries().size());
            ShapeCheck.describe(report, show).forEach(line -> out.println("  " + line));
            return 1;
        }
    }
}
