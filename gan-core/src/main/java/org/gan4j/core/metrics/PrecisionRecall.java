package org.gan4j.core.metrics;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Precision and recall with k-NN manifolds, from Kynkäänniemi et al., "Improved Precision and
 * Recall Metric for Assessing Generative Models" (NeurIPS 2019). A set's manifold is the union of
 * balls around its samples, each with the radius of the distance to the sample's k-th nearest
 * other sample of the set:
 *
 * <pre>precision = share of generated samples inside the real manifold
 * recall    = share of real samples inside the generated manifold</pre>
 *
 * <p>Both lie in [0, 1]; higher is better. Distances are squared Euclidean, computed exactly in
 * O(n²·d) time and O(n) memory, which suits n up to about 10,000.
 *
 * @param precision the share of generated samples within the real manifold
 * @param recall the share of real samples within the generated manifold
 */
public record PrecisionRecall(double precision, double recall) {

    /** The neighbourhood size of the paper. */
    public static final int DEFAULT_K = 3;

    /** @return {@link #of(double[][], double[][], int)} with k = {@value #DEFAULT_K} */
    public static PrecisionRecall of(double[][] real, double[][] generated) {
        return of(real, generated, DEFAULT_K);
    }

    /**
     * @param real an n₁×d feature matrix, n₁ &gt; k
     * @param generated an n₂×d feature matrix, n₂ &gt; k
     * @param k the neighbourhood size, ≥ 1
     * @return precision and recall
     * @throws IllegalArgumentException for k &lt; 1, at most k rows, a ragged matrix, a non-finite
     *     value or mismatched widths
     */
    public static PrecisionRecall of(double[][] real, double[][] generated, int k) {
        if (k < 1) {
            throw new IllegalArgumentException("k must be ≥ 1, got " + k);
        }
        Features.requireSameWidth(real, "real", generated, "generated", k + 1);
        double precision = insideShare(generated, real, kthNeighbourRadii(real, k));
        double recall = insideShare(real, generated, kthNeighbourRadii(generated, k));
        return new PrecisionRecall(precision, recall);
    }

    /**
     * @param samples how many generated samples they used
     * @param note provenance; may be empty
     * @return {@code precision} and {@code recall}, both higher-is-better
     */
    public List<MetricValue> toMetrics(long samples, String note) {
        return List.of(MetricValue.of("precision", precision, samples, true, note),
                MetricValue.of("recall", recall, samples, true, note));
    }

    /** @return for each row, the squared distance to its k-th nearest other row */
    private static double[] kthNeighbourRadii(double[][] x, int k) {
        return IntStream.range(0, x.length).parallel().mapToDouble(i -> {
            double[] nearest = new double[k];
            Arrays.fill(nearest, Double.POSITIVE_INFINITY);
            for (int j = 0; j < x.length; j++) {
                if (j == i) {
                    continue;
                }
                double distance = Features.squaredDistance(x[i], x[j]);
                if (distance < nearest[k - 1]) {
                    int at = k - 1;
                    while (at > 0 && nearest[at - 1] > distance) {
                        nearest[at] = nearest[at - 1];
                        at--;
                    }
                    nearest[at] = distance;
                }
            }
            return nearest[k - 1];
        }).toArray();
    }

    /** @return the share of {@code queries} within the squared radius of some row of {@code manifold} */
    private static double insideShare(double[][] queries, double[][] manifold, double[] radii) {
        long inside = IntStream.range(0, queries.length).parallel().filter(q -> {
            for (int i = 0; i < manifold.length; i++) {
                if (Features.squaredDistance(queries[q], manifold[i]) <= radii[i]) {
                    return true;
                }
            }
            return false;
        }).count();
        return inside / (double) queries.length;
    }
}
