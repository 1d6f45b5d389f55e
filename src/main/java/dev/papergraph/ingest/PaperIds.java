package dev.papergraph.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Paper ids for inputs that carry none. */
public final class PaperIds {
    private PaperIds() {}

    /** The first 10 hex digits of SHA-1 of the trimmed abstract in UTF-8. */
    public static String fromAbstract(String abstractText) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-1")
                    .digest(abstractText.trim().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, 10);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-1 is part of every Java platform", e);
        }
    }
}
