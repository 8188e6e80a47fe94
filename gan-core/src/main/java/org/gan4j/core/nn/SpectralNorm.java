package org.gan4j.core.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.training.initializer.NormalInitializer;

/**
 * Spectral normalisation of a weight, {@code W / sigma(W)}, with {@code sigma} estimated by power
 * iteration (Miyato et al. 2018).
 *
 * <p>The weight is viewed as a matrix whose rows run along one axis of the weight (the output
 * channels) and whose columns are all other axes flattened. The left singular vector estimate
 * {@code u} is a non-trainable {@link Parameter}, so it is saved and loaded with the weights. Each
 * training forward runs one power-iteration step on the detached weight and stores the new {@code
 * u}; inference reuses {@code u} unchanged. The gradient flows through {@code sigma = u^T W v}.
 */
final class SpectralNorm {

    private static final float EPSILON = 1e-12f;

    private final int rowAxis;
    private final Parameter vector;

    /**
     * Creates the normalisation of a weight whose output channels run along {@code rowAxis}.
     *
     * @param rowAxis the weight axis that indexes the matrix rows
     */
    SpectralNorm(int rowAxis) {
        this.rowAxis = rowAxis;
        this.vector =
                Parameter.builder()
                        .setName("weight_u")
                        .setType(Parameter.Type.OTHER)
                        .optRequiresGrad(false)
                        .optInitializer(new NormalInitializer(1f))
                        .build();
    }

    /**
     * Returns the parameter that holds the power-iteration vector {@code u}.
     *
     * @return the non-trainable {@code u} parameter, to be registered by the owning block
     */
    Parameter vector() {
        return vector;
    }

    /**
     * Sizes {@code u} for a weight of the given shape.
     *
     * @param weightShape the shape of the weight to normalise
     */
    void prepare(Shape weightShape) {
        vector.setShape(new Shape(weightShape.get(rowAxis)));
    }

    /**
     * Divides the weight by its estimated largest singular value.
     *
     * @param weight the weight, gradients flow back to it
     * @param u the current value of the {@link #vector()} parameter, replaced in training
     * @param training whether to advance the power iteration and store the new {@code u}
     * @return {@code weight / sigma}, in the weight's layout
     */
    NDArray normalize(NDArray weight, NDArray u, boolean training) {
        long rows = weight.getShape().get(rowAxis);
        NDArray rowsFirst = rowAxis == 0 ? weight : weight.swapAxes(0, rowAxis);
        NDArray matrix = rowsFirst.reshape(new Shape(rows, -1));
        NDArray v = unit(u.matMul(matrix.stopGradient()));
        NDArray weightTimesV = matrix.matMul(v);
        NDArray uHat;
        if (training) {
            u.intern(unit(weightTimesV.stopGradient()));
            uHat = u;
        } else {
            uHat = unit(u);
        }
        return weight.div(uHat.dot(weightTimesV));
    }

    private static NDArray unit(NDArray x) {
        return x.div(x.norm().add(EPSILON));
    }
}
