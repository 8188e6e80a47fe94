package org.gan4j.core.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.core.Linear;

/**
 * A spectrally normalised linear layer, {@code y = x (W / sigma(W))^T + b}, over the last axis of
 * its input. The weight is shaped (units, inputFeatures) like DJL's {@link Linear}.
 */
public final class SnLinear extends WeightLayer {

    private static final byte VERSION = 1;

    private final long units;

    private SnLinear(Builder builder) {
        super(VERSION, 0, builder.includeBias, true);
        units = builder.units;
    }

    /**
     * Creates a builder for a spectrally normalised linear layer.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** {@inheritDoc} */
    @Override
    protected Shape weightShape(Shape inputShape) {
        return new Shape(units, inputShape.get(inputShape.dimension() - 1));
    }

    /** {@inheritDoc} */
    @Override
    protected NDArray apply(NDArray input, NDArray weight, NDArray bias) {
        return Linear.linear(input, weight, bias).singletonOrThrow();
    }

    /** {@inheritDoc} */
    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        Shape input = inputShapes[0];
        return new Shape[] {input.slice(0, input.dimension() - 1).add(units)};
    }

    /** Builds an {@link SnLinear}. */
    public static final class Builder {

        private long units;
        private boolean includeBias = true;

        private Builder() {}

        /**
         * Sets the number of output features.
         *
         * @param units the size of the output's last axis
         * @return this builder
         */
        public Builder setUnits(long units) {
            this.units = units;
            return this;
        }

        /**
         * Sets whether the layer adds a bias.
         *
         * @param includeBias true for a bias
         * @return this builder
         */
        public Builder optBias(boolean includeBias) {
            this.includeBias = includeBias;
            return this;
        }

        /**
         * Builds the layer.
         *
         * @return the layer
         * @throws IllegalArgumentException if the number of units is not positive
         */
        public SnLinear build() {
            if (units <= 0) {
                throw new IllegalArgumentException("the number of units must be positive");
            }
            return new SnLinear(this);
        }
    }
}
