package org.gan4j.core.augment;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import java.util.Arrays;

/** Shape helpers shared by the augmentations. */
final class Augmentations {

    private Augmentations() {}

    /**
     * @param samples a batch (B, C, spatial...)
     * @return the number of spatial axes, ≥ 1
     * @throws IllegalArgumentException for fewer than 3 dimensions
     */
    static int spatialAxes(NDArray samples) {
        int dims = samples.getShape().dimension();
        if (dims < 3) {
            throw new IllegalArgumentException("augmentations take batches (B, C, spatial...), got shape "
                    + samples.getShape() + "; a modality with flat samples cannot use DiffAugment");
        }
        return dims - 2;
    }

    /**
     * @param samples a batch (B, ...)
     * @return (B, 1, 1, ...): one value per sample, broadcasting over the rest
     */
    static Shape perSample(NDArray samples) {
        long[] dims = new long[samples.getShape().dimension()];
        Arrays.fill(dims, 1);
        dims[0] = samples.getShape().get(0);
        return new Shape(dims);
    }
}
