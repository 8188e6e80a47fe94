package org.gan4j.core.loss;

import ai.djl.ndarray.NDArray;

/**
 * The relativistic standard GAN loss (RSGAN, Jolicoeur-Martineau 2018): D judges whether a real
 * sample is more realistic than a paired fake, {@code E softplus(-(r - f))}; G the reverse,
 * {@code E softplus(-(f - r))}.
 */
public final class RelativisticLoss implements GanLoss {

    @Override
    public String name() {
        return "relativistic";
    }

    @Override
    public NDArray discriminatorLoss(NDArray real, NDArray fake) {
        return StableMath.softplus(fake.sub(real)).mean();
    }

    @Override
    public NDArray generatorLoss(NDArray real, NDArray fake) {
        return StableMath.softplus(real.sub(fake)).mean();
    }

    @Override
    public boolean generatorNeedsReal() {
        return true;
    }
}
