package org.gan4j.core.loss;

import ai.djl.ndarray.NDArray;

/**
 * The original (saturating) minimax loss of Goodfellow et al.: D minimises binary cross-entropy,
 * G minimises {@code E log(1 - D(G(z)))}. Kept for completeness; its generator gradient vanishes
 * when D wins, which is why {@link NonSaturatingLoss} is the usual choice.
 */
public final class MinimaxLoss implements GanLoss {

    private final float realTarget;

    /** @param realTarget the target for real samples: 1, or e.g. 0.9 for one-sided label smoothing */
    public MinimaxLoss(float realTarget) {
        this.realTarget = realTarget;
    }

    @Override
    public String name() {
        return "minimax";
    }

    @Override
    public NDArray discriminatorLoss(NDArray real, NDArray fake) {
        return StableMath.bceWithLogits(real, realTarget).add(StableMath.bceWithLogits(fake, 0f));
    }

    @Override
    public NDArray generatorLoss(NDArray real, NDArray fake) {
        // log(1 - sigmoid(f)) = -softplus(f)
        return StableMath.softplus(fake).mean().neg();
    }
}
