package org.gan4j.core.loss;

import ai.djl.ndarray.NDArray;

/**
 * The non-saturating GAN loss: D minimises binary cross-entropy, G minimises {@code -E log
 * D(G(z))} = {@code E softplus(-f)}.
 */
public final class NonSaturatingLoss implements GanLoss {

    private final float realTarget;

    /** @param realTarget the target for real samples: 1, or e.g. 0.9 for one-sided label smoothing */
    public NonSaturatingLoss(float realTarget) {
        this.realTarget = realTarget;
    }

    @Override
    public String name() {
        return "non-saturating";
    }

    @Override
    public NDArray discriminatorLoss(NDArray real, NDArray fake) {
        return StableMath.bceWithLogits(real, realTarget).add(StableMath.bceWithLogits(fake, 0f));
    }

    @Override
    public NDArray generatorLoss(NDArray real, NDArray fake) {
        return StableMath.softplus(fake.neg()).mean();
    }
}
