package org.gan4j.text.model;

/**
 * Maximum-likelihood training settings.
 *
 * @param steps the number of Adam steps
 * @param batchSize the sequences per step
 * @param learningRate Adam's step size
 */
public record MleSettings(long steps, int batchSize, float learningRate) {

    /** Validates the settings. */
    public MleSettings {
        if (steps < 0 || batchSize < 1 || !(learningRate > 0)) {
            throw new IllegalArgumentException("MLE settings need steps ≥ 0, batchSize ≥ 1 and learningRate > 0; got "
                    + steps + ", " + batchSize + ", " + learningRate);
        }
    }
}
