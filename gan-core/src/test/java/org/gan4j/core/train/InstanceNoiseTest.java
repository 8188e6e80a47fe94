package org.gan4j.core.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import org.junit.jupiter.api.Test;

/** Instance noise anneals linearly to zero on schedule. */
class InstanceNoiseTest {

    @Test
    void givenAnnealingWhenSteppedThenStdFallsLinearlyToZeroAndStays() {
        InstanceNoise noise = new InstanceNoise(0.2f, 1000);
        assertEquals(0.2f, noise.stdAt(0), 1e-7f);
        assertEquals(0.1f, noise.stdAt(500), 1e-7f);
        assertEquals(0.05f, noise.stdAt(750), 1e-7f);
        assertEquals(0f, noise.stdAt(1000), 0f);
        assertEquals(0f, noise.stdAt(5000), 0f);
        assertEquals(0.2f, new InstanceNoise(0.2f, 0).stdAt(5000), 0f, "no annealing keeps it constant");
    }

    @Test
    void givenNoiseWhenAppliedThenEmpiricalStdMatchesScheduleAndZeroReturnsInput() {
        try (NDManager manager = NDManager.newBaseManager()) {
            Engine.getInstance().setRandomSeed(1);
            InstanceNoise noise = new InstanceNoise(0.5f, 100);
            NDArray x = manager.zeros(new Shape(100, 1, 10, 10));
            NDArray noisy = noise.apply(x, 50);
            float std = noisy.pow(2).mean().sqrt().getFloat();
            assertEquals(0.25f, std, 0.01f);
            assertSame(x, noise.apply(x, 100), "at the end of the schedule D sees the batch itself");
        }
    }

    @Test
    void givenNegativeStdWhenCreatedThenErrorNamesTheField() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new InstanceNoise(-1f, 0));
        assertTrue(e.getMessage().contains("stabilize.instanceNoise"));
    }
}
