package org.gan4j.core.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** ADA's r_t and the held-out accuracy gap against hand counts. */
class DiscriminatorOverfittingTest {

    @Test
    void givenScoresWhenMeasuredThenMeanSignsAndAccuracyGapAreHandCounted() {
        // Training: 3 positive, 1 negative → r_t = 0.5, accuracy 0.75.
        // Held-out: 1 positive, 2 negative, 1 zero → r_t = -0.25, accuracy 0.25.
        DiscriminatorOverfitting d = DiscriminatorOverfitting.of(new float[] {2f, 0.1f, 5f, -1f},
                new float[] {3f, -2f, -0.5f, 0f});
        assertEquals(0.5, d.rtTrain(), 1e-12);
        assertEquals(-0.25, d.rtHeldOut(), 1e-12);
        assertEquals(0.5, d.accuracyGap(), 1e-12);
        assertEquals(java.util.List.of("d/rt", "d/rt-heldout", "d/heldout-gap"),
                d.toMetrics(4, "").stream().map(MetricValue::name).toList());
    }

    @Test
    void givenEmptySideWhenMeasuredThenRejected() {
        assertThrows(IllegalArgumentException.class, () -> DiscriminatorOverfitting.of(new float[0], new float[] {1f}));
    }
}
