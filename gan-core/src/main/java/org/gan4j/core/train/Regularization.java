package org.gan4j.core.train;

import org.gan4j.core.augment.DiffAugment;

/**
 * What a {@link GanTrainer} does to keep the discriminator in check besides its loss: a gradient
 * penalty in D's update, DiffAugment and instance noise on every batch D sees (real and fake, in
 * both updates; the penalty is taken on the plain samples).
 *
 * @param penalty the gradient penalty
 * @param augment the DiffAugment policy
 * @param noise the instance noise
 */
public record Regularization(GradientPenalty penalty, DiffAugment augment, InstanceNoise noise) {

    /** @return no penalty, no augmentation, no noise */
    public static Regularization none() {
        return new Regularization(GradientPenalty.none(), DiffAugment.parse(""), InstanceNoise.none());
    }
}
