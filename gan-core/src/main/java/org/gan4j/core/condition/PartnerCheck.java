package org.gan4j.core.condition;

import ai.djl.ndarray.NDArray;

/**
 * A modality-specific check of generated samples against the source partners they were made from,
 * beyond the class, e.g. whether a digit drawn from "a bold slanted seven" is bold and slanted.
 * {@link CrossModalEvaluator} reports its mean score for the right partners, for real held-out
 * samples with their own partners (the reference) and for shuffled partners (the lower bound).
 */
public interface PartnerCheck {

    /** @return the metric name, e.g. {@code attribute-accuracy} */
    String name();

    /**
     * @param samples target samples (B, sample shape...)
     * @param rows the embedding row of each sample's partner
     * @return a score in [0, 1] per sample
     */
    double[] score(NDArray samples, int[] rows);
}
