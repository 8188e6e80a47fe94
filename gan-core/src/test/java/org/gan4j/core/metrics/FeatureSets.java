package org.gan4j.core.metrics;

import java.util.Random;

/** Test fixture: feature sets drawn from shifted standard normals. */
final class FeatureSets {

    private FeatureSets() {}

    /** @return n rows of d features, each {@code shift + N(0, 1)} */
    static double[][] gaussian(Random random, int n, int d, double shift) {
        double[][] x = new double[n][d];
        for (double[] row : x) {
            for (int j = 0; j < d; j++) {
                row[j] = shift + random.nextGaussian();
            }
        }
        return x;
    }
}
