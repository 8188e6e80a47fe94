package org.gan4j.core.metrics;

import java.util.List;

/**
 * The histogram of the classes a classifier assigns to unconditional samples: a mode-coverage
 * measure in the manner of Metz et al., "Unrolled Generative Adversarial Networks" (ICLR 2017),
 * which count the modes covered and the KL divergence of the class histogram from uniform:
 *
 * <pre>KL(p ‖ uniform) = Σ_c p_c ln(C · p_c) = ln C - H(p)</pre>
 *
 * <p>in nats, over the C classes with p_c the share of samples predicted as class c (empty
 * classes contribute 0). It is 0 for a uniform histogram and ln C when one class takes all.
 */
public final class ClassHistogram {

    private final int[] counts;
    private final int samples;
    private final int covered;
    private final double klFromUniform;
    private final double topShare;

    private ClassHistogram(int[] counts, int samples) {
        this.counts = counts;
        this.samples = samples;
        int top = 0;
        int nonEmpty = 0;
        double kl = 0;
        for (int count : counts) {
            if (count > 0) {
                nonEmpty++;
                double p = count / (double) samples;
                kl += p * Math.log(counts.length * p);
            }
            top = Math.max(top, count);
        }
        this.covered = nonEmpty;
        this.klFromUniform = kl;
        this.topShare = top / (double) samples;
    }

    /**
     * @param predicted the predicted class of each sample, in [0, classes)
     * @param classes C ≥ 1, the number of classes
     * @return their histogram
     * @throws IllegalArgumentException for no samples, C &lt; 1 or a class out of range (naming the sample)
     */
    public static ClassHistogram of(int[] predicted, int classes) {
        if (classes < 1) {
            throw new IllegalArgumentException("classes must be ≥ 1, got " + classes);
        }
        if (predicted == null || predicted.length == 0) {
            throw new IllegalArgumentException("predicted must hold n ≥ 1 class indices, got none");
        }
        int[] counts = new int[classes];
        for (int i = 0; i < predicted.length; i++) {
            if (predicted[i] < 0 || predicted[i] >= classes) {
                throw new IllegalArgumentException("predicted element " + i + " is " + predicted[i]
                        + ", expected a class index in [0, " + classes + ")");
            }
            counts[predicted[i]]++;
        }
        return new ClassHistogram(counts, predicted.length);
    }

    /**
     * @param scores n×C class probabilities or logits; each sample's class is its argmax
     * @return the histogram of those classes over C classes
     * @throws IllegalArgumentException for an empty or ragged matrix or a non-finite value
     */
    public static ClassHistogram fromScores(double[][] scores) {
        return of(Features.argmax(scores, "scores"), scores[0].length);
    }

    /** @return the count of each class (a copy) */
    public int[] counts() {
        return counts.clone();
    }

    /** @return n, the number of samples */
    public int samples() {
        return samples;
    }

    /** @return how many classes have at least one sample */
    public int covered() {
        return covered;
    }

    /** @return KL(histogram ‖ uniform) in nats */
    public double klFromUniform() {
        return klFromUniform;
    }

    /** @return the share of the samples in the most frequent class */
    public double topShare() {
        return topShare;
    }

    /**
     * @param note provenance; may be empty
     * @return {@code modes-covered} (higher is better), {@code class-kl-uniform} and
     *     {@code top-class-share} (lower is better), each over {@link #samples()}
     */
    public List<MetricValue> toMetrics(String note) {
        return List.of(MetricValue.of("modes-covered", covered, samples, true, note),
                MetricValue.of("class-kl-uniform", klFromUniform, samples, false, note),
                MetricValue.of("top-class-share", topShare, samples, false, note));
    }
}
