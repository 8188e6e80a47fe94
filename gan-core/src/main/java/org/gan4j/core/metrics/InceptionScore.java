package org.gan4j.core.metrics;

/**
 * The Inception Score of Salimans et al., "Improved Techniques for Training GANs" (NeurIPS 2016):
 *
 * <pre>IS = exp( E_x KL( p(y|x) ‖ p(y) ) ),   p(y) = E_x p(y|x)</pre>
 *
 * <p>computed, as in the original code, on k consecutive splits that use every row: split s holds
 * rows ⌊s·n/k⌋ to ⌊(s+1)·n/k⌋ - 1 (sizes differ by at most one), with p(y) the split's mean
 * prediction; the result is the mean and
 * population standard deviation of the k split scores. It lies in [1, C] for C classes; higher is
 * better. Logarithms take {@code x + 1e-12} so that zero probabilities contribute nothing.
 */
public final class InceptionScore {

    /** The number of splits of the original code. */
    public static final int DEFAULT_SPLITS = 10;

    /** How far a row's sum may be from 1, allowing for float32 softmax outputs. */
    private static final double SUM_TOLERANCE = 1e-3;

    private static final double EPS = 1e-12;

    private InceptionScore() {}

    /** @return {@link #compute(double[][], int)} with {@value #DEFAULT_SPLITS} splits */
    public static Score compute(double[][] probabilities) {
        return compute(probabilities, DEFAULT_SPLITS);
    }

    /**
     * @param probabilities n×C class probabilities p(y|x) of the generated samples, each row
     *     non-negative and summing to 1
     * @param splits k ≥ 1, at most n
     * @return the mean and population standard deviation of the split scores
     * @throws IllegalArgumentException for an empty or ragged matrix, a row that is not a
     *     probability distribution (naming the row), or n &lt; k
     */
    public static Score compute(double[][] probabilities, int splits) {
        int classes = requireProbabilities(probabilities);
        if (splits < 1) {
            throw new IllegalArgumentException("splits must be ≥ 1, got " + splits);
        }
        int n = probabilities.length;
        if (n < splits) {
            throw new IllegalArgumentException("probabilities has " + n + " rows, expected an n×" + classes
                    + " matrix with n ≥ splits = " + splits);
        }
        double[] scores = new double[splits];
        for (int s = 0; s < splits; s++) {
            int from = (int) ((long) s * n / splits);
            int to = (int) ((long) (s + 1) * n / splits);
            int size = to - from;
            double[] marginal = new double[classes];
            for (int i = from; i < to; i++) {
                for (int c = 0; c < classes; c++) {
                    marginal[c] += probabilities[i][c] / size;
                }
            }
            double kl = 0;
            for (int i = from; i < to; i++) {
                for (int c = 0; c < classes; c++) {
                    double p = probabilities[i][c];
                    kl += p * (Math.log(p + EPS) - Math.log(marginal[c] + EPS));
                }
            }
            scores[s] = Math.exp(kl / size);
        }
        return Score.of(scores);
    }

    private static int requireProbabilities(double[][] probabilities) {
        int classes = Features.requireMatrix(probabilities, "probabilities", 1);
        for (int i = 0; i < probabilities.length; i++) {
            double sum = 0;
            for (int c = 0; c < classes; c++) {
                double p = probabilities[i][c];
                if (p < 0) {
                    throw new IllegalArgumentException("probabilities row " + i + " column " + c + " is " + p
                            + ", expected non-negative class probabilities");
                }
                sum += p;
            }
            if (Math.abs(sum - 1) > SUM_TOLERANCE) {
                throw new IllegalArgumentException("probabilities row " + i + " sums to " + sum
                        + ", expected 1 ± " + SUM_TOLERANCE + " (class probabilities, e.g. softmax outputs)");
            }
        }
        return classes;
    }
}
