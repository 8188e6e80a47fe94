package org.gan4j.core.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.training.GradientCollector;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScalarsTest {

    @Test
    void givenScalarOpsWhenComputedThenTheyMatchTheirArithmetic() {
        try (NDManager manager = NDManager.newBaseManager()) {
            NDArray x = manager.create(new float[] {-2f, 0.5f, 4f});
            assertArrayEquals(new float[] {-6f, 1.5f, 12f}, Scalars.times(x, 3).toFloatArray(), 1e-6f);
            assertArrayEquals(new float[] {-1f, 0.25f, 2f}, Scalars.divide(x, 2).toFloatArray(), 1e-6f);
            assertArrayEquals(new float[] {0f, 0.5f, 4f}, Scalars.atLeast(x, 0).toFloatArray(), 1e-6f);
            assertArrayEquals(new float[] {4f, 0.25f, 16f}, Scalars.power(x, 2).toFloatArray(), 1e-6f);
            assertEquals(0, Scalars.of(x, 7).getShape().dimension());
        }
    }

    /**
     * The scalar lives in a scope closed before the backward pass, and the garbage collector runs in
     * between while other direct buffers are allocated and scribbled on: the gradient is still
     * exactly the scalar (DJL's own {@code x.mul(3f)} reads freed memory in this situation).
     */
    @Test
    void givenAScalarWhoseScopeClosedBeforeBackwardWhenTheCollectorRunsThenTheGradientIsExact() {
        try (NDManager manager = NDManager.newBaseManager()) {
            NDArray x = manager.create(new float[] {1f, 2f, 3f});
            x.setRequiresGradient(true);
            try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
                NDArray y;
                try (NDManager scope = manager.newSubManager()) {
                    NDArray scaled = Scalars.times(x, 3);
                    scaled.attach(manager);
                    y = scaled;
                }
                List<ByteBuffer> scribbles = new ArrayList<>();
                for (int round = 0; round < 5; round++) {
                    System.gc();
                    for (int i = 0; i < 2000; i++) {
                        ByteBuffer b = ByteBuffer.allocateDirect(4);
                        b.putFloat(0, Float.NaN);
                        scribbles.add(b);
                    }
                }
                collector.backward(y.sum());
                assertEquals(10000, scribbles.size());
            }
            assertArrayEquals(new float[] {3f, 3f, 3f}, x.getGradient().toFloatArray(), 0f);
        }
    }
}
