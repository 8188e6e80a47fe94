package org.gan4j.core.augment;

import ai.djl.ndarray.NDArray;

/**
 * A random, differentiable transformation of a batch (B, C, spatial...). Each call draws new
 * parameters per sample from the engine's random generator; the result is built from ordinary
 * differentiable operations, so gradients flow back to the input through the same parameters.
 */
public interface Augmentation {

    /** @return the policy name, e.g. {@code translation} */
    String name();

    /**
     * @param samples a batch (B, C, spatial...)
     * @return the augmented batch, same shape, on the samples' manager
     */
    NDArray apply(NDArray samples);
}
