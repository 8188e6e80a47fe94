package org.gan4j.examples.bench;

import ai.djl.ndarray.NDManager;
import org.gan4j.core.data.DataSource;
import org.gan4j.core.loss.Losses;
import org.gan4j.core.model.GanModel;
import org.gan4j.core.train.GanTrainer;
import org.gan4j.core.train.Sampler;
import org.gan4j.core.train.TrainerSettings;

/**
 * gan4j's {@link GanTrainer} as a {@link StepLoop}: the non-saturating loss, Adam 2e-4 (0.5,
 * 0.999), one D step per G step, the settings every benchmark baseline uses too.
 */
final class TrainerLoop implements StepLoop {

    /** The learning rate of both networks in every benchmark. */
    static final float LEARNING_RATE = 2e-4f;

    private final GanTrainer trainer;

    /**
     * @param model the GAN
     * @param data its real data
     * @param batchSize samples per step
     * @param emaDecay the generator weight average's decay, 0 for none
     * @param manager the manager the trainer's networks live on
     */
    TrainerLoop(GanModel model, DataSource data, int batchSize, float emaDecay, NDManager manager) {
        TrainerSettings settings = TrainerSettings.builder().batchSize(batchSize)
                .learningRates(LEARNING_RATE, LEARNING_RATE).emaDecay(emaDecay).seed(1).build();
        trainer = new GanTrainer(model, data, Losses.create("non-saturating", 0f), settings, manager);
    }

    /** @return the trainable parameter counts of the trainer's networks */
    ParameterCounts parameterCounts() {
        return ParameterCounts.of(trainer.generator(), trainer.discriminator());
    }

    /** @return the trainer's sampler, as {@code gan sample} and the evaluations use it */
    Sampler sampler() {
        return trainer.sampler();
    }

    @Override
    public void step() {
        trainer.step();
    }

    @Override
    public void close() {
        trainer.close();
    }
}
