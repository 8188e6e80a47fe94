package org.gan4j.core.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.Shape;

/**
 * A transposed convolution ("deconvolution") over 1-D (NCW) or 2-D (NCHW) inputs, the dimension
 * being that of the kernel, with PyTorch's {@code ConvTranspose} semantics: weight (inChannels,
 * filters, k...), output length {@code (L - 1) * s - 2p + k + outputPadding} per dimension.
 *
 * <p>DJL's own deconvolution is not available on the PyTorch engine; this block computes the same
 * result with one ordinary convolution over the stride phases (see {@link Polyphase}), so it is
 * differentiable and needs no zero insertion. Optionally the weight is spectrally normalised, with
 * one matrix row per output channel (weight axis 1, as in PyTorch).
 */
public final class TransposedConvolution extends WeightLayer {

    private static final byte VERSION = 1;

    private final Shape kernelShape;
    private final Shape stride;
    private final Shape padding;
    private final Shape outputPadding;
    private final long filters;
    private final Polyphase polyphase;

    private TransposedConvolution(Builder builder) {
        super(VERSION, 1, builder.includeBias, builder.spectralNorm);
        kernelShape = builder.kernelShape;
        stride = builder.stride;
        padding = builder.padding;
        outputPadding = builder.outputPadding;
        filters = builder.filters;
        polyphase = new Polyphase(kernelShape, stride, padding, outputPadding);
    }

    /**
     * Creates a builder for a transposed convolution.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** {@inheritDoc} */
    @Override
    protected Shape weightShape(Shape inputShape) {
        return new Shape(inputShape.get(1), filters).addAll(kernelShape);
    }

    /** {@inheritDoc} */
    @Override
    protected NDArray apply(NDArray input, NDArray weight, NDArray bias) {
        int dims = kernelShape.dimension();
        Shape ones = ConvolutionBuilder.filled(dims, 1);
        NDArray phases =
                input.getNDArrayInternal()
                        .convolution(
                                input,
                                polyphase.kernel(weight),
                                null,
                                ones,
                                polyphase.convolutionPadding(),
                                ones,
                                1)
                        .singletonOrThrow();
        Shape outputShape = getOutputShapes(new Shape[] {input.getShape()})[0];
        NDIndex crop = new NDIndex().addAllDim(2);
        for (int i = 0; i < dims; i++) {
            crop.addSliceDim(padding.get(i), padding.get(i) + outputShape.get(2 + i));
        }
        NDArray output = polyphase.interleave(phases).get(crop);
        if (bias == null) {
            return output;
        }
        return output.add(bias.reshape(new Shape(filters).addAll(ones)));
    }

    /** {@inheritDoc} */
    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        Shape input = inputShapes[0];
        Shape shape = new Shape(input.get(0), filters);
        for (int i = 0; i < kernelShape.dimension(); i++) {
            long length =
                    (input.get(2 + i) - 1) * stride.get(i)
                            - 2 * padding.get(i)
                            + kernelShape.get(i)
                            + outputPadding.get(i);
            shape = shape.add(length);
        }
        return new Shape[] {shape};
    }

    /** Builds a {@link TransposedConvolution}. */
    public static final class Builder extends ConvolutionBuilder<Builder> {

        private Shape outputPadding;
        private boolean spectralNorm;

        private Builder() {}

        /** {@inheritDoc} */
        @Override
        protected Builder self() {
            return this;
        }

        /**
         * Sets the extra length added to one side of the output per dimension, which must be
         * smaller than the stride (default 0).
         *
         * @param outputPadding the output padding, one entry per kernel dimension
         * @return this builder
         */
        public Builder optOutputPadding(Shape outputPadding) {
            this.outputPadding = outputPadding;
            return this;
        }

        /**
         * Sets whether the weight is spectrally normalised (default false).
         *
         * @param spectralNorm true to divide the weight by its largest singular value
         * @return this builder
         */
        public Builder optSpectralNorm(boolean spectralNorm) {
            this.spectralNorm = spectralNorm;
            return this;
        }

        /**
         * Builds the layer.
         *
         * @return the layer
         * @throws IllegalArgumentException if an option is missing or inconsistent
         */
        public TransposedConvolution build() {
            validate();
            outputPadding = orFilled(outputPadding, 0);
            for (int i = 0; i < kernelShape.dimension(); i++) {
                if (outputPadding.get(i) < 0 || outputPadding.get(i) >= stride.get(i)) {
                    throw new IllegalArgumentException(
                            "output padding must be in [0, stride), got "
                                    + outputPadding
                                    + " for stride "
                                    + stride);
                }
            }
            return new TransposedConvolution(this);
        }
    }
}
