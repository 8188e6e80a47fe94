/**
 * Adversarial losses as pure functions of discriminator outputs: minimax, non-saturating,
 * Wasserstein, least-squares, hinge and the relativistic pair, with one-sided label smoothing.
 */
package org.gan4j.core.loss;
