package org.gan4j.image.data;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.nio.FloatBuffer;
import org.gan4j.core.data.FloatBatchBuffer;
import org.gan4j.core.data.LabelBatchBuffer;

/**
 * Copies chosen images and their labels into native arrays through reusable direct buffers, so that
 * nothing is allocated on the Java side per batch. Not thread-safe.
 */
final class BatchAssembler {

    private final ImageData data;
    private final FloatBatchBuffer images = new FloatBatchBuffer();
    private final LabelBatchBuffer labels = new LabelBatchBuffer();

    BatchAssembler(ImageData data) {
        this.data = data;
    }

    /**
     * @param manager the owner of the result
     * @param samples image numbers
     * @return their pixels, float32 (B, C, H, W)
     */
    NDArray images(NDManager manager, int[] samples) {
        FloatBuffer out = images.begin(samples.length * data.sampleLength());
        for (int sample : samples) {
            data.copyImage(sample, out);
        }
        return images.finish(manager, new Shape(samples.length).addAll(data.sampleShape()));
    }

    /**
     * @param manager the owner of the result
     * @param samples image numbers
     * @return their class indices, int64 (B)
     */
    NDArray labels(NDManager manager, int[] samples) {
        int[] classes = new int[samples.length];
        for (int i = 0; i < samples.length; i++) {
            classes[i] = data.label(samples[i]);
        }
        return labels.labels(manager, classes);
    }
}
