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
 * collector frees, which makes resident memory climb; this class copies the buffer into a natively
 * allocated array instead, so the Java side allocates nothing per batch and every array it made
 * keeps its values when the buffer is refilled. Not thread-safe.
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
     * @return the array, which shares no memory with this buffer
     * @throws IllegalArgumentException if the shape's size is not the count begun
     */
    public NDArray finish(NDManager manager, Shape shape) {
        long begun = bytes.limit() / Float.BYTES;
        if (shape.size() != begun) {
            throw new IllegalArgumentException("a batch of shape " + shape + " needs " + shape.size() + " floats, but "
                    + begun + " floats were begun; call begin(" + shape.size() + ") for this shape");
        }
        return NativeCopy.of(manager, bytes, shape, DataType.FLOAT32);
    }
}
