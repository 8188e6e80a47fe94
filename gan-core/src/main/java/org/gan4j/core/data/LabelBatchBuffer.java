package org.gan4j.core.data;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.LongBuffer;

/**
 * Moves batches of class indices from Java into int64 native arrays through one reusable direct
 * buffer, the labels' counterpart of {@link FloatBatchBuffer}: each array is a copy that keeps its
 * values when the buffer is refilled. Not thread-safe.
 */
public final class LabelBatchBuffer {

    private ByteBuffer bytes = ByteBuffer.allocateDirect(0);

    /**
     * Copies labels into a new native array.
     *
     * @param manager the owner of the result (a per-step manager)
     * @param labels the class indices
     * @return int64 (labels.length)
     */
    public NDArray labels(NDManager manager, int[] labels) {
        int needed = labels.length * Long.BYTES;
        if (bytes.capacity() < needed) {
            bytes = ByteBuffer.allocateDirect(needed).order(ByteOrder.nativeOrder());
        }
        bytes.clear().limit(needed);
        LongBuffer out = bytes.asLongBuffer();
        for (int label : labels) {
            out.put(label);
        }
        return NativeCopy.of(manager, bytes, new Shape(labels.length), DataType.INT64);
    }
}
