package org.gan4j.core.data;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;

/**
 * Moves batches of floats from Java into native arrays through one reusable direct buffer.
 * {@code NDManager.create(float[])} allocates a fresh direct buffer per call that only the garbage
 * collector frees, which makes resident memory climb; this class copies into a natively allocated
 * array instead, so the Java side allocates nothing per batch.
 */
public final class FloatBatchBuffer {

    private ByteBuffer bytes = ByteBuffer.allocateDirect(0);

    /**
     * Starts filling a batch of {@code count} floats.
     *
     * @param count the number of floats
     * @return a buffer positioned at 0 with room for {@code count} floats
     */
    public FloatBuffer begin(int count) {
        int needed = count * Float.BYTES;
        if (bytes.capacity() < needed) {
            bytes = ByteBuffer.allocateDirect(needed).order(ByteOrder.nativeOrder());
        }
        bytes.clear().limit(needed);
        return bytes.asFloatBuffer();
    }

    /**
     * Copies the floats written since {@link #begin} into a new native array.
     *
     * @param manager the owner of the result (a per-step manager)
     * @param shape the array's shape; its size must equal the count given to {@link #begin}
     * @return the array
     */
    public NDArray finish(NDManager manager, Shape shape) {
        NDArray array = manager.create(shape, DataType.FLOAT32);
        array.set(bytes.position(0));
        return array;
    }
}
