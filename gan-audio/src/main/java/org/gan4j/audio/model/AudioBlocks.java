package org.gan4j.audio.model;

import ai.djl.nn.Block;
import org.gan4j.core.model.ConditionSpec;

/** The networks of one audio GAN layout; every block is uninitialized. */
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
    Block discriminator(ConditionSpec condition);

    /**
     * @param embeddingDim the embedding width
     * @return the discriminator's trunk followed by a linear map to (B, embeddingDim)
     */
    Block encoder(int embeddingDim);
}
