package org.gan4j.core.metrics;

/**
 * The mean and unbiased covariance of a feature set: what the {@link FrechetDistance} needs, so a
 * real reference can be computed once and cached. The arrays are shared, not copied; treat them
 * as immutable.
 *
 * @param mean the d column means
 * @param covariance the d×d symmetric covariance
 */
public record GaussianStatistics(double[] mean, double[][] covariance) {

    /** How far from symmetric a covariance may be, relative to its largest entry. */
    private static final double SYMMETRY_TOLERANCE = 1e-6;

    /**
     * @throws IllegalArgumentException unless {@code mean} is a non-empty finite vector of length d
     *     and {@code covariance} a finite, symmetric d×d matrix
     */
    public GaussianStatistics {
        if (mean == null || mean.length == 0) {
            throw new IllegalArgumentException("mean must be a vector of length d ≥ 1, got "
                    + (mean == null ? "null" : "an empty one"));
        }
        for (int j = 0; j < mean.length; j++) {
            if (!Double.isFinite(mean[j])) {
                throw new IllegalArgumentException("mean element " + j + " is " + mean[j] + ", expected a finite value");
            }
        }
        int d = mean.length;
        int width = Features.requireMatrix(covariance, "covariance", d);
        if (covariance.length != d || width != d) {
            throw new IllegalArgumentException("covariance is " + covariance.length + "×" + width + ", expected "
                    + d + "×" + d + " (the length of mean)");
        }
        double largest = 0;
        for (double[] row : covariance) {
            for (double v : row) {
                largest = Math.max(largest, Math.abs(v));
            }
        }
        for (int i = 0; i < d; i++) {
            for (int j = i + 1; j < d; j++) {
                if (Math.abs(covariance[i][j] - covariance[j][i]) > SYMMETRY_TOLERANCE * largest) {
                    throw new IllegalArgumentException("covariance is not symmetric at (" + i + ", " + j + "): "
                            + covariance[i][j] + " vs " + covariance[j][i] + ", expected a symmetric d×d matrix");
                }
            }
        }
    }

    /**
     * @param features an n×d matrix, n ≥ 2
     * @return its mean and unbiased (n - 1) covariance
     * @throws IllegalArgumentException for fewer than 2 rows, a ragged matrix or a non-finite value
     */
    public static GaussianStatistics of(double[][] features) {
        return of(features, "features");
    }

    static GaussianStatistics of(double[][] features, String name) {
        Features.requireMatrix(features, name, 2);
        double[] mean = Features.mean(features);
        return new GaussianStatistics(mean, Features.covariance(features, mean));
    }

    /** @return d, the feature width */
    public int dimension() {
        return mean.length;
    }
}
