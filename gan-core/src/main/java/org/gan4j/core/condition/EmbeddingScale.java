package org.gan4j.core.condition;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;

/**
 * Per-dimension standardisation of embeddings, fitted on the training rows and applied to every
 * split alike: a pretrained encoder's raw outputs can be tens of units wide, which makes the
 * projection discriminator's {@code <W e, h>} term dwarf its other logit at the start.
 */
public final class EmbeddingScale {

    private final double[] mean;
    private final double[] std;
    private final float[] meanValues;
    private final float[] stdValues;

    private EmbeddingScale(double[] mean, double[] std) {
        this.mean = mean;
        this.std = std;
        this.meanValues = floats(mean);
        this.stdValues = floats(std);
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
     * Standardises a batch of embeddings on the engine, as {@link #apply} does on the host.
     *
     * @param embeddings (B, dim)
     * @return {@code (embeddings - mean) / std}, in the embeddings' manager
     */
    public NDArray standardise(NDArray embeddings) {
        NDManager manager = embeddings.getManager();
        return embeddings.sub(manager.create(meanValues)).div(manager.create(stdValues));
    }
}
