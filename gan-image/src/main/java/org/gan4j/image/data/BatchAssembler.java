package org.gan4j.image.data;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import org.gan4j.core.data.FloatBatchBuffer;

/**
 * Copies chosen images and their labels into native arrays through reusable direct buffers, so that
 * nothing is allocated on the Java side per batch. Not thread-safe.
 */
final class BatchAssembler {

    private final ImageData data;
    private final FloatBatchBuffer images = new FloatBatchBuffer();
    private ByteBuffer labels = ByteBuffer.allocateDirect(0);

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
        int needed = samples.length * Long.BYTES;
        if (labels.capacity() < needed) {
            labels = ByteBuffer.allocateDirect(needed).order(ByteOrder.nativeOrder());
        }
        labels.clear().limit(needed);
        LongBuffer out = labels.asLongBuffer();
        for (int sample : samples) {
            out.put(data.label(sample));
        }
        NDArray array = manager.create(new Shape(samples.length), DataType.INT64);
        array.set(labels);
        return array;
    }
}
