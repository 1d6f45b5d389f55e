package dev.papergraph.ingest;

import java.io.IOException;
import java.io.InputStream;

/**
 * One thing to read: its name in {@link SourceRef}s, the name shown for whole-input problems, and its size
 * on disk (-1 when unknown).
 */
record Input(String name, String shown, long size, Opener opener) {
    @FunctionalInterface
    interface Opener {
        InputStream open() throws IOException;
    }
}
