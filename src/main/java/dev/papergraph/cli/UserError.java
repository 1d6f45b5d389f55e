package dev.papergraph.cli;

/** A mistake the user can fix (a bad path, a busy store, a bad option): printed as one line, no stack trace. */
public final class UserError extends RuntimeException {
    public UserError(String message) {
        super(message);
    }
}
