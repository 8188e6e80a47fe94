package org.gan4j.core.metrics;

/**
 * For class-conditional generators: the share of samples that a classifier assigns to the class
 * they were generated for, as in the AC-GAN evaluation of Odena et al., "Conditional Image
 * Synthesis with Auxiliary Classifier GANs" (ICML 2017). Higher is better.
 */
public final class ClassAccuracy {

    private ClassAccuracy() {}

    /**
     * @param predicted the predicted class of each sample
     * @param requested the class each sample was generated for, same length n ≥ 1
     * @return the share of samples with {@code predicted[i] == requested[i]}
     * @throws IllegalArgumentException for no samples or different lengths
     */
    public static double of(int[] predicted, int[] requested) {
        if (predicted == null || predicted.length == 0) {
            throw new IllegalArgumentException("predicted must hold n ≥ 1 class indices, got none");
        }
        if (requested == null || requested.length != predicted.length) {
            throw new IllegalArgumentException("requested must hold n = " + predicted.length
                    + " class indices (one per prediction), got " + (requested == null ? "none" : requested.length));
        }
        int hits = 0;
        for (int i = 0; i < predicted.length; i++) {
            if (predicted[i] == requested[i]) {
                hits++;
            }
        }
        return hits / (double) predicted.length;
    }

    /**
     * @param scores n×C class probabilities or logits; each sample's class is its argmax
     * @param requested the class each sample was generated for, length n
     * @return {@link #of(int[], int[])} of the argmax classes
     * @throws IllegalArgumentException for an empty or ragged matrix, a non-finite value or a
     *     length mismatch
     */
    public static double fromScores(double[][] scores, int[] requested) {
        return of(Features.argmax(scores, "scores"), requested);
    }
}
