package org.gan4j.core.model;

import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A GAN: a generator, a discriminator, a latent prior and an optional condition.
 *
 * <p>The generator maps {@code NDList(z[, condition])} to samples of {@link #sampleShape()} (with
 * a batch axis in front), followed by a scalar penalty when it is a {@link
 * org.gan4j.core.nn.PenalizedGenerator}; the discriminator maps {@code NDList(samples[, condition])} to one
 * logit or score per sample. The generator comes from a factory so the trainer can build an
 * identical copy to hold the exponential moving average of its weights.
 *
 * @param name a label for logs and checkpoint signatures (the architecture name)
 * @param generatorFactory builds a fresh, uninitialized generator block
 * @param discriminator the discriminator block (uninitialized)
 * @param prior the latent prior
 * @param condition what G and D are conditioned on
 * @param sampleShape the shape of one sample, without the batch axis
 * @param auxiliaryClassifierWeight the weight of the AC-GAN class loss when the discriminator
 *     returns class logits as its second output; 0 for none
 */
public record GanModel(
        String name,
        Supplier<Block> generatorFactory,
        Block discriminator,
        LatentPrior prior,
        ConditionSpec condition,
        Shape sampleShape,
        float auxiliaryClassifierWeight) {

    /**
     * A GAN without an auxiliary classifier.
     *
     * @param name a label for logs and checkpoint signatures
     * @param generatorFactory builds a fresh, uninitialized generator block
     * @param discriminator the discriminator block
     * @param prior the latent prior
     * @param condition what G and D are conditioned on
     * @param sampleShape the shape of one sample, without the batch axis
     */
    public GanModel(String name, Supplier<Block> generatorFactory, Block discriminator, LatentPrior prior,
            ConditionSpec condition, Shape sampleShape) {
        this(name, generatorFactory, discriminator, prior, condition, sampleShape, 0f);
    }

    /** Checks that no component is missing. */
    public GanModel {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(generatorFactory, "generatorFactory");
        Objects.requireNonNull(discriminator, "discriminator");
        Objects.requireNonNull(prior, "prior");
        Objects.requireNonNull(condition, "condition");
        Objects.requireNonNull(sampleShape, "sampleShape");
        if (!(auxiliaryClassifierWeight >= 0f)) {
            throw new IllegalArgumentException("auxiliary classifier weight " + auxiliaryClassifierWeight + " must be ≥ 0");
        }
    }
}
