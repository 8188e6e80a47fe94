package org.gan4j.core.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The mode-seeking regularizer's pairing and penalty, against hand-computed values. */
class ModeSeekingTest {

    private NDManager manager;

    @BeforeEach
    void open() {
        manager = NDManager.newBaseManager();
    }

    @AfterEach
    void close() {
        manager.close();
    }

    @Test
    void givenBatchConditionsWhenPairedThenRowIAndRowIPlusHalfShareTheFirstHalfsCondition() {
        assertArrayEquals(new long[] {3, 7, 3, 7}, ModeSeeking.pairedConditions(manager.create(new long[] {3, 7, 1, 2}))
                .toLongArray());
        assertArrayEquals(new long[] {3, 7, 3, 7, 9}, ModeSeeking.pairedConditions(manager.create(new long[] {3, 7, 1, 2, 9}))
                .toLongArray(), "an odd batch keeps its last row's own condition");
        assertNull(ModeSeeking.pairedConditions(null));
    }

    @Test
    void givenTwoPairsWhenPenalisedThenInverseOfSampleOverLatentDistance() {
        // Samples (4, 2): pairs (row 0, row 2) and (row 1, row 3).
        NDArray samples = manager.create(new float[] {0, 0, 1, 1, 2, 0, 1, 4}, new Shape(4, 2));
        // |differences| of samples: row0-row2 = (2, 0), row1-row3 = (0, 3): mean = 5/4.
        NDArray z = manager.create(new float[] {0, 1, 2, 3}, new Shape(4, 1));
        // |differences| of z: |0-2| = 2, |1-3| = 2: mean = 2. Ratio = 1.25 / 2 = 0.625.
        float expected = 1f / (0.625f + 1e-5f);
        assertEquals(expected, ModeSeeking.penalty(samples, z).getFloat(), 1e-4f);
    }

    @Test
    void givenGeneratorIgnoringZWhenPenalisedThenPenaltyIsHuge() {
        NDArray same = manager.ones(new Shape(6, 3));
        NDArray z = manager.randomNormal(new Shape(6, 4));
        assertEquals(1e5f, ModeSeeking.penalty(same, z).getFloat(), 1f, "1 / ε when all samples coincide");
    }
}
