/**
 * Differentiable augmentation (DiffAugment, Zhao et al. 2020) of the discriminator's inputs: pure
 * tensor operations on batches laid out (B, C, spatial...), so one policy serves images (NCHW) and
 * waveforms (NCW) alike; {@link org.gan4j.core.augment.DiffAugment} parses a policy by name.
 */
package org.gan4j.core.augment;
