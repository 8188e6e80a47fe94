package org.gan4j.core.train;

import ai.djl.ndarray.NDArray;

/**
 * Instance noise (Sønderby et al. 2017; Arjovsky and Bottou 2017): Gaussian noise added to every
 * sample the discriminator sees, real and fake, with a standard deviation that falls linearly from
 * {@code std} at step 0 to 0 at step {@code annealSteps} (or stays at {@code std} when
 * {@code annealSteps} is 0).
 *
 * @param std the initial standard deviation, ≥ 0; 0 turns the noise off
 * @param annealSteps the steps over which it falls to 0, ≥ 0; 0 keeps it constant
 */
public record InstanceNoise(float std, long annealSteps) {

    /** Checks the ranges, naming the fields. */
    public InstanceNoise {
        if (!(std >= 0 && Float.isFinite(std))) {
            throw new IllegalArgumentException("stabilize.instanceNoise = " + std + " is invalid: expected a finite number ≥ 0");
        }
        if (annealSteps < 0) {
            throw new IllegalArgumentException("stabilize.instanceNoiseSteps = " + annealSteps + " is invalid: expected ≥ 0");
        }
    }

    /** @return no noise */
    public static InstanceNoise none() {
        return new InstanceNoise(0f, 0);
    }

    /**
     * @param step the training step
     * @return the standard deviation at that step
     */
    public float stdAt(long step) {
        if (annealSteps == 0) {
            return std;
        }
        return std * (float) Math.max(0.0, 1.0 - step / (double) annealSteps);
    }

    /**
     * @param samples a batch
     * @param step the training step
     * @return the batch plus noise of {@link #stdAt}'s deviation, or the batch itself when it is 0
     */
    public NDArray apply(NDArray samples, long step) {
        float s = stdAt(step);
        if (s == 0f) {
            return samples;
        }
        return samples.add(samples.getManager().randomNormal(0f, s, samples.getShape(), samples.getDataType()));
    }
}
