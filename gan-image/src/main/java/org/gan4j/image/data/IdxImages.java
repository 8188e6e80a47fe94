package org.gan4j.image.data;

/**
 * The content of an idx3-ubyte file: {@code count} greyscale images of {@code rows × cols}
 * unsigned bytes, row-major, one after another.
 *
 * @param count the number of images
 * @param rows the image height
 * @param cols the image width
 * @param pixels {@code count × rows × cols} bytes, read as unsigned 0..255
 */
public record IdxImages(int count, int rows, int cols, byte[] pixels) {

    /** Checks that the pixel array matches the dimensions. */
    public IdxImages {
        if (count < 0 || rows <= 0 || cols <= 0 || (long) count * rows * cols != pixels.length) {
            throw new IllegalArgumentException(pixels.length + " bytes do not hold " + count + " images of "
                    + rows + "×" + cols);
        }
    }
}
