package dev.papergraph.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * One read-only server over the fixture graph (in a TDB2 folder, with the example queries) for every
 * test class that only reads; it is kept in the root extension store, so it starts once per test
 * JVM and stops when the run ends. Tests that need another configuration start their own.
 */
final class FixtureServer implements BeforeAllCallback {
    private static volatile Running running;

    @Override
    public void beforeAll(ExtensionContext context) {
        running = context.getRoot()
                .getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(FixtureServer.class, key -> Running.start(), Running.class);
    }

    /** The shared server; only valid in a class extended with {@code @ExtendWith(FixtureServer.class)}. */
    static Endpoint endpoint() {
        return running.endpoint;
    }

    private static final class Running implements ExtensionContext.Store.CloseableResource {
        private final Path store;
        private final Endpoint endpoint;

        private Running(Path store, Endpoint endpoint) {
            this.store = store;
            this.endpoint = endpoint;
        }

        static Running start() {
            try {
                Path store = Files.createTempDirectory("papergraph-serve-fixture");
                Endpoint endpoint = Endpoint.create().dataset(Fixture.tdb2(store)).exampleQueries(Fixture.exampleQueries())
                        .port(0).build().start();
                return new Running(store, endpoint);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() throws IOException {
            endpoint.stop();
            try (Stream<Path> files = Files.walk(store)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
