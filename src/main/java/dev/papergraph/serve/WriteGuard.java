package dev.papergraph.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import java.util.Set;

/**
 * Lets reads through and holds writes to the credential. Without a configured credential every
 * write is refused with 403 (the server is read-only); with one, a write without an
 * {@code Authorization} header gets 401 and a challenge, a write with a wrong one gets 403.
 */
final class WriteGuard implements Filter {
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    private final Optional<Credential> credential;
    private final String queryPath;

    /** {@code queryPath}: the one path below the guarded prefix where a POST only reads. */
    WriteGuard(Optional<Credential> credential, String queryPath) {
        this.credential = credential;
        this.queryPath = queryPath;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) res;
        if (!isWrite(request)) {
            chain.doFilter(req, res);
            return;
        }
        if (credential.isEmpty()) {
            refuse(response, HttpServletResponse.SC_FORBIDDEN,
                    "This server is read-only: start it with a credential to enable updates");
            return;
        }
        String authorization = request.getHeader("Authorization");
        if (authorization == null) {
            response.setHeader("WWW-Authenticate", credential.get().challenge());
            refuse(response, HttpServletResponse.SC_UNAUTHORIZED, "Updates need a credential");
            return;
        }
        if (!credential.get().accepts(authorization)) {
            refuse(response, HttpServletResponse.SC_FORBIDDEN, "The credential was not accepted");
            return;
        }
        chain.doFilter(req, res);
    }

    private boolean isWrite(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !SAFE_METHODS.contains(request.getMethod()) && !path.equals(queryPath);
    }

    private static void refuse(HttpServletResponse response, int status, String message) throws IOException {
        response.setStatus(status);
        response.setContentType("text/plain;charset=utf-8");
        response.getWriter().println(message);
    }
}
