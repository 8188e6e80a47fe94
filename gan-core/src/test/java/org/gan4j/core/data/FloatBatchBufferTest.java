package org.gan4j.core.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import org.junit.jupiter.api.Test;

class FloatBatchBufferTest {

    @Test
    void givenTwoBatchesThroughOneBufferWhenTheSecondIsWrittenThenTheFirstArrayKeepsItsValues() {
        FloatBatchBuffer buffer = new FloatBatchBuffer();
        try (NDManager manager = NDManager.newBaseManager()) {
            buffer.begin(4).put(new float[] {1, 2, 3, 4});
            NDArray first = buffer.finish(manager, new Shape(2, 2));
            buffer.begin(4).put(new float[] {9, 8, 7, 6});
            NDArray second = buffer.finish(manager, new Shape(4));
            assertArrayEquals(new float[] {1, 2, 3, 4}, first.toFloatArray(), "the native array is a copy, not a view");
            assertArrayEquals(new float[] {9, 8, 7, 6}, second.toFloatArray());
        }
    }

    @Test
    void givenAShapeOfAnotherSizeWhenFinishedThenTheErrorNamesBothSizes() {
        FloatBatchBuffer buffer = new FloatBatchBuffer();
        try (NDManager manager = NDManager.newBaseManager()) {
            buffer.begin(4).put(new float[] {1, 2, 3, 4});
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> buffer.finish(manager, new Shape(5)));
            assertTrue(e.getMessage().contains("(5)") && e.getMessage().contains("4 floats were begun"), e.getMessage());
        }
    }

    @Test
    void givenTwoLabelBatchesThroughOneBufferWhenTheSecondIsWrittenThenTheFirstArrayKeepsItsLabels() {
        LabelBatchBuffer buffer = new LabelBatchBuffer();
        try (NDManager manager = NDManager.newBaseManager()) {
            NDArray first = buffer.labels(manager, new int[] {3, 1, 4});
            NDArray second = buffer.labels(manager, new int[] {5, 9, 2});
            assertArrayEquals(new long[] {3, 1, 4}, first.toLongArray());
            assertArrayEquals(new long[] {5, 9, 2}, second.toLongArray());
        }
    }
}
