package org.gan4j.core.condition;

/**
 * How a {@link PairedEmbeddingSource} makes its conditions.
 *
 * @param matchingAware whether batches carry mismatched conditions (another class) for the
 *     matching-aware discriminator loss
 * @param interpolation the fraction of the generator's conditions replaced by an interpolation of
 *     two batch rows (GAN-INT, Reed et al. 2016), in [0, 1]
 * @param beta the interpolation weight of a row's own embedding, {@code β e_i + (1 − β) e_j}, in [0, 1]
 */
public record PairingOptions(boolean matchingAware, double interpolation, double beta) {

    /** Checks the ranges. */
    public PairingOptions {
        if (!(interpolation >= 0 && interpolation <= 1) || !(beta >= 0 && beta <= 1)) {
            throw new IllegalArgumentException("interpolation " + interpolation + " and beta " + beta
                    + " must lie in [0, 1]");
        }
    }

    /**
     * GAN-INT: the interpolation {@code β a + (1 − β) b}.
     *
     * @param a the row's own embedding
     * @param b another row's embedding
     * @param beta the weight of {@code a}
     * @param out where to write, of the same width
     */
    public static void interpolate(float[] a, float[] b, float beta, float[] out) {
        for (int j = 0; j < out.length; j++) {
            out[j] = beta * a[j] + (1 - beta) * b[j];
        }
    }
}
