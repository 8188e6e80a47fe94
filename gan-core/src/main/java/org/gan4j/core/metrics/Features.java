package org.gan4j.core.metrics;

/**
 * Shape checks and the arithmetic the metrics share: moments, dot products, squared distances and
 * argmax. Matrices are row-major {@code double[n][d]}, one sample a row.
 */
final class Features {

    private Features() {}

    /**
     * Checks that {@code rows} is a rectangular n×d matrix of finite values with n ≥ {@code minRows}
     * and d ≥ 1.
     *
     * @param name the argument's name, for the error message
     * @return its width d
     * @throws IllegalArgumentException naming the argument, the offending row and the expected shape
     */
    static int requireMatrix(double[][] rows, String name, int minRows) {
        if (rows == null || rows.length < minRows) {
            throw new IllegalArgumentException(name + " must be an n×d matrix with n ≥ " + minRows + ", got "
                    + (rows == null ? "null" : rows.length + " rows"));
        }
        int width = rows[0] == null ? 0 : rows[0].length;
        if (width == 0) {
            throw new IllegalArgumentException(name + " must be an n×d matrix with d ≥ 1, row 0 is empty");
        }
        for (int i = 0; i < rows.length; i++) {
            double[] row = rows[i];
            if (row == null || row.length != width) {
                throw new IllegalArgumentException(name + " row " + i + " has "
                        + (row == null ? "no" : row.length) + " columns, expected an n×" + width
                        + " matrix (the width of row 0)");
            }
            for (int j = 0; j < width; j++) {
                if (!Double.isFinite(row[j])) {
                    throw new IllegalArgumentException(
                            name + " row " + i + " column " + j + " is " + row[j] + ", expected a finite value");
                }
            }
        }
        return width;
    }

    /**
     * Checks two feature matrices with {@link #requireMatrix} and that they have the same width.
     *
     * @return their common width d
     */
    static int requireSameWidth(double[][] a, String aName, double[][] b, String bName, int minRows) {
        int width = requireMatrix(a, aName, minRows);
        int other = requireMatrix(b, bName, minRows);
        if (other != width) {
            throw new IllegalArgumentException(bName + " is n×" + other + ", expected n×" + width
                    + " (the feature width of " + aName + ")");
        }
        return width;
    }

    /** @return the column means of a checked n×d matrix */
    static double[] mean(double[][] x) {
        double[] mean = new double[x[0].length];
        for (double[] row : x) {
            for (int j = 0; j < mean.length; j++) {
                mean[j] += row[j];
            }
        }
        for (int j = 0; j < mean.length; j++) {
            mean[j] /= x.length;
        }
        return mean;
    }

    /**
     * The unbiased sample covariance {@code Σ (x - mean)(x - mean)ᵀ / (n - 1)}, exactly symmetric.
     *
     * @param x a checked n×d matrix with n ≥ 2
     * @param mean its column means
     * @return the d×d covariance
     */
    static double[][] covariance(double[][] x, double[] mean) {
        int d = mean.length;
        double[][] cov = new double[d][d];
        double[] centred = new double[d];
        for (double[] row : x) {
            for (int j = 0; j < d; j++) {
                centred[j] = row[j] - mean[j];
            }
            for (int i = 0; i < d; i++) {
                double ci = centred[i];
                double[] covRow = cov[i];
                for (int j = i; j < d; j++) {
                    covRow[j] += ci * centred[j];
                }
            }
        }
        for (int i = 0; i < d; i++) {
            for (int j = i; j < d; j++) {
                cov[i][j] /= x.length - 1;
                cov[j][i] = cov[i][j];
            }
        }
        return cov;
    }

    /** @return a·b, summed in four interleaved lanes so the JIT can pipeline the loop */
    static double dot(double[] a, double[] b) {
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int j = 0;
        for (int end = a.length - 3; j < end; j += 4) {
            s0 += a[j] * b[j];
            s1 += a[j + 1] * b[j + 1];
            s2 += a[j + 2] * b[j + 2];
            s3 += a[j + 3] * b[j + 3];
        }
        for (; j < a.length; j++) {
            s0 += a[j] * b[j];
        }
        return (s0 + s1) + (s2 + s3);
    }

    /** @return ‖a - b‖², summed in four interleaved lanes like {@link #dot} */
    static double squaredDistance(double[] a, double[] b) {
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int j = 0;
        for (int end = a.length - 3; j < end; j += 4) {
            double d0 = a[j] - b[j];
            double d1 = a[j + 1] - b[j + 1];
            double d2 = a[j + 2] - b[j + 2];
            double d3 = a[j + 3] - b[j + 3];
            s0 += d0 * d0;
            s1 += d1 * d1;
            s2 += d2 * d2;
            s3 += d3 * d3;
        }
        for (; j < a.length; j++) {
            double diff = a[j] - b[j];
            s0 += diff * diff;
        }
        return (s0 + s1) + (s2 + s3);
    }

    /**
     * The predicted class of each row: the index of its largest score, the first on ties.
     *
     * @param scores n×C class probabilities or logits
     * @param name the argument's name, for the error message
     */
    static int[] argmax(double[][] scores, String name) {
        requireMatrix(scores, name, 1);
        int[] classes = new int[scores.length];
        for (int i = 0; i < scores.length; i++) {
            double[] row = scores[i];
            int best = 0;
            for (int c = 1; c < row.length; c++) {
                if (row[c] > row[best]) {
                    best = c;
                }
            }
            classes[i] = best;
        }
        return classes;
    }
}
