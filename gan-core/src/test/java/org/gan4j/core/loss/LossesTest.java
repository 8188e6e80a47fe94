package org.gan4j.core.loss;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import org.gan4j.core.options.UnknownNameException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every loss against values computed by hand in double precision, including logits of ±50. */
class LossesTest {

    private static final float[] REAL = {2f, -1f, 50f, -50f};
    private static final float[] FAKE = {-3f, 0.5f, -50f, 50f};
    private static NDManager manager;

    @BeforeAll
    static void open() {
        manager = NDManager.newBaseManager();
    }

    @AfterAll
    static void close() {
        manager.close();
    }

    private static double softplus(double x) {
        return Math.max(x, 0) + Math.log1p(Math.exp(-Math.abs(x)));
    }

    private static double mean(float[] xs, java.util.function.DoubleUnaryOperator f) {
        double s = 0;
        for (float x : xs) {
            s += f.applyAsDouble(x);
        }
        return s / xs.length;
    }

    private static double avg(float[] xs) {
        return mean(xs, x -> x);
    }

    private static void check(GanLoss loss, double expectedD, double expectedG) {
        NDArray r = manager.create(REAL);
        NDArray f = manager.create(FAKE);
        assertClose(expectedD, loss.discriminatorLoss(r, f).getFloat(), loss.name() + " D");
        assertClose(expectedG, loss.generatorLoss(r, f).getFloat(), loss.name() + " G");
    }

    private static void assertClose(double expected, float actual, String what) {
        assertTrue(Float.isFinite(actual), what + " is not finite: " + actual);
        assertEquals(expected, actual, 1e-4 * Math.max(1, Math.abs(expected)), what);
    }

    @Test
    void givenLargeLogitsWhenComputingMinimaxThenMatchesHandComputedCrossEntropy() {
        double d = mean(REAL, x -> softplus(-x)) + mean(FAKE, LossesTest::softplus);
        double g = -mean(FAKE, LossesTest::softplus);
        check(Losses.create("minimax", 0f), d, g);
    }

    @Test
    void givenLargeLogitsWhenComputingNonSaturatingThenMatchesHandComputedValues() {
        double d = mean(REAL, x -> softplus(-x)) + mean(FAKE, LossesTest::softplus);
        double g = mean(FAKE, x -> softplus(-x));
        check(Losses.create("non-saturating", 0f), d, g);
    }

    @Test
    void givenLabelSmoothingWhenComputingNonSaturatingThenRealTargetIsLowered() {
        double t = 0.9;
        double d = mean(REAL, x -> t * softplus(-x) + (1 - t) * softplus(x))
                + mean(FAKE, LossesTest::softplus);
        double g = mean(FAKE, x -> softplus(-x));
        check(Losses.create("non-saturating", 0.1f), d, g);
    }

    @Test
    void givenScoresWhenComputingWassersteinThenDifferenceOfMeans() {
        check(Losses.create("wasserstein", 0f), avg(FAKE) - avg(REAL), -avg(FAKE));
    }

    @Test
    void givenScoresWhenComputingLeastSquaresThenHalfMeanSquaredErrors() {
        double d = 0.5 * mean(REAL, x -> (x - 1) * (x - 1)) + 0.5 * mean(FAKE, x -> x * x);
        double g = 0.5 * mean(FAKE, x -> (x - 1) * (x - 1));
        check(Losses.create("least-squares", 0f), d, g);
    }

    @Test
    void givenScoresWhenComputingHingeThenRectifiedMargins() {
        double d = mean(REAL, x -> Math.max(0, 1 - x)) + mean(FAKE, x -> Math.max(0, 1 + x));
        check(Losses.create("hinge", 0f), d, -avg(FAKE));
    }

    @Test
    void givenPairsWhenComputingRelativisticThenSoftplusOfDifferences() {
        double d = 0;
        double g = 0;
        for (int i = 0; i < REAL.length; i++) {
            d += softplus(-(REAL[i] - FAKE[i]));
            g += softplus(-(FAKE[i] - REAL[i]));
        }
        check(Losses.create("relativistic", 0f), d / REAL.length, g / REAL.length);
    }

    @Test
    void givenBatchesWhenComputingRelativisticAverageThenComparesWithOtherSidesMean() {
        double mr = avg(REAL);
        double mf = avg(FAKE);
        double d = mean(REAL, x -> softplus(-(x - mf))) + mean(FAKE, x -> softplus(x - mr));
        double g = mean(FAKE, x -> softplus(-(x - mr))) + mean(REAL, x -> softplus(x - mf));
        check(Losses.create("relativistic-average", 0f), d, g);
    }

    @Test
    void givenExtremeLogitsWhenDifferentiatingThenGradientsAreFinite() {
        GanLoss loss = Losses.create("non-saturating", 0f);
        try (NDManager sub = manager.newSubManager();
                var collector = ai.djl.engine.Engine.getInstance().newGradientCollector()) {
            NDArray r = sub.create(new float[] {500f, -500f});
            NDArray f = sub.create(new float[] {500f, -500f});
            r.setRequiresGradient(true);
            f.setRequiresGradient(true);
            collector.backward(loss.discriminatorLoss(r, f));
            for (float v : f.getGradient().toFloatArray()) {
                assertTrue(Float.isFinite(v));
            }
            // d/df softplus(f)/2 = sigmoid(f)/2: 0.5 at +500, 0 at -500
            assertEquals(0.5f, f.getGradient().getFloat(0), 1e-6);
            assertEquals(0f, f.getGradient().getFloat(1), 1e-6);
        }
    }

    @Test
    void givenUnknownNameWhenCreatingThenErrorListsKnownLosses() {
        UnknownNameException e =
                assertThrows(UnknownNameException.class, () -> Losses.create("bce", 0f));
        assertTrue(e.getMessage().contains("'bce'"), e.getMessage());
        assertTrue(e.getMessage().contains("hinge"), e.getMessage());
    }

    @Test
    void givenSmoothingOnHingeWhenCreatingThenRejected() {
        assertThrows(IllegalArgumentException.class, () -> Losses.create("hinge", 0.1f));
        assertThrows(IllegalArgumentException.class, () -> Losses.create("minimax", 0.7f));
    }
}
