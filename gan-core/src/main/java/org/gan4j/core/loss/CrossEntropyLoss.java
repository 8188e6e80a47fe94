package org.gan4j.core.loss;

import ai.djl.ndarray.NDArray;

/**
 * The cross-entropy GAN losses of Goodfellow et al.: D minimises binary cross-entropy (real target
 * 1, or lower with one-sided label smoothing; fake target 0). The generator either minimises
 * {@code E log(1 - D(G(z)))} = {@code -E softplus(f)} (the saturating {@code minimax} form, whose
 * gradient vanishes when D wins) or {@code -E log D(G(z))} = {@code E softplus(-f)} (the usual
 * {@code non-saturating} form).
 */
public final class CrossEntropyLoss implements GanLoss {

    private final boolean saturating;
    private final float realTarget;

    private CrossEntropyLoss(boolean saturating, float realTarget) {
        this.saturating = saturating;
        this.realTarget = realTarget;
    }

    /**
     * @param realTarget the target for real samples: 1, or e.g. 0.9 for one-sided label smoothing
     * @return the original minimax loss
     */
    public static CrossEntropyLoss minimax(float realTarget) {
        return new CrossEntropyLoss(true, realTarget);
    }

    /**
     * @param realTarget the target for real samples: 1, or e.g. 0.9 for one-sided label smoothing
     * @return the non-saturating loss
     */
    public static CrossEntropyLoss nonSaturating(float realTarget) {
        return new CrossEntropyLoss(false, realTarget);
    }

    @Override
    public String name() {
        return saturating ? "minimax" : "non-saturating";
    }

    @Override
    public NDArray discriminatorLoss(NDArray real, NDArray fake) {
        return StableMath.bceWithLogits(real, realTarget).add(StableMath.bceWithLogits(fake, 0f));
    }

    @Override
    public NDArray generatorLoss(NDArray real, NDArray fake) {
        return saturating ? StableMath.softplus(fake).mean().neg() : StableMath.softplus(fake.neg()).mean();
    }
}
