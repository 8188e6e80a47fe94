package org.gan4j.core.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class KernelInceptionDistanceTest {

    @Test
    void givenTinySetsWhenComputingKidThenMatchesHandComputedUnbiasedEstimate() {
        double[][] real = {{0, 0}, {1, -1}, {2, 0}};
        double[][] generated = {{1, 0}, {0, 1}, {1, 1}};
        // k(a, b) = (a·b / 2 + 1)³
        // generated pairs: x0·x1 = 0 -> 1, x0·x2 = 1 -> 3.375, x1·x2 = 1 -> 3.375; Σ_{i≠j} = 2 · 7.75 = 15.5
        // real pairs:      y0·y1 = 0 -> 1, y0·y2 = 0 -> 1,     y1·y2 = 2 -> 8;     Σ_{i≠j} = 2 · 10 = 20
        // across: (1 + 3.375 + 8) + (1 + 0.125 + 1) + (1 + 1 + 8) = 24.5
        // MMD²ᵤ = (15.5 + 20) / (3 · 2) - 2 · 24.5 / 9 = 17 / 36
        Score kid = KernelInceptionDistance.compute(real, generated, 3, 1, 0);

        assertEquals(17.0 / 36, kid.mean(), 1e-12);
        assertEquals(0, kid.std());
    }

    @Test
    void givenSetsSmallerThanTheSubsetSizeWhenComputingKidThenOneSubsetOfEverythingIsUsed() {
        Random random = new Random(21);
        double[][] real = FeatureSets.gaussian(random, 40, 3, 0);
        double[][] generated = FeatureSets.gaussian(random, 40, 3, 0.5);

        Score defaults = KernelInceptionDistance.compute(real, generated);

        assertEquals(KernelInceptionDistance.compute(real, generated, 40, 1, 99).mean(), defaults.mean(), 1e-12);
        assertEquals(0, defaults.std());
    }

    @Test
    void givenTwoSamplesOfTheSameDistributionWhenComputingKidThenItIsNearZero() {
        Random random = new Random(22);
        double[][] real = FeatureSets.gaussian(random, 800, 16, 0);
        double[][] generated = FeatureSets.gaussian(random, 800, 16, 0);

        Score kid = KernelInceptionDistance.compute(real, generated, 200, 50, 1);

        assertTrue(Math.abs(kid.mean()) < kid.std(), "mean " + kid.mean() + " within one std " + kid.std());
    }

    @Test
    void givenShiftedDistributionsWhenComputingKidThenItIsClearlyPositive() {
        Random random = new Random(23);
        double[][] real = FeatureSets.gaussian(random, 800, 16, 0);
        double[][] generated = FeatureSets.gaussian(random, 800, 16, 0.5);

        Score kid = KernelInceptionDistance.compute(real, generated, 200, 50, 1);

        assertTrue(kid.mean() > 5 * kid.std(), "mean " + kid.mean() + " far above std " + kid.std());
    }

    @Test
    void givenASeedWhenRepeatingKidThenResultIsIdenticalAndAnotherSeedDiffers() {
        Random random = new Random(24);
        double[][] real = FeatureSets.gaussian(random, 300, 4, 0);
        double[][] generated = FeatureSets.gaussian(random, 300, 4, 0.2);

        Score first = KernelInceptionDistance.compute(real, generated, 100, 10, 7);

        assertEquals(first, KernelInceptionDistance.compute(real, generated, 100, 10, 7));
        assertNotEquals(first, KernelInceptionDistance.compute(real, generated, 100, 10, 8));
    }

    @Test
    void givenBadArgumentsWhenComputingKidThenErrorsNameTheArgumentAndShape() {
        double[][] twoWide = {{1, 2}, {3, 4}};

        assertEquals("generated is n×3, expected n×2 (the feature width of real)", assertThrows(
                IllegalArgumentException.class,
                () -> KernelInceptionDistance.compute(twoWide, new double[][] {{1, 2, 3}, {4, 5, 6}})).getMessage());
        assertEquals("real must be an n×d matrix with n ≥ 2, got 1 rows", assertThrows(IllegalArgumentException.class,
                () -> KernelInceptionDistance.compute(new double[][] {{1, 2}}, twoWide)).getMessage());
        assertEquals("subsetSize must be ≥ 2, got 1", assertThrows(IllegalArgumentException.class,
                () -> KernelInceptionDistance.compute(twoWide, twoWide, 1, 10, 0)).getMessage());
        assertEquals("subsets must be ≥ 1, got 0", assertThrows(IllegalArgumentException.class,
                () -> KernelInceptionDistance.compute(twoWide, twoWide, 10, 0, 0)).getMessage());
    }
}
