package org.gan4j.core.data;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import java.nio.ByteBuffer;

/**
 * Copies a direct buffer into a new native array. On the CPU, PyTorch's arrays made from a direct
 * buffer (or {@code set} from one) view the buffer's memory instead of copying it, so a buffer
 * reused for the next batch would rewrite the arrays made from it before; the copy makes each
 * array its own.
 */
final class NativeCopy {

    private NativeCopy() {}

    /**
     * @param manager the owner of the result
     * @param bytes the values, in native order, from position 0 to the limit
     * @param shape the array's shape
     * @param type the values' type
     * @return a native array that shares no memory with {@code bytes}
     */
    static NDArray of(NDManager manager, ByteBuffer bytes, Shape shape, DataType type) {
        try (NDArray view = manager.create(bytes.position(0), shape, type)) {
            return view.duplicate();
        }
    }
}
