package org.gan4j.core.nn;

/**
 * A generator block whose forward pass returns, after its samples, a scalar penalty (already
 * weighted) that the trainer adds to the generator's loss, e.g. the KL term of conditioning
 * augmentation. Only the samples, the first output, are used when sampling.
 */
public interface PenalizedGenerator {}
