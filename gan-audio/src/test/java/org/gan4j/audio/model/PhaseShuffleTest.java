package org.gan4j.audio.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.ParameterStore;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PhaseShuffleTest {

    private static final int LENGTH = 7;

    /** x[b, c, t] = 100 b + 10 c + t. */
    private static NDArray ramp(NDManager manager, int batch) {
        float[] values = new float[batch * 2 * LENGTH];
        for (int b = 0; b < batch; b++) {
            for (int c = 0; c < 2; c++) {
                for (int t = 0; t < LENGTH; t++) {
                    values[(b * 2 + c) * LENGTH + t] = 100 * b + 10 * c + t;
                }
            }
        }
        return manager.create(values, new Shape(batch, 2, LENGTH));
    }

    /** The reference: y[t] = x[reflect(t − s)], written out by hand for LENGTH 7. */
    private static float[] expectedRow(float base, int shift) {
        float[] row = new float[LENGTH];
        for (int t = 0; t < LENGTH; t++) {
            int source = t - shift;
            if (source < 0) {
                source = -source;
            } else if (source >= LENGTH) {
                source = 2 * (LENGTH - 1) - source;
            }
            row[t] = base + source;
        }
        return row;
    }

    @Test
    void givenShiftsWhenShuffledThenEachExampleIsShiftedWithReflection() {
        try (NDManager manager = NDManager.newBaseManager()) {
            NDArray x = ramp(manager, 4);
            long[] shifts = {-2, 0, 2, 1};
            NDArray y = PhaseShuffle.shift(x, manager.create(shifts, new Shape(4, 1, 1)));
            assertArrayEquals(new float[] {2, 1, 0, 1, 2, 3, 4}, expectedRow(0, 2));
            assertArrayEquals(new float[] {102, 103, 104, 105, 106, 105, 104}, expectedRow(100, -2));
            for (int b = 0; b < 4; b++) {
                for (int c = 0; c < 2; c++) {
                    assertArrayEquals(expectedRow(100 * b + 10 * c, (int) shifts[b]),
                            y.get(b, c).toFloatArray(), "example " + b + " channel " + c);
                }
            }
        }
    }

    @Test
    void givenTrainingWhenForwardThenShiftsAreWithinRadiusAndVaryInferenceIsIdentity() {
        Engine.getInstance().setRandomSeed(5);
        try (NDManager manager = NDManager.newBaseManager()) {
            PhaseShuffle shuffle = new PhaseShuffle(2);
            int batch = 64;
            NDArray x = ramp(manager, batch);
            ParameterStore store = new ParameterStore(manager, false);
            NDArray trained = shuffle.forward(store, new NDList(x), true).singletonOrThrow();
            Set<Integer> seen = new HashSet<>();
            for (int b = 0; b < batch; b++) {
                float[] channel0 = trained.get(b, 0).toFloatArray();
                float[] channel1 = trained.get(b, 1).toFloatArray();
                int found = Integer.MIN_VALUE;
                for (int s = -2; s <= 2; s++) {
                    if (java.util.Arrays.equals(expectedRow(100 * b, s), channel0)) {
                        found = s;
                    }
                }
                assertTrue(found != Integer.MIN_VALUE, "example " + b + " is not a shift within ±2");
                assertArrayEquals(expectedRow(100 * b + 10, found), channel1, "channels share the shift");
                seen.add(found);
            }
            assertEquals(5, seen.size(), "all shifts −2…2 occur in 64 examples: " + seen);
            NDArray inferred = shuffle.forward(store, new NDList(x), false).singletonOrThrow();
            assertArrayEquals(x.toFloatArray(), inferred.toFloatArray());
        }
    }
}
