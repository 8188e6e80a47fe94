package org.gan4j.image.samples;

import ai.djl.modality.cv.Image;
import ai.djl.modality.cv.ImageFactory;
import ai.djl.ndarray.types.Shape;
import org.gan4j.core.export.SampleDecoder;

/** Decodes an exported image generator's samples, (1 or 3, H, W) in [-1, 1], to DJL images. */
public final class ImageSamples {

    private ImageSamples() {}

    /**
     * @return a decoder to an opaque DJL {@link Image}: grey for one channel, RGB for three, each
     *     value mapped to a level as {@link ImageGridWriter#level} does
     */
    public static SampleDecoder<Image> decoder() {
        return sample -> toImage(sample.toFloatArray(), sample.getShape());
    }

    static Image toImage(float[] values, Shape shape) {
        if (shape.dimension() != 3 || (shape.get(0) != 1 && shape.get(0) != 3)) {
            throw new IllegalArgumentException("an image sample has shape (1 or 3, H, W), not " + shape);
        }
        int channels = (int) shape.get(0);
        int height = (int) shape.get(1);
        int width = (int) shape.get(2);
        int plane = height * width;
        int[] argb = new int[plane];
        for (int i = 0; i < plane; i++) {
            int r = ImageGridWriter.level(values[i]);
            int g = channels == 3 ? ImageGridWriter.level(values[plane + i]) : r;
            int b = channels == 3 ? ImageGridWriter.level(values[2 * plane + i]) : r;
            argb[i] = 0xFF000000 | r << 16 | g << 8 | b;
        }
        return ImageFactory.getInstance().fromPixels(argb, width, height);
    }
}
