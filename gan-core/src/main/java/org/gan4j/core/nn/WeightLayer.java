package org.gan4j.core.nn;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Parameter;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/**
 * A block with one weight, an optional bias and optional spectral normalisation of the weight.
 *
 * <p>Subclasses say how the weight is shaped and how it is applied; this class owns the parameters,
 * normalises the weight when asked to and keeps every array derived from the parameters on the
 * input's (per-step) manager. The bias has one entry per output channel; the constructor names the
 * weight axis that indexes output channels.
 */
public abstract class WeightLayer extends AbstractBlock {

    private final int outputAxis;
    private final Parameter weight;
    private final Parameter bias;
    private final SpectralNorm spectralNorm;

    /**
     * Declares the parameters.
     *
     * @param version the block's serialisation version
     * @param outputAxis the weight axis that indexes output channels
     * @param includeBias whether to add a bias per output channel
     * @param normalized whether to divide the weight by its spectral norm
     */
    @SuppressWarnings("this-escape")
    protected WeightLayer(byte version, int outputAxis, boolean includeBias, boolean normalized) {
        super(version);
        this.outputAxis = outputAxis;
        weight =
                addParameter(
                        Parameter.builder()
                                .setName("weight")
                                .setType(Parameter.Type.WEIGHT)
                                .build());
        bias =
                includeBias
                        ? addParameter(
                                Parameter.builder()
                                        .setName("bias")
                                        .setType(Parameter.Type.BIAS)
                                        .build())
                        : null;
        spectralNorm = normalized ? new SpectralNorm(outputAxis) : null;
        if (spectralNorm != null) {
            addParameter(spectralNorm.vector());
        }
    }

    /**
     * Returns the weight's shape for an input of the given shape.
     *
     * @param inputShape the shape of the block's input
     * @return the shape of the weight
     */
    protected abstract Shape weightShape(Shape inputShape);

    /**
     * Applies the layer with the effective (possibly normalised) weight.
     *
     * @param input the block's input
     * @param weight the effective weight
     * @param bias the bias, or null when the layer has none
     * @return the block's output
     */
    protected abstract NDArray apply(NDArray input, NDArray weight, NDArray bias);

    /** {@inheritDoc} */
    @Override
    protected final NDList forwardInternal(
            ParameterStore parameterStore,
            NDList inputs,
            boolean training,
            PairList<String, Object> params) {
        NDArray input = inputs.singletonOrThrow();
        Device device = input.getDevice();
        NDArray w = parameterStore.getValue(weight, device, training);
        NDArray b = parameterStore.getValue(bias, device, training);
        NDArray u =
                spectralNorm == null
                        ? null
                        : parameterStore.getValue(spectralNorm.vector(), device, training);
        try (StepScope scope = new StepScope(input.getManager(), w, b, u)) {
            NDArray effective = u == null ? w : spectralNorm.normalize(w, u, training);
            return new NDList(scope.keep(apply(input, effective, b)));
        }
    }

    /** {@inheritDoc} */
    @Override
    protected void prepare(Shape[] inputShapes) {
        Shape shape = weightShape(inputShapes[0]);
        weight.setShape(shape);
        if (bias != null) {
            bias.setShape(new Shape(shape.get(outputAxis)));
        }
        if (spectralNorm != null) {
            spectralNorm.prepare(shape);
        }
    }
}
