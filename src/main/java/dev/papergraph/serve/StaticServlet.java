package dev.papergraph.serve;

import dev.papergraph.graph.Palette;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Serves the explorer from the classpath: {@code /} is its {@code index.html}, {@code /explorer/*}
 * its scripts and styles, and {@code /webjars/NAME/PATH} a file of the WebJar NAME with its version
 * looked up from the jar's Maven metadata, so pages need not spell versions. Nothing comes from a CDN.
 */
final class StaticServlet extends HttpServlet {
    private static final String EXPLORER = "dev/papergraph/serve/explorer/";
    private static final String WEBJARS = "META-INF/resources/webjars/";
    private static final Map<String, String> TYPES = Map.of(
            "html", "text/html;charset=utf-8",
            "js", "text/javascript;charset=utf-8",
            "css", "text/css;charset=utf-8",
            "svg", "image/svg+xml",
            "png", "image/png",
            "json", "application/json",
            "map", "application/json");

    private final Map<String, Optional<String>> versions = new ConcurrentHashMap<>();

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Optional<String> resource = resourceFor(path);
        InputStream in = resource.map(r -> getClass().getClassLoader().getResourceAsStream(r)).orElse(null);
        if (in == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, "Not found: " + path);
            return;
        }
        try (in) {
            String name = resource.get();
            String extension = name.substring(name.lastIndexOf('.') + 1);
            response.setContentType(TYPES.getOrDefault(extension, "application/octet-stream"));
            // Library files carry their version in the jar: cache them; the explorer's own files may change.
            response.setHeader("Cache-Control", name.startsWith(WEBJARS) ? "public, max-age=86400" : "no-cache");
            in.transferTo(response.getOutputStream());
        }
    }

    private Optional<String> resourceFor(String path) {
        if (path.contains("..") || path.contains("//")) {
            return Optional.empty();
        }
        if (path.equals("/") || path.equals("/index.html")) {
            return Optional.of(EXPLORER + "index.html");
        }
        if (path.equals("/explorer/palette.css")) {
            return Optional.of(Palette.RESOURCE);
        }
        if (path.startsWith("/explorer/")) {
            return Optional.of(EXPLORER + path.substring("/explorer/".length()));
        }
        if (path.startsWith("/webjars/")) {
            String rest = path.substring("/webjars/".length());
            int slash = rest.indexOf('/');
            if (slash <= 0) {
                return Optional.empty();
            }
            String library = rest.substring(0, slash);
            return versions.computeIfAbsent(library, StaticServlet::webjarVersion)
                    .map(version -> WEBJARS + library + "/" + version + rest.substring(slash));
        }
        return Optional.empty();
    }

    private static Optional<String> webjarVersion(String library) {
        for (String group : new String[] {"org.webjars.npm", "org.webjars"}) {
            String metadata = "META-INF/maven/" + group + "/" + library + "/pom.properties";
            try (InputStream in = StaticServlet.class.getClassLoader().getResourceAsStream(metadata)) {
                if (in != null) {
                    Properties properties = new Properties();
                    properties.load(in);
                    return Optional.ofNullable(properties.getProperty("version"));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return Optional.empty();
    }
}
