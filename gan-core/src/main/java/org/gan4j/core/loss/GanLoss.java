package org.gan4j.core.loss;

import ai.djl.ndarray.NDArray;

/**
 * An adversarial loss as a pure function of discriminator outputs (logits or critic scores).
 *
 * <p>Both methods return a scalar to minimise: the discriminator's loss for its update and the
 * generator's loss for its update. Implementations use numerically stable forms (softplus) so
 * that logits of ±50 and beyond give finite values and gradients.
 */
public interface GanLoss {

    /** The registry name of this loss, e.g. {@code "non-saturating"}. */
    String name();

    /**
     * The discriminator's loss.
     *
     * @param real discriminator outputs on real samples, shape (B) or (B, 1)
     * @param fake discriminator outputs on generated samples, same shape
     * @return a scalar to minimise
     */
    NDArray discriminatorLoss(NDArray real, NDArray fake);

    /**
     * The generator's loss.
     *
     * @param real discriminator outputs on real samples; only read when {@link #generatorNeedsReal()}
     * @param fake discriminator outputs on generated samples
     * @return a scalar to minimise
     */
    NDArray generatorLoss(NDArray real, NDArray fake);

    /** Whether {@link #generatorLoss} reads the real outputs (relativistic losses do). */
    default boolean generatorNeedsReal() {
        return false;
    }
}
