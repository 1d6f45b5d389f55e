package dev.papergraph.serve;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;

/**
 * The secret that unlocks SPARQL Update and Graph Store writes: an HTTP Basic user and password, or
 * a bearer token. Compared in constant time.
 */
public sealed interface Credential {

    static Credential basic(String user, String password) {
        return new Basic(user, password);
    }

    static Credential bearer(String token) {
        return new Bearer(token);
    }

    /** The {@code Authorization} header value a client must send. */
    String authorization();

    /** The {@code WWW-Authenticate} challenge sent with a 401. */
    String challenge();

    default boolean accepts(String authorizationHeader) {
        return authorizationHeader != null
                && MessageDigest.isEqual(
                        authorization().getBytes(StandardCharsets.UTF_8),
                        authorizationHeader.trim().getBytes(StandardCharsets.UTF_8));
    }

    record Basic(String user, String password) implements Credential {
        public Basic {
            if (user.isEmpty() || user.contains(":")) {
                throw new IllegalArgumentException("A Basic user name must be non-empty and hold no ':'");
            }
        }

        @Override
        public String authorization() {
            String pair = user + ":" + password;
            return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public String challenge() {
            return "Basic realm=\"papergraph\", charset=\"UTF-8\"";
        }

        @Override
        public String toString() {
            return "Basic(" + user + ", ***)";
        }
    }

    record Bearer(String token) implements Credential {
        public Bearer {
            if (token.isBlank()) {
                throw new IllegalArgumentException("A bearer token must not be blank");
            }
        }

        @Override
        public String authorization() {
            return "Bearer " + token;
        }

        @Override
        public String challenge() {
            return "Bearer realm=\"papergraph\"";
        }

        @Override
        public String toString() {
            return "Bearer(***)";
        }
    }
}
