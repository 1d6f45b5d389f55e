package dev.papergraph.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorInputStream;

/**
 * How an input's bytes are packed, told from its first bytes rather than its name, so that standard input
 * and renamed files are unpacked too.
 */
enum Compression {
    NONE("plain"),
    GZIP("gzip"),
    BZIP2("bzip2");

    private static final int BUFFER_BYTES = 1 << 16;

    private final String displayName;

    Compression(String displayName) {
        this.displayName = displayName;
    }

    String displayName() {
        return displayName;
    }

    /** gzip: 1F 8B then method 8 (deflate); bzip2: "BZh" then the block size digit 1 to 9. */
    static Compression detect(byte[] head) {
        if (head.length >= 3 && (head[0] & 0xFF) == 0x1F && (head[1] & 0xFF) == 0x8B && head[2] == 8) {
            return GZIP;
        }
        if (head.length >= 4 && head[0] == 'B' && head[1] == 'Z' && head[2] == 'h' && head[3] >= '1' && head[3] <= '9') {
            return BZIP2;
        }
        return NONE;
    }

    /**
     * The unpacked bytes of {@code packed}. Concatenated members (as {@code cat a.gz b.gz}, pigz or pbzip2
     * write them) are read one after the other.
     */
    InputStream unpack(InputStream packed) throws IOException {
        return switch (this) {
            case NONE -> packed;
            case GZIP -> new GZIPInputStream(packed, BUFFER_BYTES);
            case BZIP2 -> new BZip2CompressorInputStream(packed, true);
        };
    }
}
