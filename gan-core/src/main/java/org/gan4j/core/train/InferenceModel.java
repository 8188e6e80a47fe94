package org.gan4j.core.train;

import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.nn.Block;
import ai.djl.training.ParameterStore;
import java.io.IOException;
import org.gan4j.core.checkpoint.Checkpoint;
import org.gan4j.core.data.DataSource;
import org.gan4j.core.model.GanModel;

/**
 * A trained GAN restored from a checkpoint for inference: the generator that samples come from
 * (the weight average when the checkpoint holds one) and, only when asked for, the discriminator.
 * No optimizer state, no second generator, nothing that trains: what sampling, evaluation and
 * export need, at about a third of a trainer's memory.
 */
public final class InferenceModel implements AutoCloseable {

    private final GanModel model;
    private final NDManager manager;
    private final Block generator;
    private final Block discriminator;
    private final ParameterStore store;
    private final long step;

    private InferenceModel(GanModel model, NDManager manager, Block generator, Block discriminator, long step) {
        this.model = model;
        this.manager = manager;
        this.generator = generator;
        this.discriminator = discriminator;
        this.store = new ParameterStore(manager, false);
        this.step = step;
    }

    /**
     * Builds the networks and fills them from a checkpoint written by {@link TrainerState#save}.
     *
     * @param model the GAN the checkpoint was trained from
     * @param checkpoint the verified checkpoint
     * @param withDiscriminator whether to restore the discriminator too (for its overfitting metrics)
     * @param parent the manager under which the networks' parameters live
     * @return the restored model
     * @throws org.gan4j.core.checkpoint.CheckpointException if the checkpoint is of another architecture
     * @throws IOException if a file is unreadable
     */
    public static InferenceModel restore(GanModel model, Checkpoint checkpoint, boolean withDiscriminator,
            NDManager parent) throws IOException {
        NDManager manager = parent.newSubManager();
        try {
            Block generator = model.generatorFactory().get();
            generator.initialize(manager, DataType.FLOAT32, NetworkInputs.generatorShapes(model, 1));
            Block discriminator = null;
            if (withDiscriminator) {
                discriminator = model.discriminator();
                discriminator.initialize(manager, DataType.FLOAT32, NetworkInputs.discriminatorShapes(model, 1));
            }
            TrainerState.restoreForInference(checkpoint, model, generator, discriminator, manager);
            return new InferenceModel(model, manager, generator, discriminator,
                    Long.parseLong(checkpoint.require(TrainerState.STEP)));
        } catch (IOException | RuntimeException e) {
            manager.close();
            throw e;
        }
    }

    /** @return a sampler over the restored generator, in inference mode */
    public Sampler sampler() {
        return new GeneratorSampler(model, generator, store);
    }

    /** @return the generator that samples come from (for export) */
    public Block generator() {
        return generator;
    }

    /** @return whether the discriminator was restored */
    public boolean hasDiscriminator() {
        return discriminator != null;
    }

    /**
     * The discriminator's first output on real samples, as {@link GanTrainer#discriminatorScores}.
     *
     * @param source real data
     * @param count how many samples, from batch 0 on
     * @param batchSize samples per forward pass
     * @return one score per sample
     * @throws IllegalStateException if the discriminator was not restored
     */
    public float[] discriminatorScores(DataSource source, int count, int batchSize) {
        if (discriminator == null) {
            throw new IllegalStateException("this model was restored without its discriminator");
        }
        return DiscriminatorScores.of(discriminator, store, model.condition(), source, count, batchSize, manager);
    }

    /** @return the GAN the networks were built from */
    public GanModel model() {
        return model;
    }

    /** @return the number of training steps the checkpoint had completed */
    public long stepCount() {
        return step;
    }

    /** @return the manager owning the networks' parameters (for scopes of sampled batches) */
    public NDManager manager() {
        return manager;
    }

    @Override
    public void close() {
        manager.close();
    }
}
