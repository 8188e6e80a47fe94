package org.gan4j.core.loss;

import ai.djl.ndarray.NDArray;
import org.gan4j.core.nn.Scalars;

/**
 * The hinge loss of SAGAN/SNGAN: D minimises {@code E relu(1 - r) + E relu(1 + f)}, G minimises
 * {@code -E f}. The usual partner of spectral normalisation.
 */
public final class HingeLoss implements GanLoss {

    @Override
    public String name() {
        return "hinge";
    }

    @Override
    public NDArray discriminatorLoss(NDArray real, NDArray fake) {
        NDArray realTerm = Scalars.atLeast(real.neg().add(1f), 0).mean();
        return realTerm.add(Scalars.atLeast(fake.add(1f), 0).mean());
    }

    @Override
    public NDArray generatorLoss(NDArray real, NDArray fake) {
        return fake.mean().neg();
    }
}
