package org.gan4j.core.metrics;

/**
 * A metric measured over several splits or subsets.
 *
 * @param mean the mean over the splits
 * @param std the population standard deviation over the splits ({@code 0} for a single split)
 */
public record Score(double mean, double std) {

    /** @return the mean and population standard deviation of {@code values}, which is non-empty */
    static Score of(double[] values) {
        double mean = 0;
        for (double v : values) {
            mean += v;
        }
        mean /= values.length;
        double variance = 0;
        for (double v : values) {
            variance += (v - mean) * (v - mean);
        }
        return new Score(mean, Math.sqrt(variance / values.length));
    }

    /**
     * @param name the metric's name, e.g. {@code kid}
     * @param samples how many generated samples it used
     * @param higherIsBetter the metric's direction
     * @param note provenance; may be empty
     * @return this score as a {@link MetricValue} with its standard deviation
     */
    public MetricValue toMetric(String name, long samples, boolean higherIsBetter, String note) {
        return new MetricValue(name, mean, std, samples, higherIsBetter, note);
    }
}
