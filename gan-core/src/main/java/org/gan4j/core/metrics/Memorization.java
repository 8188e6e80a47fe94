package org.gan4j.core.metrics;

import java.util.List;
import java.util.stream.IntStream;

/**
 * Whether a generator copies its training data, measured by nearest-neighbour distances in an
 * evaluator's feature space (in the manner of Meehan et al. 2020 and the "data-copying" tests):
 *
 * <ul>
 *   <li>{@code gen/nn-ratio} = mean over generated samples of the distance to the nearest training
 *       sample, divided by the same mean over real held-out samples. Real unseen data scores about
 *       1; a generator reproducing training samples scores well below 1.
 *   <li>{@code gen/memorized-share} = the share of generated samples closer to their nearest
 *       training sample than any held-out sample is to its own: near-copies no real unseen sample
 *       comes as close as.
 * </ul>
 *
 * @param nnRatio the distance ratio, generated over held-out
 * @param memorizedShare the share of near-copies, in [0, 1]
 * @param generatedDistance the mean nearest-training distance of the generated samples
 * @param heldOutDistance the mean nearest-training distance of the held-out samples
 */
public record Memorization(double nnRatio, double memorizedShare, double generatedDistance, double heldOutDistance) {

    /**
     * @param train feature rows of real training samples (n ≥ 1)
     * @param heldOut feature rows of real held-out samples (n ≥ 1), of the same width
     * @param generated feature rows of generated samples (n ≥ 1), of the same width
     * @return the memorization measures
     * @throws IllegalArgumentException for empty or ragged inputs, naming which
     */
    public static Memorization of(double[][] train, double[][] heldOut, double[][] generated) {
        Features.requireSameWidth(train, "train", heldOut, "heldOut", 1);
        Features.requireSameWidth(train, "train", generated, "generated", 1);
        double[] heldOutNearest = nearest(heldOut, train);
        double[] generatedNearest = nearest(generated, train);
        double threshold = Double.POSITIVE_INFINITY;
        for (double d : heldOutNearest) {
            threshold = Math.min(threshold, d);
        }
        double limit = threshold;
        long copies = java.util.Arrays.stream(generatedNearest).filter(d -> d < limit).count();
        double generatedMean = mean(generatedNearest);
        double heldOutMean = mean(heldOutNearest);
        return new Memorization(heldOutMean == 0 ? Double.NaN : generatedMean / heldOutMean,
                copies / (double) generated.length, generatedMean, heldOutMean);
    }

    /**
     * @param samples how many generated samples were measured
     * @param note provenance
     * @return {@code gen/nn-ratio} and {@code gen/memorized-share}, both better higher / lower as
     *     memorization goes down
     */
    public List<MetricValue> toMetrics(long samples, String note) {
        String distances = String.format("mean nearest-training distance: generated %.4g, held-out %.4g; ",
                generatedDistance, heldOutDistance);
        return List.of(MetricValue.of("gen/nn-ratio", nnRatio, samples, true, distances + note),
                MetricValue.of("gen/memorized-share", memorizedShare, samples, false, note));
    }

    /** @return for each query row, the Euclidean distance to its nearest reference row */
    private static double[] nearest(double[][] queries, double[][] references) {
        return IntStream.range(0, queries.length).parallel().mapToDouble(q -> {
            double best = Double.POSITIVE_INFINITY;
            for (double[] r : references) {
                best = Math.min(best, Features.squaredDistance(queries[q], r));
            }
            return Math.sqrt(best);
        }).toArray();
    }

    private static double mean(double[] x) {
        double s = 0;
        for (double v : x) {
            s += v;
        }
        return s / x.length;
    }
}
