package org.gan4j.examples.bench;

import ai.djl.Model;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.Parameter;
import ai.djl.training.DefaultTrainingConfig;
import ai.djl.training.GradientCollector;
import ai.djl.training.Trainer;
import ai.djl.training.loss.Loss;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.Tracker;
import java.util.function.Predicate;
import org.gan4j.core.data.DataSource;
import org.gan4j.core.model.GanModel;

/**
 * The baseline for {@code gan bench trainer}: the non-saturating GAN step as a competent DJL user
 * writes it by hand — one {@link Model} and {@link Trainer} (with DJL's Adam) per network, a
 * per-step sub-manager, the discriminator frozen during the generator step — on the same blocks
 * and data as gan4j's trainer.
 */
final class HandWrittenDjlLoop implements StepLoop {

    /** Weights and biases; BatchNorm's running statistics never take a gradient. */
    private static final Predicate<Parameter> TRAINABLE = p -> p.getType() != Parameter.Type.RUNNING_MEAN
            && p.getType() != Parameter.Type.RUNNING_VAR;

    private final Model generatorModel;
    private final Model discriminatorModel;
    private final Trainer generator;
    private final Trainer discriminator;
    private final DataSource data;
    private final int batchSize;
    private final int latentDim;
    private long step;

    HandWrittenDjlLoop(GanModel model, DataSource data, int batchSize, float lr) {
        this.data = data;
        this.batchSize = batchSize;
        this.latentDim = model.prior().dim();
        generatorModel = Model.newInstance("generator");
        generatorModel.setBlock(model.generatorFactory().get());
        discriminatorModel = Model.newInstance("discriminator");
        discriminatorModel.setBlock(model.discriminator());
        generator = generatorModel.newTrainer(config(lr));
        discriminator = discriminatorModel.newTrainer(config(lr));
        generator.initialize(new Shape(batchSize, latentDim));
        discriminator.initialize(new Shape(batchSize).addAll(model.sampleShape()));
    }

    private static DefaultTrainingConfig config(float lr) {
        Optimizer adam = Optimizer.adam().optLearningRateTracker(Tracker.fixed(lr)).optBeta1(0.5f).optBeta2(0.999f).build();
        return new DefaultTrainingConfig(Loss.l2Loss()).optOptimizer(adam);
    }

    @Override
    public void step() {
        try (NDManager scope = generator.getManager().newSubManager()) {
            NDArray real = data.batch(scope, step++, batchSize).samples();
            NDArray fake = generator.forward(new NDList(scope.randomNormal(new Shape(batchSize, latentDim)))).head();
            try (GradientCollector collector = discriminator.newGradientCollector()) {
                NDArray realOut = discriminator.forward(new NDList(real)).head();
                NDArray fakeOut = discriminator.forward(new NDList(fake)).head();
                collector.backward(Activation.softPlus(realOut.neg()).mean().add(Activation.softPlus(fakeOut).mean()));
            }
            discriminator.step();
            discriminatorModel.getBlock().freezeParameters(true, TRAINABLE);
            try (GradientCollector collector = generator.newGradientCollector()) {
                NDArray z = scope.randomNormal(new Shape(batchSize, latentDim));
                NDArray fakeOut = discriminator.forward(generator.forward(new NDList(z))).head();
                collector.backward(Activation.softPlus(fakeOut.neg()).mean());
            }
            discriminatorModel.getBlock().freezeParameters(false, TRAINABLE);
            generator.step();
        }
    }

    @Override
    public void close() {
        generator.close();
        discriminator.close();
        generatorModel.close();
        discriminatorModel.close();
    }
}
