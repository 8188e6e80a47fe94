package org.gan4j.examples.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The benchmarks' random data and the evaluation benchmark's arithmetic. */
class RandomPoolTest {

    @Test
    void givenBatchNumberWhenServedThenSliceStartsWhereThePytorchBaselineSlices() {
        RandomPool pool = new RandomPool(new Shape(2), 10, 7);
        try (NDManager manager = NDManager.newBaseManager()) {
            NDArray everything = pool.batch(manager, 0, 9).samples();
            float[] all = everything.toFloatArray();
            for (float v : all) {
                assertTrue(v >= -1 && v <= 1, "value " + v);
            }
            // batch 3 of 3: first sample (3 · 3) mod (10 − 3) = 2, as pool[(i * batch) % (n - batch)] in Python
            NDArray third = pool.batch(manager, 3, 3).samples();
            assertEquals(new Shape(3, 2), third.getShape());
            assertArrayEquals(Arrays.copyOfRange(all, 4, 10), third.toFloatArray());
        }
        assertThrows(IllegalArgumentException.class, () -> pool.batch(null, 0, 10));
    }

    @Test
    void givenEvaluationAndSamplingTimesWhenSubtractedThenTheEvaluatorsOwnRateRemains() {
        assertEquals(500, new EvalBenchmark.Result(3, 1).evaluatorSamplesPerSecond(1000), 1e-9);
        assertTrue(Double.isNaN(new EvalBenchmark.Result(1, 1.2).evaluatorSamplesPerSecond(1000)));
    }
}
