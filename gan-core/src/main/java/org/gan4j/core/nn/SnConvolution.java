package org.gan4j.core.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;

/**
 * A spectrally normalised convolution over 1-D (NCW) or 2-D (NCHW) inputs, the dimension being that
 * of the kernel. The weight is shaped (filters, inChannels, k...) like DJL's convolutions; the
 * normalised matrix has one row per filter.
 */
public final class SnConvolution extends WeightLayer {

    private static final byte VERSION = 1;

    private final Shape kernelShape;
    private final Shape stride;
    private final Shape padding;
    private final long filters;

    private SnConvolution(Builder builder) {
        super(VERSION, 0, builder.includeBias, true);
        kernelShape = builder.kernelShape;
        stride = builder.stride;
        padding = builder.padding;
        filters = builder.filters;
    }

    /**
     * Creates a builder for a spectrally normalised convolution.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** {@inheritDoc} */
    @Override
    protected Shape weightShape(Shape inputShape) {
        return new Shape(filters, inputShape.get(1)).addAll(kernelShape);
    }

    /** {@inheritDoc} */
    @Override
    protected NDArray apply(NDArray input, NDArray weight, NDArray bias) {
        Shape dilation = ConvolutionBuilder.filled(kernelShape.dimension(), 1);
        return input.getNDArrayInternal()
                .convolution(input, weight, bias, stride, padding, dilation, 1)
                .singletonOrThrow();
    }

    /** {@inheritDoc} */
    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        Shape input = inputShapes[0];
        Shape shape = new Shape(input.get(0), filters);
        for (int i = 0; i < kernelShape.dimension(); i++) {
            long length = input.get(2 + i) + 2 * padding.get(i) - kernelShape.get(i);
            shape = shape.add(length / stride.get(i) + 1);
        }
        return new Shape[] {shape};
    }

    /** Builds an {@link SnConvolution}. */
    public static final class Builder extends ConvolutionBuilder<Builder> {

        private Builder() {}

        /** {@inheritDoc} */
        @Override
        protected Builder self() {
            return this;
        }

        /**
         * Builds the layer.
         *
         * @return the layer
         * @throws IllegalArgumentException if an option is missing or inconsistent
         */
        public SnConvolution build() {
            validate();
            return new SnConvolution(this);
        }
    }
}
