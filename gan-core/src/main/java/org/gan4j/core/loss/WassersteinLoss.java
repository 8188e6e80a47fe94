package org.gan4j.core.loss;

import ai.djl.ndarray.NDArray;

/**
 * The Wasserstein (WGAN) critic loss: the critic minimises {@code E f - E r}, the generator
 * minimises {@code -E f}. Needs a Lipschitz constraint (spectral norm or a gradient penalty).
 */
public final class WassersteinLoss implements GanLoss {

    @Override
    public String name() {
        return "wasserstein";
    }

    @Override
    public NDArray discriminatorLoss(NDArray real, NDArray fake) {
        return fake.mean().sub(real.mean());
    }

    @Override
    public NDArray generatorLoss(NDArray real, NDArray fake) {
        return fake.mean().neg();
    }
}
