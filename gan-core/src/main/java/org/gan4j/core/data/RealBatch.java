package org.gan4j.core.data;

import ai.djl.ndarray.NDArray;

/**
 * A batch of real samples with their conditions.
 *
 * @param samples shape (B, sample shape...), on the caller's per-step manager
 * @param conditions class indices (B) or embeddings (B, dim); {@code null} when unconditional
 * @param mismatched conditions of another class than each sample's, same shape as {@code
 *     conditions}, for the matching-aware discriminator loss; {@code null} for none
 * @param generatorConditions the conditions the generator's update uses, e.g. with interpolated
 *     embeddings (GAN-INT); {@code null} to use {@code conditions}
 */
public record RealBatch(NDArray samples, NDArray conditions, NDArray mismatched, NDArray generatorConditions) {

    /**
     * A batch without mismatched or generator-only conditions.
     *
     * @param samples shape (B, sample shape...)
     * @param conditions class indices (B) or embeddings (B, dim); {@code null} when unconditional
     */
    public RealBatch(NDArray samples, NDArray conditions) {
        this(samples, conditions, null, null);
    }

    /** @return the conditions of the generator's update */
    public NDArray conditionsForGenerator() {
        return generatorConditions != null ? generatorConditions : conditions;
    }
}
