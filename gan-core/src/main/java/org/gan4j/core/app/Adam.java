package org.gan4j.core.app;

/**
 * Adam's settings for one network, for {@link GanSetup.Builder#optimizers}: {@code Adam.of(2e-4)}
 * (β₁ 0.5, β₂ 0.999, the DCGAN values) or {@code Adam.of(1e-3).betas(0, 0.9)}.
 *
 * @param learningRate the step size, a finite number &gt; 0
 * @param beta1 the first-moment decay in [0, 1)
 * @param beta2 the second-moment decay in [0, 1)
 */
public record Adam(double learningRate, double beta1, double beta2) {

    /**
     * @param learningRate the step size
     * @return Adam with β₁ 0.5 and β₂ 0.999
     */
    public static Adam of(double learningRate) {
        return new Adam(learningRate, 0.5, 0.999);
    }

    /** @return these settings with other moment decays */
    public Adam betas(double firstMoment, double secondMoment) {
        return new Adam(learningRate, firstMoment, secondMoment);
    }
}
