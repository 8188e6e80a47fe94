package org.gan4j.core.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PrecisionRecallTest {

    @Test
    void givenIdenticalSetsWhenMeasuringThenPrecisionAndRecallAreOne() {
        double[][] x = FeatureSets.gaussian(new Random(31), 200, 5, 0);

        assertEquals(new PrecisionRecall(1, 1), PrecisionRecall.of(x, x.clone()));
    }

    @Test
    void givenGeneratedSetCollapsedOntoOneRealPointWhenMeasuringThenPrecisionIsHighAndRecallLow() {
        double[][] real = FeatureSets.gaussian(new Random(32), 100, 5, 0);
        double[][] generated = new double[100][];
        Arrays.fill(generated, real[17]);

        PrecisionRecall pr = PrecisionRecall.of(real, generated);

        assertEquals(1, pr.precision());
        assertEquals(1 / 100.0, pr.recall());
    }

    @Test
    void givenDisjointFarApartSetsWhenMeasuringThenPrecisionAndRecallAreZero() {
        Random random = new Random(33);

        PrecisionRecall pr = PrecisionRecall.of(FeatureSets.gaussian(random, 100, 5, 0), FeatureSets.gaussian(random, 120, 5, 100));

        assertEquals(new PrecisionRecall(0, 0), pr);
    }

    @Test
    void givenHandComputedOneDimensionalSetsWhenMeasuringWithKOneThenMatches() {
        // real {0, 1, 3}: squared radii to the nearest other point 1, 1, 4
        // generated {0.5, 2.5, 10}: 0.5 is within 0's radius, 2.5 within 3's, 10 outside -> precision 2/3
        // generated squared radii 4, 4, 56.25: every real point lies within 0.5's or 2.5's -> recall 1
        double[][] real = {{0}, {1}, {3}};
        double[][] generated = {{0.5}, {2.5}, {10}};

        PrecisionRecall pr = PrecisionRecall.of(real, generated, 1);

        assertEquals(2 / 3.0, pr.precision(), 1e-15);
        assertEquals(1, pr.recall());
    }

    @Test
    void givenAResultWhenConvertingToMetricsThenBothAreHigherIsBetterWithSampleCount() {
        assertEquals(List.of(new MetricValue("precision", 0.75, Double.NaN, 1000, true, "k=3"),
                        new MetricValue("recall", 0.5, Double.NaN, 1000, true, "k=3")),
                new PrecisionRecall(0.75, 0.5).toMetrics(1000, "k=3"));
    }

    @Test
    void givenBadArgumentsWhenMeasuringThenErrorsNameTheArgumentAndShape() {
        double[][] fourRows = {{0, 0}, {1, 0}, {0, 1}, {1, 1}};

        assertEquals("generated must be an n×d matrix with n ≥ 4, got 3 rows", assertThrows(
                IllegalArgumentException.class,
                () -> PrecisionRecall.of(fourRows, new double[][] {{0, 0}, {1, 0}, {0, 1}})).getMessage());
        assertEquals("generated is n×1, expected n×2 (the feature width of real)", assertThrows(
                IllegalArgumentException.class,
                () -> PrecisionRecall.of(fourRows, new double[][] {{0}, {1}, {2}, {3}})).getMessage());
        assertEquals("k must be ≥ 1, got 0", assertThrows(IllegalArgumentException.class,
                () -> PrecisionRecall.of(fourRows, fourRows, 0)).getMessage());
    }
}
