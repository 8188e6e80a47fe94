package org.gan4j.core.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import ai.djl.training.initializer.ConstantInitializer;
import ai.djl.util.PairList;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.gan4j.core.data.DataSource;
import org.gan4j.core.loss.Losses;
import org.gan4j.core.model.ConditionSpec;
import org.gan4j.core.model.GanModel;
import org.gan4j.core.model.LatentPrior;
import org.gan4j.core.nn.Mlp;
import org.gan4j.core.testing.ToyGan;
import org.gan4j.core.testing.TwoGaussians;
import org.junit.jupiter.api.Test;

class GeneratorHooksTest {

    /**
     * A one-parameter generator using every hook: it emits θ as each sample, records the steps the
     * trainer schedules and its pretraining, and learns by the policy loss {@code -θ · mean(reward)}.
     */
    static final class HookedGenerator extends AbstractBlock implements ScheduledBlock, PretrainedGenerator,
            PolicyGradientGenerator {
        final List<Long> scheduled = new ArrayList<>();
        final List<DataSource> pretrainedOn = new ArrayList<>();
        final List<Float> meanRewards = new ArrayList<>();
        private final Parameter theta;

        @SuppressWarnings("this-escape")
        HookedGenerator() {
            super((byte) 1);
            theta = addParameter(Parameter.builder().setName("theta").setType(Parameter.Type.WEIGHT)
                    .optShape(new Shape(1)).optInitializer(new ConstantInitializer(0.5f)).build());
        }

        @Override
        protected NDList forwardInternal(ParameterStore store, NDList inputs, boolean training, PairList<String, Object> p) {
            NDArray z = inputs.head();
            return new NDList(z.zerosLike().sum(new int[] {1}, true).add(theta.getArray()));
        }

        @Override
        public Shape[] getOutputShapes(Shape[] inputShapes) {
            return new Shape[] {new Shape(inputShapes[0].get(0), 1)};
        }

        @Override
        public void beforeStep(long step) {
            scheduled.add(step);
        }

        @Override
        public void pretrain(DataSource data, NDManager manager, long seed, Consumer<String> progress) {
            pretrainedOn.add(data);
        }

        @Override
        public NDList sampleAndReward(NDManager scope, int batch, UnaryOperator<NDArray> discriminator) {
            NDArray samples = scope.ones(new Shape(batch, 1)).mul(0.25f);
            NDArray reward = discriminator.apply(samples).mean();
            meanRewards.add(reward.getFloat());
            return new NDList(reward);
        }

        @Override
        public NDArray policyLoss(NDList samplesAndRewards) {
            return samplesAndRewards.head().mul(theta.getArray()).neg().sum();
        }
    }

    @Test
    void givenAHookedGeneratorWhenTrainedThenItIsPretrainedOnceScheduledEachStepAndUpdatedByItsPolicyLoss() {
        List<HookedGenerator> made = new ArrayList<>();
        GanModel model = new GanModel("hooked", () -> {
            HookedGenerator g = new HookedGenerator();
            made.add(g);
            return g;
        }, Mlp.of(8, 2, 1), new LatentPrior(LatentPrior.Kind.NORMAL, 2), ConditionSpec.NONE, new Shape(1));
        float lr = 0.01f;
        TrainerSettings settings = TrainerSettings.builder().batchSize(16).learningRates(lr, 1e-3).seed(5).build();
        TwoGaussians data = new TwoGaussians(5, Set.of());
        try (NDManager manager = NDManager.newBaseManager();
                GanTrainer trainer = new GanTrainer(model, data, Losses.create("non-saturating", 0f), settings, manager)) {
            HookedGenerator g = made.get(0);
            trainer.pretrain(line -> {});
            assertEquals(List.of(data), g.pretrainedOn);
            float before = g.theta.getArray().getFloat();
            trainer.step();
            float after = g.theta.getArray().getFloat();
            // Adam's first step moves θ by lr against the sign of the gradient -mean(reward).
            assertEquals(before + lr * Math.signum(g.meanRewards.get(0)), after, 1e-4f);
            trainer.step();
            trainer.restoreStep(7);
            assertEquals(List.of(0L, 0L, 1L, 7L), g.scheduled, "after pretraining, before steps 0 and 1, after a restore");
            assertSame(g, trainer.sampler().generator().orElseThrow());
        }
    }

    @Test
    void givenAPlainGeneratorWhenPretrainIsCalledThenNothingHappens() {
        try (NDManager manager = NDManager.newBaseManager(); GanTrainer trainer = ToyGan.trainer(manager, 1, Set.of())) {
            trainer.pretrain(line -> {
                throw new AssertionError("no pretraining expected");
            });
            assertEquals(0, trainer.stepCount());
        }
    }
}
