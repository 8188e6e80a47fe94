package org.gan4j.core.condition;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.ParameterStore;
import org.gan4j.core.loss.Losses;
import org.gan4j.core.loss.MatchingAwareLoss;
import org.gan4j.core.nn.ConditioningAugmentation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Conditioning augmentation's KL, the matching-aware loss and GAN-INT against hand-computed values. */
class ConditionMathsTest {

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
    void givenMeansAndLogVariancesWhenKlThenHalfSumOfMuSquaredPlusSigmaSquaredMinusOneMinusLogSigmaSquaredAveraged() {
        // Row 0: ½[(1 + 1 − 1 − 0) + (0 + 2 − 1 − ln 2)] = 0.6534264; row 1: N(0, 1) itself, 0. Mean 0.3267132.
        NDArray mean = manager.create(new float[] {1, 0, 0, 0}, new Shape(2, 2));
        NDArray logVariance = manager.create(new float[] {0, (float) Math.log(2), 0, 0}, new Shape(2, 2));
        assertEquals(0.3267132, ConditioningAugmentation.klDivergence(mean, logVariance).getFloat(), 1e-6);
    }

    @Test
    void givenAugmentationWhenForwardThenSampleHasTheWidthAndKlMatchesItsOwnMoments() {
        ConditioningAugmentation augmentation = new ConditioningAugmentation(3);
        augmentation.initialize(manager, DataType.FLOAT32, new Shape(4, 5));
        NDList out = augmentation.forward(new ParameterStore(manager, false),
                new NDList(manager.randomNormal(new Shape(4, 5))), true);
        assertEquals(new Shape(4, 3), out.get(0).getShape());
        assertEquals(new Shape(), out.get(1).getShape());
        assertEquals(true, out.get(1).getFloat() >= 0f, "a KL divergence is never negative");
    }

    @Test
    void givenRealRightFakeRightAndRealWrongLogitsWhenMatchingAwareThenGanClsWeights() {
        // softplus(−2) + ½ softplus(−1) + ½ softplus(0.5) = 0.126928 + 0.156631 + 0.487039.
        NDArray loss = MatchingAwareLoss.discriminatorLoss(Losses.create("non-saturating", 0f),
                manager.create(new float[] {2}), manager.create(new float[] {-1}), manager.create(new float[] {0.5f}));
        assertEquals(0.7705973, loss.getFloat(), 1e-6);
    }

    @Test
    void givenTwoEmbeddingsWhenInterpolatedThenBetaWeightsTheFirst() {
        float[] out = new float[2];
        PairingOptions.interpolate(new float[] {1, 2}, new float[] {3, -2}, 0.25f, out);
        assertArrayEquals(new float[] {2.5f, -1f}, out, 1e-6f);
    }
}
