package org.gan4j.core.eval;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.gan4j.core.metrics.ClassAccuracy;

/**
 * What an evaluator's classifier says about n samples, one row each, with the class each sample
 * belongs to (real samples) or was generated for (class-conditional samples) when known. The arrays
 * are shared, not copied; treat them as immutable.
 *
 * @param features n × f penultimate features
 * @param probabilities n × k class probabilities
 * @param labels the n known classes, or {@code null} when unknown
 */
public record Predictions(double[][] features, double[][] probabilities, int[] labels) {

    /** @return n, the number of samples */
    public int size() {
        return features.length;
    }

    /**
     * @param classes the known class of each sample
     * @return these predictions with those labels
     */
    public Predictions withLabels(int[] classes) {
        return new Predictions(features, probabilities, classes);
    }

    /**
     * @param count how many rows to keep
     * @return the first {@code count} rows, or these predictions if there are no more
     */
    public Predictions first(int count) {
        return count >= size() ? this : new Predictions(Arrays.copyOf(features, count),
                Arrays.copyOf(probabilities, count), labels == null ? null : Arrays.copyOf(labels, count));
    }

    /**
     * @return the share of samples whose most probable class is their label
     * @throws IllegalStateException if the labels are unknown
     */
    public double accuracy() {
        if (labels == null) {
            throw new IllegalStateException("accuracy needs the samples' labels, and these predictions have none");
        }
        return ClassAccuracy.fromScores(probabilities, labels);
    }

    /** @return the rows of {@code parts}, in order; labelled only if every part is */
    public static Predictions concat(List<Predictions> parts) {
        boolean labelled = parts.stream().allMatch(p -> p.labels != null);
        return new Predictions(
                parts.stream().flatMap(p -> Stream.of(p.features)).toArray(double[][]::new),
                parts.stream().flatMap(p -> Stream.of(p.probabilities)).toArray(double[][]::new),
                labelled ? parts.stream().flatMapToInt(p -> Arrays.stream(p.labels)).toArray() : null);
    }
}
