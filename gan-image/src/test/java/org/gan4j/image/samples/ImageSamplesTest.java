package org.gan4j.image.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import ai.djl.modality.cv.Image;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

/** Image samples in [-1, 1] become DJL images with the grid writer's levels. */
class ImageSamplesTest {

    @Test
    void givenGreySampleWhenDecodedThenEachPixelIsItsLevelOnAllThreeChannels() {
        try (NDManager manager = NDManager.newBaseManager()) {
            float[] values = {-1f, 0f, 1f, 0.5f, -0.5f, 2f};
            Image image = ImageSamples.decoder().decode(manager.create(values, new Shape(1, 2, 3)));
            assertEquals(3, image.getWidth());
            assertEquals(2, image.getHeight());
            BufferedImage pixels = (BufferedImage) image.getWrappedImage();
            int[] expected = {0, 128, 255, 191, 64, 255};
            for (int i = 0; i < expected.length; i++) {
                int rgb = pixels.getRGB(i % 3, i / 3);
                assertEquals(expected[i], rgb & 0xFF, "blue of pixel " + i);
                assertEquals(expected[i], (rgb >> 8) & 0xFF, "green of pixel " + i);
                assertEquals(expected[i], (rgb >> 16) & 0xFF, "red of pixel " + i);
            }
        }
    }

    @Test
    void givenRgbSampleWhenDecodedThenChannelsAreRedGreenBlue() {
        try (NDManager manager = NDManager.newBaseManager()) {
            Image image = ImageSamples.decoder().decode(manager.create(new float[] {1f, -1f, 0f}, new Shape(3, 1, 1)));
            assertEquals(0xFFFF0080, ((BufferedImage) image.getWrappedImage()).getRGB(0, 0));
            assertThrows(IllegalArgumentException.class,
                    () -> ImageSamples.decoder().decode(manager.create(new float[4], new Shape(2, 1, 2))));
        }
    }
}
