package org.gan4j.examples.crossmodal;

import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * Turns raw image measurements into attribute levels with per-class cut points fitted on the
 * training images: a column with k levels is cut at its class's k-quantiles (tertiles for 3 levels,
 * the median for 2), so each class's own spread decides what counts as e.g. bold or wide.
 */
final class AttributeScale {

    private final int[] levels;
    /** cuts[c][j] = the k − 1 ascending cut points of column j for class c. */
    private final double[][][] cuts;

    private AttributeScale(int[] levels, double[][][] cuts) {
        this.levels = levels;
        this.cuts = cuts;
    }

    /**
     * @param measurements each training image's measurements, one value per column
     * @param labels their classes in [0, classes)
     * @param classes the number of classes
     * @param levels the number of levels of each column, at least 2
     * @return the scale
     * @throws IllegalArgumentException if a class has no image
     */
    static AttributeScale fit(double[][] measurements, int[] labels, int classes, int[] levels) {
        double[][][] cuts = new double[classes][levels.length][];
        for (int c = 0; c < classes; c++) {
            int label = c;
            int[] own = IntStream.range(0, labels.length).filter(i -> labels[i] == label).toArray();
            if (own.length == 0) {
                throw new IllegalArgumentException("no training image of class " + c
                        + " to fit the attribute scale on");
            }
            for (int j = 0; j < levels.length; j++) {
                int column = j;
                double[] sorted = Arrays.stream(own).mapToDouble(i -> measurements[i][column]).sorted().toArray();
                cuts[c][j] = IntStream.range(1, levels[j]).mapToDouble(q -> sorted[q * sorted.length / levels[column]])
                        .toArray();
            }
        }
        return new AttributeScale(levels.clone(), cuts);
    }

    /**
     * @param measurements an image's measurements
     * @param label its class
     * @return its level in each column: the number of that column's cut points at or below the value
     */
    int[] levels(double[] measurements, int label) {
        int[] out = new int[levels.length];
        for (int j = 0; j < levels.length; j++) {
            for (double cut : cuts[label][j]) {
                out[j] += measurements[j] >= cut ? 1 : 0;
            }
        }
        return out;
    }
}
