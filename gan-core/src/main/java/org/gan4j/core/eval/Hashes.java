package org.gan4j.core.eval;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 digests: of parameter files (the evaluator hash), of data (part of a cache key), of text. */
public final class Hashes {

    /** How many hex digits of a SHA-256 are shown as a short hash. */
    public static final int SHORT = 12;

    private Hashes() {}

    /** @return the SHA-256 of {@code bytes}, 64 lower-case hex digits */
    public static String sha256(byte[] bytes) {
        return hex(digest().digest(bytes));
    }

    /** @return the SHA-256 of the UTF-8 bytes of {@code text} */
    public static String sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    /** @return the first {@value #SHORT} hex digits of a hash */
    public static String shorten(String hash) {
        return hash.substring(0, Math.min(SHORT, hash.length()));
    }

    /** @return a fresh SHA-256 digest, for hashing data piece by piece */
    public static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this Java has no SHA-256", e);
        }
    }

    /** @return lower-case hex digits of a digest */
    public static String hex(byte[] digest) {
        return HexFormat.of().formatHex(digest);
    }
}
