package org.gan4j.core.condition;

import ai.djl.ndarray.types.Shape;
import java.nio.FloatBuffer;

/** Test fixture: samples of width 1, with the given labels and values (by default, their index). */
public record ListSampleTable(int[] labels, float[] values) implements SampleTable {

    /** @param labels the labels; each sample's value is its index */
    public ListSampleTable(int[] labels) {
        this(labels, indexes(labels.length));
    }

    private static float[] indexes(int n) {
        float[] out = new float[n];
        for (int i = 0; i < n; i++) {
            out[i] = i;
        }
        return out;
    }

    @Override
    public Shape sampleShape() {
        return new Shape(1);
    }

    @Override
    public int size() {
        return labels.length;
    }

    @Override
    public int label(int index) {
        return labels[index];
    }

    @Override
    public void copy(int index, FloatBuffer target) {
        target.put(values[index]);
    }
}
