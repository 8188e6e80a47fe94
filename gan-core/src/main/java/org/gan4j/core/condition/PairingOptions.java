package org.gan4j.core.condition;

/**
 * How a {@link PairedEmbeddingSource} makes its conditions.
 *
 * @param matchingAware whether batches carry mismatched conditions (another class) for the
 *     matching-aware discriminator loss
 * @param interpolation the fraction of the generator's conditions replaced by an interpolation of
 *     two batch rows (GAN-INT, Reed et al. 2016), in [0, 1]
 * @param beta the interpolation weight of a row's own embedding, {@code β e_i + (1 − β) e_j}, in [0, 1]
 * @param sameClassMismatch the share of mismatched conditions drawn from the sample's own class but
 *     with other attributes (the rows' {@link PairedEmbeddings#withRowAttributes attributes}), in
 *     [0, 1]; the rest come from another class. It teaches the discriminator the attributes, not
 *     only the class.
 */
public record PairingOptions(boolean matchingAware, double interpolation, double beta, double sameClassMismatch) {

    /**
     * Options whose mismatched conditions all come from another class.
     *
     * @param matchingAware whether batches carry mismatched conditions
     * @param interpolation the GAN-INT fraction
     * @param beta the GAN-INT weight
     */
    public PairingOptions(boolean matchingAware, double interpolation, double beta) {
        this(matchingAware, interpolation, beta, 0);
    }

    /** Checks the ranges. */
    public PairingOptions {
        if (!(interpolation >= 0 && interpolation <= 1) || !(beta >= 0 && beta <= 1)
                || !(sameClassMismatch >= 0 && sameClassMismatch <= 1)) {
            throw new IllegalArgumentException("interpolation " + interpolation + ", beta " + beta
                    + " and sameClassMismatch " + sameClassMismatch + " must lie in [0, 1]");
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
