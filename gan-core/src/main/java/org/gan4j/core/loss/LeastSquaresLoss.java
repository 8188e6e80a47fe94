package org.gan4j.core.loss;

import ai.djl.ndarray.NDArray;
import org.gan4j.core.nn.Scalars;

/**
 * The least-squares loss (LSGAN, targets a=0, b=c=1): D minimises {@code ½E(r-b)² + ½E f²}, G
 * minimises {@code ½E(f-1)²}. With label smoothing, {@code b} is the smoothed real target.
 */
public final class LeastSquaresLoss implements GanLoss {

    private final float realTarget;

    /** @param realTarget the target for real samples: 1, or e.g. 0.9 for one-sided label smoothing */
    public LeastSquaresLoss(float realTarget) {
        this.realTarget = realTarget;
    }

    @Override
    public String name() {
        return "least-squares";
    }

    @Override
    public NDArray discriminatorLoss(NDArray real, NDArray fake) {
        return Scalars.times(real.sub(realTarget).square().mean().add(fake.square().mean()), 0.5);
    }

    @Override
    public NDArray generatorLoss(NDArray real, NDArray fake) {
        return Scalars.times(fake.sub(1f).square().mean(), 0.5);
    }
}
