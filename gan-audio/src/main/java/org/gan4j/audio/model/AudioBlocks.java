package org.gan4j.audio.model;

import ai.djl.nn.Block;
import ai.djl.nn.SequentialBlock;
import org.gan4j.core.model.ConditionSpec;

/**
 * The networks of one audio GAN layout; every block is uninitialized. The discriminator and the
 * encoder share the layout's {@link #trunk}.
 */
interface AudioBlocks {

    /**
     * @param condition unconditional or class labels
     * @param labelWidth the width of the label embedding appended to z
     * @return a generator mapping {@code NDList(z[, labels])} to samples in [-1, 1]
     */
    Block generator(ConditionSpec condition, int labelWidth);

    /**
     * @param condition unconditional, class labels or embeddings
     * @param auxiliary whether class labels are read by an AC-GAN classifier head instead of a projection
     * @return a discriminator mapping {@code NDList(samples[, condition])} to logits (B, 1), or
     *     (B, 1 + classes) for AC-GAN
     */
    default Block discriminator(ConditionSpec condition, boolean auxiliary) {
        return AudioLayers.discriminator(trunk(), features(), condition, spectral(), auxiliary);
    }

    /**
     * @param embeddingDim the embedding width
     * @return the discriminator's trunk followed by a linear map to (B, embeddingDim)
     */
    default Block encoder(int embeddingDim) {
        return new SequentialBlock().add(trunk()).add(AudioLayers.linear(embeddingDim, false));
    }

    /** @return samples (B, 1, ...) to flattened features (B, {@link #features()}) */
    SequentialBlock trunk();

    /** @return the trunk's feature width */
    long features();

    /** @return whether the discriminator's weights are spectrally normalised */
    boolean spectral();
}
