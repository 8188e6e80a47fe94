package org.gan4j.examples.crossmodal;

import ai.djl.ndarray.NDArray;
import org.gan4j.core.condition.PartnerCheck;
import org.gan4j.text.metrics.Bleu;

/**
 * {@code self-bleu-N} of captions: each caption's sentence BLEU-N against the other captions of
 * its evaluation chunk (the hypothesis is never its own reference); the mean is the chunk's
 * self-BLEU. Higher means less diverse; the real captions' value is the reference. It ignores the
 * partners. Captions shorter than N words still score (BLEU's smoothing), as real ones do.
 */
final class SelfBleuCheck implements PartnerCheck {

    private final GeneratedCaptions captions;
    private final int order;

    /**
     * @param captions the decoder
     * @param order N, the largest n-gram order
     */
    SelfBleuCheck(GeneratedCaptions captions, int order) {
        this.captions = captions;
        this.order = order;
    }

    @Override
    public String name() {
        return "self-bleu-" + order;
    }

    @Override
    public double[] score(NDArray samples, int[] rows) {
        return rows.length < 2 ? new double[rows.length] : Bleu.selfBleuScores(captions.tokens(samples), order);
    }
}
