package dev.papergraph.serve;

import dev.papergraph.graph.IriMinter;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.eclipse.jetty.ee10.servlet.ServletHandler;
import org.eclipse.jetty.http.UriCompliance;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConnectionFactory;

/**
 * papergraph's HTTP server: embedded Fuseki with the SPARQL endpoint, linked-data pages, the JSON
 * API, the web explorer and a VoID description, over one dataset.
 *
 * <pre>{@code
 * Endpoint endpoint = Endpoint.create().dataset(ds).port(3030).build().start();
 * ...
 * endpoint.stop();
 * }</pre>
 *
 * <p>Paths (all on 127.0.0.1 unless {@link Builder#loopback(boolean) loopback(false)}):
 * <ul>
 *   <li>{@code /papergraph/sparql}: SPARQL 1.1 Query, GET and POST; {@code /papergraph/data}: Graph Store
 *       Protocol, read-only unless a {@link Credential} is set; {@code /papergraph/update}: SPARQL Update,
 *       only with a credential. The default graph is the union of all named graphs.
 *   <li>{@code /id/...}: the dereferenceable IRIs, {@code {base}concept/x} served at {@code /id/concept/x}.
 *   <li>{@code /api/...}: the JSON API ({@link ApiServlet}); {@code /.well-known/void}: VoID.
 *   <li>{@code /}: the explorer.
 * </ul>
 */
public final class Endpoint {
    /** The dataset's path on the server. */
    public static final String DATASET = "/papergraph";
    /** Where the base IRI's resources are served: {@code {base}X} at {@code /id/X}. */
    public static final String ID_PATH = "/id/";

    private final FusekiServer server;

    private Endpoint(FusekiServer server) {
        this.server = server;
    }

    public static Builder create() {
        return new Builder();
    }

    /** Starts the server and returns it, so that {@code create()...build().start()} chains. */
    public Endpoint start() {
        server.start();
        return this;
    }

    /** The port listened on: the one asked for, or the free one taken for port 0. */
    public int port() {
        return server.getPort();
    }

    /** {@code http://127.0.0.1:PORT}, the root the paths above hang from. */
    public String url() {
        return "http://127.0.0.1:" + port();
    }

    public void stop() {
        server.stop();
    }

    /**
     * Paper ids such as {@code hep-th/9901001} are minted with the slash percent-encoded, and Jetty
     * refuses {@code %2F} in a path by default (400 "Ambiguous URI path separator"). The linked-data
     * servlet reads the raw request URI, so the encoded slash is safe to let through.
     */
    private static void allowEncodedSlashes(FusekiServer server) {
        UriCompliance compliance = UriCompliance.DEFAULT.with("papergraph-ids", UriCompliance.Violation.AMBIGUOUS_PATH_SEPARATOR);
        for (Connector connector : server.getJettyServer().getConnectors()) {
            HttpConnectionFactory http = connector.getConnectionFactory(HttpConnectionFactory.class);
            if (http != null) {
                http.getHttpConfiguration().setUriCompliance(compliance);
            }
        }
        server.getJettyServer().getContainedBeans(ServletHandler.class).forEach(h -> h.setDecodeAmbiguousURIs(true));
    }

    public static final class Builder {
        private DatasetGraph dataset;
        private int port = 3030;
        private boolean loopback = true;
        private Duration timeLimit = Duration.ofSeconds(30);
        private long resultLimit = 10_000;
        private Credential credential;
        private String baseIri = IriMinter.DEFAULT_BASE;
        private String license = "https://creativecommons.org/licenses/by/4.0/";
        private final Map<String, String> exampleQueries = new TreeMap<>();

        private Builder() {}

        public Builder dataset(Dataset dataset) {
            return dataset(dataset.asDatasetGraph());
        }

        public Builder dataset(DatasetGraph dataset) {
            this.dataset = Objects.requireNonNull(dataset);
            return this;
        }

        /** Port to listen on; 0 takes a free one ({@link Endpoint#port()} tells which). Default 3030. */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /** {@code true} (the default): answer on 127.0.0.1 only; {@code false}: on every interface. */
        public Builder loopback(boolean loopback) {
            this.loopback = loopback;
            return this;
        }

        /** A query running longer is stopped and answered with 503. Default 30 s. */
        public Builder timeLimit(Duration timeLimit) {
            if (timeLimit.isNegative() || timeLimit.isZero()) {
                throw new IllegalArgumentException("The time limit must be positive: " + timeLimit);
            }
            this.timeLimit = timeLimit;
            return this;
        }

        /** Most rows a query answers; a larger or missing {@code LIMIT} is lowered to it. Default 10,000. */
        public Builder resultLimit(long resultLimit) {
            if (resultLimit < 1) {
                throw new IllegalArgumentException("The result limit must be at least 1: " + resultLimit);
            }
            this.resultLimit = resultLimit;
            return this;
        }

        /** Enables SPARQL Update and Graph Store writes for clients that present this credential. */
        public Builder credential(Credential credential) {
            this.credential = credential;
            return this;
        }

        /** The base the graph's instance IRIs were minted under. Default {@link IriMinter#DEFAULT_BASE}. */
        public Builder baseIri(String baseIri) {
            if (!baseIri.endsWith("/") && !baseIri.endsWith("#")) {
                throw new IllegalArgumentException("The base IRI must end with '/' or '#': " + baseIri);
            }
            this.baseIri = baseIri;
            return this;
        }

        /** The licence the VoID description states for the data. Default CC BY 4.0. */
        public Builder license(String licenseIri) {
            this.license = Objects.requireNonNull(licenseIri);
            return this;
        }

        /**
         * The explorer's example queries, name to SPARQL text (ROBOT-style {@code # title:} and
         * {@code # description:} header lines are shown). Handed in rather than found, since the
         * classpath cannot be listed portably. None by default.
         */
        public Builder exampleQueries(Map<String, String> queries) {
            exampleQueries.putAll(queries);
            return this;
        }

        public Endpoint build() {
            if (dataset == null) {
                throw new IllegalStateException("No dataset: call dataset(...) before build()");
            }
            DatasetGraph served = ServedDataset.view(dataset, timeLimit);
            DataService.Builder service = DataService.newBuilder(served)
                    .addEndpoint(Operation.Query, "sparql");
            if (credential == null) {
                service.addEndpoint(Operation.GSP_R, "data");
            } else {
                service.addEndpoint(Operation.GSP_RW, "data").addEndpoint(Operation.Update, "update");
            }
            Site site = new Site(served, baseIri);
            StaticServlet files = new StaticServlet();
            FusekiServer server = FusekiServer.create()
                    .port(port)
                    .loopback(loopback)
                    .enableCors(true, null)
                    .enablePing(true)
                    .registerOperation(Operation.Query, new GuardedQueryProcessor(resultLimit))
                    .add(DATASET, service.build())
                    .addFilter(DATASET + "/*", new WriteGuard(Optional.ofNullable(credential), DATASET + "/sparql"))
                    .addServlet("/.well-known/void", new VoidServlet(site, license))
                    .addServlet(ID_PATH + "*", new LinkedDataServlet(site))
                    .addServlet("/api/*", new ApiServlet(site, exampleQueries))
                    .addServlet("", files)
                    .addServlet("/index.html", files)
                    .addServlet("/explorer/*", files)
                    .addServlet("/webjars/*", files)
                    .build();
            allowEncodedSlashes(server);
            return new Endpoint(server);
        }
    }
}
