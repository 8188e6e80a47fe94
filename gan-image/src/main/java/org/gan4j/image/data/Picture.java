package org.gan4j.image.data;

import java.nio.file.Path;

/**
 * One decoded image file.
 *
 * @param file where it came from, for error messages
 * @param channels 1 (grey) or 3 (RGB)
 * @param height the height
 * @param width the width
 * @param values channels × height × width floats in [-1, 1]
 */
record Picture(Path file, int channels, int height, int width, float[] values) {

    /** @return "greyscale" or "RGB", for error messages */
    String mode() {
        return channels == 1 ? "greyscale" : "RGB";
    }
}
