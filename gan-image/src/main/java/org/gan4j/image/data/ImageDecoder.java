package org.gan4j.image.data;

import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.IndexColorModel;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * Decodes PNG and JPEG files with {@link ImageIO} into floats in [-1, 1]. An image is grey when its
 * colour model has one colour component or a palette of greys; grey samples are read from the
 * raster (not through sRGB conversion, which would brighten them), colour through {@code getRGB}.
 * Alpha is ignored.
 */
final class ImageDecoder {

    private ImageDecoder() {}

    /**
     * @param file a PNG or JPEG file
     * @param channels 0 to keep the file's colour mode, 1 to convert to grey (ITU-R BT.601 luma), 3 to
     *     convert to RGB
     * @return the decoded image
     * @throws IOException if the file cannot be decoded
     */
    static Picture decode(Path file, int channels) throws IOException {
        BufferedImage image;
        try {
            image = ImageIO.read(file.toFile());
        } catch (IOException e) {
            throw new IOException(file + ": cannot be decoded (" + e.getMessage() + "); re-save it as PNG or JPEG, or remove it", e);
        }
        if (image == null) {
            throw new IOException(file + ": not a PNG or JPEG image that javax.imageio can read; re-save it, or remove it");
        }
        ColorModel model = image.getColorModel();
        boolean rasterGrey = model.getNumColorComponents() == 1;
        boolean grey = rasterGrey || isGreyPalette(model);
        int target = channels == 0 ? (grey ? 1 : 3) : channels;
        int w = image.getWidth();
        int h = image.getHeight();
        int plane = w * h;
        float[] values = new float[target * plane];
        if (rasterGrey) {
            int[] samples = image.getRaster().getSamples(0, 0, w, h, 0, (int[]) null);
            int max = (1 << model.getComponentSize(0)) - 1;
            for (int c = 0; c < target; c++) {
                for (int i = 0; i < plane; i++) {
                    values[c * plane + i] = ImageData.scale(samples[i], max);
                }
            }
        } else {
            int[] argb = image.getRGB(0, 0, w, h, null, 0, w);
            for (int i = 0; i < plane; i++) {
                int r = argb[i] >> 16 & 0xff;
                int g = argb[i] >> 8 & 0xff;
                int b = argb[i] & 0xff;
                if (target == 1) {
                    values[i] = ImageData.scale(grey ? r : 0.299f * r + 0.587f * g + 0.114f * b, 255);
                } else {
                    values[i] = ImageData.scale(r, 255);
                    values[plane + i] = ImageData.scale(g, 255);
                    values[2 * plane + i] = ImageData.scale(b, 255);
                }
            }
        }
        return new Picture(file, target, h, w, values);
    }

    private static boolean isGreyPalette(ColorModel model) {
        if (!(model instanceof IndexColorModel palette)) {
            return false;
        }
        for (int i = 0; i < palette.getMapSize(); i++) {
            if (palette.getRed(i) != palette.getGreen(i) || palette.getGreen(i) != palette.getBlue(i)) {
                return false;
            }
        }
        return true;
    }
}
