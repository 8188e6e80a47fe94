package org.gan4j.core.metrics;

import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * The Kernel Inception Distance of Bińkowski et al., "Demystifying MMD GANs" (ICLR 2018): the
 * unbiased estimate of the squared maximum mean discrepancy with the polynomial kernel
 * k(x, y) = (x·y / d + 1)³,
 *
 * <pre>MMD²ᵤ = Σ_{i≠j} k(xᵢ, xⱼ) / (m(m-1)) + Σ_{i≠j} k(yᵢ, yⱼ) / (m(m-1)) - 2 Σ_{i,j} k(xᵢ, yⱼ) / m²</pre>
 *
 * <p>averaged over random subsets of m = min(subset size, n₁, n₂) rows of each set, drawn without
 * replacement from a seeded generator; the result is the mean and population standard deviation
 * over the subsets. When both sets fit in one subset every subset would be the same, so one is
 * computed. Lower is better; the estimate is unbiased, so it can be slightly negative. The cost
 * is O(subsets · m² · d): about half a minute for the defaults at d = 512 on two cores.
 */
public final class KernelInceptionDistance {

    /** The subset size of the reference implementation. */
    public static final int DEFAULT_SUBSET_SIZE = 1000;

    /** The number of subsets of the reference implementation. */
    public static final int DEFAULT_SUBSETS = 100;

    private KernelInceptionDistance() {}

    /**
     * @return {@link #compute(double[][], double[][], int, int, long)} with the default subset size
     *     and count and seed 0
     */
    public static Score compute(double[][] real, double[][] generated) {
        return compute(real, generated, DEFAULT_SUBSET_SIZE, DEFAULT_SUBSETS, 0L);
    }

    /**
     * @param real an n₁×d feature matrix, n₁ ≥ 2
     * @param generated an n₂×d feature matrix, n₂ ≥ 2
     * @param subsetSize the largest subset size, ≥ 2
     * @param subsets how many subsets, ≥ 1
     * @param seed the seed of the subset draws
     * @return the mean and population standard deviation of MMD²ᵤ over the subsets
     * @throws IllegalArgumentException for fewer than 2 rows, a ragged matrix, a non-finite value,
     *     mismatched widths or a bad subset size or count
     */
    public static Score compute(double[][] real, double[][] generated, int subsetSize, int subsets, long seed) {
        int d = Features.requireSameWidth(real, "real", generated, "generated", 2);
        if (subsetSize < 2) {
            throw new IllegalArgumentException("subsetSize must be ≥ 2, got " + subsetSize);
        }
        if (subsets < 1) {
            throw new IllegalArgumentException("subsets must be ≥ 1, got " + subsets);
        }
        int m = Math.min(subsetSize, Math.min(real.length, generated.length));
        int count = m == real.length && m == generated.length ? 1 : subsets;
        SplittableRandom random = new SplittableRandom(seed);
        double[][][] xs = new double[count][][];
        double[][][] ys = new double[count][][];
        for (int s = 0; s < count; s++) {
            xs[s] = subset(generated, m, random);
            ys[s] = subset(real, m, random);
        }
        double[] mmd = new double[count];
        IntStream.range(0, count).parallel().forEach(s -> mmd[s] = unbiasedMmd2(xs[s], ys[s], d));
        return Score.of(mmd);
    }

    /** MMD²ᵤ between two m-row sets, as in the class comment. */
    private static double unbiasedMmd2(double[][] x, double[][] y, int d) {
        int m = x.length;
        double within = 2 * (offDiagonalHalfSum(x, d) + offDiagonalHalfSum(y, d));
        double across = 0;
        for (double[] xi : x) {
            for (double[] yj : y) {
                across += kernel(xi, yj, d);
            }
        }
        return within / ((double) m * (m - 1)) - 2 * across / ((double) m * m);
    }

    /** @return Σ_{i<j} k(xᵢ, xⱼ) */
    private static double offDiagonalHalfSum(double[][] x, int d) {
        double sum = 0;
        for (int i = 0; i < x.length; i++) {
            for (int j = i + 1; j < x.length; j++) {
                sum += kernel(x[i], x[j], d);
            }
        }
        return sum;
    }

    private static double kernel(double[] a, double[] b, int d) {
        double t = Features.dot(a, b) / d + 1;
        return t * t * t;
    }

    /** @return m rows of {@code rows} drawn without replacement (a partial Fisher–Yates shuffle) */
    private static double[][] subset(double[][] rows, int m, SplittableRandom random) {
        int[] order = IntStream.range(0, rows.length).toArray();
        double[][] picked = new double[m][];
        for (int i = 0; i < m; i++) {
            int j = i + random.nextInt(rows.length - i);
            int swap = order[i];
            order[i] = order[j];
            order[j] = swap;
            picked[i] = rows[order[i]];
        }
        return picked;
    }
}
