package dev.papergraph.cli;

import dev.papergraph.IngestOptions;
import dev.papergraph.Pipeline;
import dev.papergraph.extract.NlpLevel;
import dev.papergraph.extract.SpanConvention;
import dev.papergraph.ingest.PaperCollection;
import dev.papergraph.ingest.PaperCollector;
import dev.papergraph.serve.Credential;
import dev.papergraph.serve.Endpoint;
import dev.papergraph.store.KnowledgeStore;
import dev.papergraph.store.NamedQuery;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "serve", description = {
        "Serves a store over SPARQL, linked-data pages, a JSON API and the web explorer, on 127.0.0.1 by default.",
        "Example: papergraph serve --store papergraph-store --port 3030"})
final class ServeCommand implements Callable<Integer> {
    @Mixin
    StoreOptions storeOptions;

    @Option(names = "--sample", description = "First ingest the bundled sample corpus into the store (a no-op when it is there).")
    boolean sample;

    // How the sample is extracted when --sample ingests it.
    @Mixin
    NlpOptions nlpOptions;

    @Mixin
    SpanOptions spanOptions;

    @Option(names = "--port", defaultValue = "3030", description = "Port (default: ${DEFAULT-VALUE}; 0 takes a free one).")
    int port;

    @Option(names = "--public", description = "Listen on every interface, not only 127.0.0.1.")
    boolean everyInterface;

    @Option(names = "--time-limit", paramLabel = "SECONDS", defaultValue = "30",
            description = "Stop a query after this long and answer 503 (default: ${DEFAULT-VALUE}).")
    long timeLimitSeconds;

    @Option(names = "--result-limit", paramLabel = "ROWS", defaultValue = "10000",
            description = "Most rows a query answers (default: ${DEFAULT-VALUE}).")
    long resultLimit;

    @Option(names = "--user", paramLabel = "USER:PASSWORD",
            description = "Enable SPARQL Update and Graph Store writes for this HTTP Basic credential.")
    String basic;

    @Option(names = "--token-env", paramLabel = "VAR",
            description = "Enable writes for clients presenting the bearer token held in environment variable VAR.")
    String tokenVariable;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        var out = spec.commandLine().getOut();
        NlpLevel level = nlpOptions.level();
        SpanConvention spans = spanOptions.convention();
        KnowledgeStore store = sample ? storeOptions.open() : storeOptions.openExisting();
        if (sample) {
            ingestSample(store, level, spans);
        }
        Endpoint.Builder builder = Endpoint.create()
                .dataset(store.dataset())
                .port(port)
                .loopback(!everyInterface)
                .timeLimit(Duration.ofSeconds(timeLimitSeconds))
                .resultLimit(resultLimit)
                .baseIri(store.iris().base())
                .exampleQueries(examples());
        Credential credential = credential();
        if (credential != null) {
            builder.credential(credential);
        }
        Endpoint endpoint = builder.build().start();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            endpoint.stop();
            store.close();
            stopped.countDown();
        }));
        out.println("papergraph is serving " + (storeOptions.inMemory ? "an in-memory store" : storeOptions.store) + ":");
        out.println("  explorer         " + endpoint.url() + "/");
        out.println("  SPARQL query     " + endpoint.url() + Endpoint.DATASET + "/sparql");
        out.println("  Graph Store      " + endpoint.url() + Endpoint.DATASET + "/data" + (credential == null ? " (read-only)" : ""));
        if (credential != null) {
            out.println("  SPARQL Update    " + endpoint.url() + Endpoint.DATASET + "/update");
        }
        out.println("Press Ctrl-C to stop.");
        out.flush();
        stopped.await();
        return 0;
    }

    private void ingestSample(KnowledgeStore store, NlpLevel level, SpanConvention spans) {
        var err = spec.commandLine().getErr();
        PaperCollection sampleCorpus = PaperCollector.create().sample().warnings(err::println).build().collect();
        if (sampleCorpus.papers().stream().allMatch(paper -> store.index().hasPaper(paper.id()))) {
            spec.commandLine().getOut().println("sample corpus: already in the store");
            return;
        }
        ProgressMeter meter = new ProgressMeter(System.err, false);
        int total = sampleCorpus.papers().size();
        var outcome = Pipeline.standard(store.iris(), level, spans)
                .ingest(sampleCorpus.papers(), store, IngestOptions.defaults(), done -> meter.show("extracting", done, total, "papers"));
        meter.finish();
        spec.commandLine().getOut().printf("sample corpus: %,d papers (%,d new), %,d concepts, %,d triples%n",
                total, outcome.papersAdded(), outcome.concepts(), outcome.triples());
    }

    private Credential credential() {
        if (basic != null && tokenVariable != null) {
            throw new UserError("give --user or --token-env, not both");
        }
        if (basic != null) {
            int colon = basic.indexOf(':');
            if (colon <= 0 || colon == basic.length() - 1) {
                throw new UserError("--user needs USER:PASSWORD");
            }
            return Credential.basic(basic.substring(0, colon), basic.substring(colon + 1));
        }
        if (tokenVariable != null) {
            String token = System.getenv(tokenVariable);
            if (token == null || token.isBlank()) {
                throw new UserError("environment variable " + tokenVariable + " is not set");
            }
            return Credential.bearer(token);
        }
        return null;
    }

    private static Map<String, String> examples() {
        Map<String, String> examples = new TreeMap<>();
        for (NamedQuery q : NamedQuery.values()) {
            examples.put(q.fileName(), q.text());
        }
        return examples;
    }
}
