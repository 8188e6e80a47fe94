package org.gan4j.image.eval;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.gan4j.image.data.ImageData;

/** SHA-256 digests: of parameter files (the evaluator hash) and of labelled images (part of the cache key). */
final class Hashes {

    /** How many hex digits of a SHA-256 are shown as a short hash. */
    static final int SHORT = 12;

    private Hashes() {}

    /** @return the SHA-256 of {@code bytes}, 64 lower-case hex digits */
    static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(digest().digest(bytes));
    }

    /** @return the SHA-256 of the UTF-8 bytes of {@code text} */
    static String sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * @param parts labelled images
     * @return the SHA-256 of their shapes, class names, labels and pixels, in order
     */
    static String fingerprint(ImageData... parts) {
        MessageDigest digest = digest();
        for (ImageData part : parts) {
            digest.update((part.size() + " " + part.sampleShape() + " " + part.classes() + "\n")
                    .getBytes(StandardCharsets.UTF_8));
            ByteBuffer image = ByteBuffer.allocate(Integer.BYTES + (int) part.sampleShape().size() * Float.BYTES);
            for (int i = 0; i < part.size(); i++) {
                image.clear();
                image.putInt(part.label(i));
                image.asFloatBuffer().put(part.image(i));
                digest.update(image.array());
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** @return the first {@value #SHORT} hex digits of a hash */
    static String shorten(String hash) {
        return hash.substring(0, Math.min(SHORT, hash.length()));
    }

    private static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this Java has no SHA-256", e);
        }
    }
}
