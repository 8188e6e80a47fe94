package org.gan4j.core.loss;

import ai.djl.ndarray.NDArray;

/**
 * The relativistic average GAN loss (RaSGAN): each output is compared with the mean output of the
 * other side. D minimises {@code E softplus(-(r - E f)) + E softplus(f - E r)}; G the same with
 * the roles of real and fake exchanged.
 */
public final class RelativisticAverageLoss implements GanLoss {

    @Override
    public String name() {
        return "relativistic-average";
    }

    @Override
    public NDArray discriminatorLoss(NDArray real, NDArray fake) {
        return pairLoss(real, fake);
    }

    @Override
    public NDArray generatorLoss(NDArray real, NDArray fake) {
        return pairLoss(fake, real);
    }

    /** The loss of a side that should look "more real" ({@code up}) than the other ({@code down}). */
    private static NDArray pairLoss(NDArray up, NDArray down) {
        NDArray upTerm = StableMath.softplus(up.sub(down.mean()).neg()).mean();
        NDArray downTerm = StableMath.softplus(down.sub(up.mean())).mean();
        return upTerm.add(downTerm);
    }

    @Override
    public boolean generatorNeedsReal() {
        return true;
    }
}
