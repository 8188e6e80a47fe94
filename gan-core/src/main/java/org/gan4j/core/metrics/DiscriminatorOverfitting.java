package org.gan4j.core.metrics;

import java.util.List;

/**
 * Whether the discriminator memorises its training data (Karras et al. 2020, "Training Generative
 * Adversarial Networks with Limited Data"): {@code d/rt} = E[sign D(x)] over real training samples,
 * ADA's r_t, which creeps towards 1 as D overfits; the same over real held-out samples, {@code
 * d/rt-heldout}; and {@code d/heldout-gap}, D's accuracy on training reals minus its accuracy on
 * held-out reals (accuracy = the share with D(x) &gt; 0, so the gap is half the difference of the
 * r_t values). A D that generalises scores both sets alike; a growing gap means it recognises the
 * training samples themselves.
 *
 * @param rtTrain E[sign D(x)] on training reals, in [-1, 1]
 * @param rtHeldOut E[sign D(x)] on held-out reals, in [-1, 1]
 * @param accuracyGap accuracy on training reals minus accuracy on held-out reals, in [-1, 1]
 */
public record DiscriminatorOverfitting(double rtTrain, double rtHeldOut, double accuracyGap) {

    /**
     * @param trainScores D's outputs (logits or critic values) on real training samples, n ≥ 1
     * @param heldOutScores D's outputs on real held-out samples, n ≥ 1
     * @return the overfitting measures
     * @throws IllegalArgumentException for an empty side
     */
    public static DiscriminatorOverfitting of(float[] trainScores, float[] heldOutScores) {
        if (trainScores.length == 0 || heldOutScores.length == 0) {
            throw new IllegalArgumentException("D-overfitting needs scores on at least one training and one held-out"
                    + " sample, got " + trainScores.length + " and " + heldOutScores.length);
        }
        double train = meanSign(trainScores);
        double heldOut = meanSign(heldOutScores);
        return new DiscriminatorOverfitting(train, heldOut, (accuracy(trainScores) - accuracy(heldOutScores)));
    }

    /**
     * @param samples real samples per side
     * @param note provenance
     * @return {@code d/rt}, {@code d/rt-heldout} and {@code d/heldout-gap}
     */
    public List<MetricValue> toMetrics(long samples, String note) {
        return List.of(MetricValue.of("d/rt", rtTrain, samples, false, note),
                MetricValue.of("d/rt-heldout", rtHeldOut, samples, false, note),
                MetricValue.of("d/heldout-gap", accuracyGap, samples, false, note));
    }

    private static double meanSign(float[] x) {
        double s = 0;
        for (float v : x) {
            s += Math.signum(v);
        }
        return s / x.length;
    }

    private static double accuracy(float[] x) {
        long positive = 0;
        for (float v : x) {
            if (v > 0) {
                positive++;
            }
        }
        return positive / (double) x.length;
    }
}
