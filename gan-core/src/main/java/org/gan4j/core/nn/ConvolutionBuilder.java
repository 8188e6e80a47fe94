package org.gan4j.core.nn;

import ai.djl.ndarray.types.Shape;
import java.util.Arrays;

/**
 * Options shared by the convolution builders of this package: a 1-D or 2-D kernel, the number of
 * filters (output channels), stride, padding and bias. Stride defaults to 1 and padding to 0 in
 * every dimension; the bias is on by default.
 *
 * @param <B> the concrete builder, returned by every setter
 */
public abstract class ConvolutionBuilder<B extends ConvolutionBuilder<B>> {

    Shape kernelShape;
    Shape stride;
    Shape padding;
    long filters;
    boolean includeBias = true;

    /**
     * Returns this builder as its concrete type.
     *
     * @return this builder
     */
    protected abstract B self();

    /**
     * Sets the kernel shape, (k) for 1-D or (kH, kW) for 2-D inputs.
     *
     * @param kernelShape the kernel size per spatial dimension
     * @return this builder
     */
    public B setKernelShape(Shape kernelShape) {
        this.kernelShape = kernelShape;
        return self();
    }

    /**
     * Sets the number of output channels.
     *
     * @param filters the number of output channels
     * @return this builder
     */
    public B setFilters(long filters) {
        this.filters = filters;
        return self();
    }

    /**
     * Sets the stride per spatial dimension.
     *
     * @param stride the stride, one entry per kernel dimension
     * @return this builder
     */
    public B optStride(Shape stride) {
        this.stride = stride;
        return self();
    }

    /**
     * Sets the padding per spatial dimension.
     *
     * @param padding the padding, one entry per kernel dimension
     * @return this builder
     */
    public B optPadding(Shape padding) {
        this.padding = padding;
        return self();
    }

    /**
     * Sets whether the layer adds a bias per output channel.
     *
     * @param includeBias true for a bias
     * @return this builder
     */
    public B optBias(boolean includeBias) {
        this.includeBias = includeBias;
        return self();
    }

    /**
     * Fills in defaults and checks the options, before a subclass builds its block.
     *
     * @throws IllegalArgumentException if an option is missing or inconsistent
     */
    void validate() {
        if (kernelShape == null || kernelShape.dimension() < 1 || kernelShape.dimension() > 2) {
            throw new IllegalArgumentException("the kernel shape must have 1 or 2 dimensions");
        }
        if (filters <= 0) {
            throw new IllegalArgumentException("the number of filters must be positive");
        }
        stride = orFilled(stride, 1);
        padding = orFilled(padding, 0);
        for (int i = 0; i < kernelShape.dimension(); i++) {
            if (kernelShape.get(i) < 1 || stride.get(i) < 1 || padding.get(i) < 0) {
                throw new IllegalArgumentException(
                        "need kernel >= 1, stride >= 1 and padding >= 0, got kernel "
                                + kernelShape
                                + ", stride "
                                + stride
                                + ", padding "
                                + padding);
            }
        }
    }

    /**
     * Returns the given per-dimension option, or {@code value} in every dimension when absent.
     *
     * @param option the option as set, possibly null
     * @param value the default per dimension
     * @return the option, checked to have one entry per kernel dimension
     */
    Shape orFilled(Shape option, long value) {
        int dims = kernelShape.dimension();
        if (option == null) {
            return filled(dims, value);
        }
        if (option.dimension() != dims) {
            throw new IllegalArgumentException(
                    "expected " + dims + " entries to match the kernel, got " + option);
        }
        return option;
    }

    /**
     * Returns a shape with {@code value} in each of {@code dims} dimensions.
     *
     * @param dims the number of dimensions
     * @param value the entry in every dimension
     * @return the filled shape
     */
    static Shape filled(int dims, long value) {
        long[] entries = new long[dims];
        Arrays.fill(entries, value);
        return new Shape(entries);
    }
}
