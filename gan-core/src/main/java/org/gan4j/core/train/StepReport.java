package org.gan4j.core.train;

/**
 * What one training step produced: plain numbers only, so listeners never hold native memory.
 *
 * @param step the number of generator steps completed (1 after the first step)
 * @param discriminatorLoss the last discriminator loss of the step, its gradient penalty included
 * @param discriminatorPenalty the gradient penalty's part of {@code discriminatorLoss}, 0 without one
 * @param generatorLoss the generator loss
 * @param learningRateGenerator the generator's learning rate
 * @param learningRateDiscriminator the discriminator's learning rate
 * @param nanos wall time of the step in nanoseconds
 */
public record StepReport(
        long step,
        float discriminatorLoss,
        float discriminatorPenalty,
        float generatorLoss,
        float learningRateGenerator,
        float learningRateDiscriminator,
        long nanos) {

    /** @return the discriminator's adversarial loss alone, without its gradient penalty */
    public float adversarialDiscriminatorLoss() {
        return discriminatorLoss - discriminatorPenalty;
    }

    /** @return whether both losses are finite numbers */
    public boolean finite() {
        return Float.isFinite(discriminatorLoss) && Float.isFinite(generatorLoss);
    }
}
