package org.gan4j.core.metrics;

/**
 * One measured metric with what it was measured on.
 *
 * @param name the metric's name, e.g. {@code fid} or {@code modes-covered}
 * @param value the value (a mean where {@code std} is given)
 * @param std the standard deviation over splits, or {@code NaN} when not applicable
 * @param samples how many generated samples it used
 * @param higherIsBetter the metric's direction, used to pick the best checkpoint
 * @param note provenance, e.g. the evaluator hash or the real reference value; may be empty
 */
public record MetricValue(
        String name, double value, double std, long samples, boolean higherIsBetter, String note) {

    /**
     * A single value without a standard deviation.
     *
     * @return {@code new MetricValue(name, value, NaN, samples, higherIsBetter, note)}
     */
    public static MetricValue of(String name, double value, long samples, boolean higherIsBetter, String note) {
        return new MetricValue(name, value, Double.NaN, samples, higherIsBetter, note);
    }

    /** @return whether {@code this} is better than {@code other} */
    public boolean betterThan(MetricValue other) {
        return higherIsBetter ? value > other.value : value < other.value;
    }
}
