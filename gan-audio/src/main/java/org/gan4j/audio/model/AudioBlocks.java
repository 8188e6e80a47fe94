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
     * @param condition unconditional or class labels
     * @return a discriminator mapping {@code NDList(samples[, labels])} to logits (B, 1)
     */
    default Block discriminator(ConditionSpec condition) {
        return AudioLayers.discriminator(trunk(), features(), condition, spectral());
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
