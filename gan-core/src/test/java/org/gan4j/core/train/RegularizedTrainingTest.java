package org.gan4j.core.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import ai.djl.util.Pair;
import java.util.Set;
import org.gan4j.core.augment.DiffAugment;
import org.gan4j.core.loss.Losses;
import org.gan4j.core.testing.ToyGan;
import org.gan4j.core.testing.TwoGaussians;
import org.junit.jupiter.api.Test;

/** The trainer with a gradient penalty: it tames the critic's slope and leaves D's state clean. */
class RegularizedTrainingTest {

    private static final int STEPS = 150;

    @Test
    void givenWassersteinCriticWhenTrainedWithWganGpThenItsInputSlopeStaysNearOneUnlikeWithout() {
        double without = slopeDeviationAfterTraining(GradientPenalty.none());
        double with = slopeDeviationAfterTraining(GradientPenalty.of("wgan-gp", 10f));
        assertTrue(with < 0.5 * without, "mean (‖∇D‖ - 1)² with WGAN-GP " + with + ", without " + without);
        assertTrue(with < 0.5, "mean (‖∇D‖ - 1)² with WGAN-GP " + with);
    }

    private static double slopeDeviationAfterTraining(GradientPenalty penalty) {
        try (NDManager manager = NDManager.newBaseManager();
                GanTrainer trainer = new GanTrainer(ToyGan.model(), new TwoGaussians(5, Set.of()),
                        Losses.create("wasserstein", 0f), ToyGan.settings(5),
                        new Regularization(penalty, DiffAugment.parse(""), InstanceNoise.none()), manager)) {
            for (int i = 0; i < STEPS; i++) {
                StepReport report = trainer.step();
                assertTrue(Float.isFinite(report.discriminatorLoss()), "D loss at step " + i);
                assertEquals(penalty.isActive(), report.discriminatorPenalty() > 0, "the report's penalty share at step " + i);
                assertTrue(report.discriminatorPenalty() >= 0, "penalty " + report.discriminatorPenalty());
            }
            for (Pair<String, Parameter> p : trainer.discriminator().getParameters()) {
                assertTrue(p.getValue().requiresGradient(), p.getKey() + " was left frozen by the penalty's first pass");
                try (NDArray grad = p.getValue().getArray().getGradient()) {
                    assertEquals(0f, grad.abs().max().getFloat(), 0f, "gradient left in " + p.getKey());
                }
            }
            try (NDManager scope = manager.newSubManager()) {
                ParameterStore store = new ParameterStore(scope, false);
                NDArray points = scope.linspace(-4f, 4f, 64).reshape(64, 1);
                return GradientPenalty.of("wgan-gp", 1f).measure(
                        x -> trainer.discriminator().forward(store, new NDList(x), true).head(),
                        trainer.discriminator(), points).value();
            }
        }
    }

    @Test
    void givenFlatSamplesWhenAugmentationIsAskedThenTrainerRefusesNamingTheField() {
        try (NDManager manager = NDManager.newBaseManager()) {
            IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                    () -> new GanTrainer(ToyGan.model(), new TwoGaussians(5, Set.of()), Losses.create("hinge", 0f),
                            ToyGan.settings(5), new Regularization(GradientPenalty.none(), DiffAugment.parse("translation"),
                                    InstanceNoise.none()), manager));
            assertTrue(e.getMessage().contains("stabilize.augment"), e.getMessage());
        }
    }
}
