package org.gan4j.core.app;

import org.gan4j.core.app.config.RunConfig;

/**
 * The adversarial loss of a run and its two knobs, for {@link GanSetup.Builder#loss}: for example
 * {@code LossSpec.hinge()} or {@code LossSpec.nonSaturating().withLabelSmoothing(0.1)}.
 *
 * @param name a loss name ({@code org.gan4j.core.loss.Losses#NAMES})
 * @param labelSmoothing one-sided label smoothing in [0, 0.5), for the cross-entropy and least-squares losses
 * @param modeSeeking weight of the mode-seeking regularizer of the generator, 0 for none
 */
public record LossSpec(String name, double labelSmoothing, double modeSeeking) {

    /** @return the non-saturating cross-entropy loss of Goodfellow et al. */
    public static LossSpec nonSaturating() {
        return named("non-saturating");
    }

    /** @return the original minimax cross-entropy loss */
    public static LossSpec minimax() {
        return named("minimax");
    }

    /** @return the hinge loss (SN-GAN, BigGAN) */
    public static LossSpec hinge() {
        return named("hinge");
    }

    /** @return the Wasserstein loss (pair it with a gradient penalty) */
    public static LossSpec wasserstein() {
        return named("wasserstein");
    }

    /** @return the least-squares loss (LSGAN) */
    public static LossSpec leastSquares() {
        return named("least-squares");
    }

    /** @return the relativistic pairing loss (RpGAN, R3GAN) */
    public static LossSpec relativistic() {
        return named("relativistic");
    }

    /** @return the relativistic average loss */
    public static LossSpec relativisticAverage() {
        return named("relativistic-average");
    }

    /**
     * @param name a loss name, checked when the setup is built
     * @return that loss without smoothing or mode seeking
     */
    public static LossSpec named(String name) {
        return new LossSpec(name, 0, 0);
    }

    /** @return this loss with one-sided label smoothing */
    public LossSpec withLabelSmoothing(double smoothing) {
        return new LossSpec(name, smoothing, modeSeeking);
    }

    /** @return this loss with the generator's mode-seeking regularizer at this weight */
    public LossSpec withModeSeeking(double weight) {
        return new LossSpec(name, labelSmoothing, weight);
    }

    RunConfig.Loss toConfig() {
        return new RunConfig.Loss(name, labelSmoothing, modeSeeking);
    }
}
