package org.gan4j.core.condition;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;

/**
 * Per-dimension standardisation of embeddings, fitted on the training rows and applied to every
 * split alike: a pretrained encoder's raw outputs can be tens of units wide, which makes the
 * projection discriminator's {@code <W e, h>} term dwarf its other logit at the start.
 */
public final class EmbeddingScale {

    private final double[] mean;
    private final double[] std;

    private EmbeddingScale(double[] mean, double[] std) {
        this.mean = mean;
        this.std = std;
    }

    private static float[] floats(double[] values) {
        float[] out = new float[values.length];
        for (int j = 0; j < values.length; j++) {
            out[j] = (float) values[j];
        }
        return out;
    }

    /** @return the width of the embeddings it was fitted on */
    public int dim() {
        return mean.length;
    }

    /**
     * @param rows training embeddings, at least one, all of one width
     * @return the scale; a constant dimension keeps its spread of 1
     */
    public static EmbeddingScale fit(float[][] rows) {
        int dim = rows[0].length;
        double[] mean = new double[dim];
        double[] std = new double[dim];
        for (float[] row : rows) {
            for (int j = 0; j < dim; j++) {
                mean[j] += row[j];
            }
        }
        for (int j = 0; j < dim; j++) {
            mean[j] /= rows.length;
        }
        for (float[] row : rows) {
            for (int j = 0; j < dim; j++) {
                std[j] += (row[j] - mean[j]) * (row[j] - mean[j]);
            }
        }
        for (int j = 0; j < dim; j++) {
            std[j] = Math.sqrt(std[j] / rows.length);
            std[j] = std[j] > 1e-12 ? std[j] : 1;
        }
        return new EmbeddingScale(mean, std);
    }

    /**
     * Standardises rows in place.
     *
     * @param rows embeddings of the fitted width
     * @return the same rows
     */
    public float[][] apply(float[][] rows) {
        for (float[] row : rows) {
            for (int j = 0; j < row.length; j++) {
                row[j] = (float) ((row[j] - mean[j]) / std[j]);
            }
        }
        return rows;
    }

    /**
     * The scale as engine arrays, made once by whoever standardises on the engine: {@code (e -
     * mean) / std} then matches {@link #apply}.
     *
     * @param manager the owner of the two arrays
     * @return the means and the spreads, each of shape (dim)
     */
    public NDList onEngine(NDManager manager) {
        return new NDList(manager.create(floats(mean)), manager.create(floats(std)));
    }
}
