package org.gan4j.core.metrics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClassHistogramTest {

    @Test
    void givenPredictionsOverFourClassesWhenHistogrammingThenCountsCoverageKlAndTopShareMatchHand() {
        ClassHistogram histogram = ClassHistogram.of(new int[] {0, 2, 0, 1, 2, 0}, 4);

        assertArrayEquals(new int[] {3, 1, 2, 0}, histogram.counts());
        assertEquals(6, histogram.samples());
        assertEquals(3, histogram.covered());
        // shares 1/2, 1/6, 1/3, 0 against 1/4 each
        double kl = 0.5 * Math.log(2) + Math.log(4 / 6.0) / 6 + Math.log(4 / 3.0) / 3;
        assertEquals(kl, histogram.klFromUniform(), 1e-15);
        assertEquals(0.5, histogram.topShare());
    }

    @Test
    void givenUniformOrCollapsedPredictionsWhenHistogrammingThenKlIsZeroOrLogOfClassCount() {
        ClassHistogram uniform = ClassHistogram.of(new int[] {0, 1, 2, 3, 4, 0, 1, 2, 3, 4}, 5);
        ClassHistogram collapsed = ClassHistogram.of(new int[] {3, 3, 3}, 5);

        assertEquals(0, uniform.klFromUniform(), 1e-15);
        assertEquals(0.2, uniform.topShare());
        assertEquals(Math.log(5), collapsed.klFromUniform(), 1e-15);
        assertEquals(1, collapsed.covered());
        assertEquals(1, collapsed.topShare());
    }

    @Test
    void givenClassScoresWhenHistogrammingThenArgmaxClassesAreCountedOverTheScoreWidth() {
        double[][] logits = {{0.1, 2.0, -1.0}, {3.0, 0.0, 0.0}, {-2.0, 5.0, 4.9}};

        assertArrayEquals(new int[] {1, 2, 0}, ClassHistogram.fromScores(logits).counts());
    }

    @Test
    void givenAHistogramWhenConvertingToMetricsThenNamesDirectionsAndSampleCountsAreSet() {
        ClassHistogram histogram = ClassHistogram.of(new int[] {0, 0, 1, 1}, 2);

        assertEquals(List.of(new MetricValue("modes-covered", 2, Double.NaN, 4, true, ""),
                        new MetricValue("class-kl-uniform", 0, Double.NaN, 4, false, ""),
                        new MetricValue("top-class-share", 0.5, Double.NaN, 4, false, "")),
                histogram.toMetrics(""));
    }

    @Test
    void givenBadPredictionsWhenHistogrammingThenErrorsNameTheElementOrArgument() {
        assertEquals("predicted element 2 is 4, expected a class index in [0, 4)", assertThrows(
                IllegalArgumentException.class, () -> ClassHistogram.of(new int[] {0, 1, 4}, 4)).getMessage());
        assertEquals("predicted must hold n ≥ 1 class indices, got none", assertThrows(
                IllegalArgumentException.class, () -> ClassHistogram.of(new int[0], 4)).getMessage());
        assertEquals("classes must be ≥ 1, got 0", assertThrows(
                IllegalArgumentException.class, () -> ClassHistogram.of(new int[] {0}, 0)).getMessage());
        assertEquals("scores row 1 has 1 columns, expected an n×2 matrix (the width of row 0)", assertThrows(
                IllegalArgumentException.class,
                () -> ClassHistogram.fromScores(new double[][] {{0, 1}, {1}})).getMessage());
    }
}
