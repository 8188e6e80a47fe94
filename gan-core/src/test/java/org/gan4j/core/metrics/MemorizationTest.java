package org.gan4j.core.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Memorization measures against hand-computed nearest-neighbour distances. */
class MemorizationTest {

    private static final double[][] TRAIN = {{0, 0}, {10, 0}};

    @Test
    void givenCopiesAndNovelSamplesWhenMeasuredThenRatioAndShareAreHandComputed() {
        // Held-out: nearest-training distances 1 (to (0,0)) and 2 (to (10,0)): mean 1.5, closest 1.
        double[][] heldOut = {{0, 1}, {12, 0}};
        // Generated: an exact copy (0), a near copy (0.5) and one at distance 3: mean 3.5 / 3.
        double[][] generated = {{10, 0}, {0, 0.5}, {0, 3}};
        Memorization m = Memorization.of(TRAIN, heldOut, generated);
        assertEquals(1.5, m.heldOutDistance(), 1e-12);
        assertEquals(3.5 / 3, m.generatedDistance(), 1e-12);
        assertEquals((3.5 / 3) / 1.5, m.nnRatio(), 1e-12);
        assertEquals(2.0 / 3, m.memorizedShare(), 1e-12, "two of three are closer than the closest held-out (1)");
    }

    @Test
    void givenGeneratedEqualToHeldOutWhenMeasuredThenRatioOneAndNoCopies() {
        double[][] heldOut = {{0, 1}, {12, 0}, {5, 5}};
        Memorization m = Memorization.of(TRAIN, heldOut, heldOut);
        assertEquals(1.0, m.nnRatio(), 1e-12);
        assertEquals(0.0, m.memorizedShare(), 0);
        assertEquals(2, m.toMetrics(3, "").size());
        assertEquals("gen/nn-ratio", m.toMetrics(3, "").get(0).name());
    }

    @Test
    void givenRaggedRowsWhenMeasuredThenErrorNamesTheInput() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Memorization.of(TRAIN, new double[][] {{1, 2}}, new double[][] {{1, 2, 3}}));
        assertEquals(true, e.getMessage().contains("generated"), e.getMessage());
    }
}
