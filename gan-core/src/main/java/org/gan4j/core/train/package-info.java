/**
 * The adversarial training step: {@link org.gan4j.core.train.GanTrainer} owns the step order,
 * per-step memory scope, frozen-D generator updates, weight averaging and seeding.
 */
package org.gan4j.core.train;
