package org.gan4j.core.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * The polyphase form of a transposed convolution with stride {@code s} in {@code d} dimensions.
 *
 * <p>Output position {@code q = m*s + r} of the uncropped transposed convolution only meets kernel
 * taps {@code j = t*s + r}. So the kernel, zero-padded to {@code T*s} taps per dimension, splits
 * into {@code s^d} phase kernels of {@code T} taps; flipped, they form one ordinary convolution
 * with {@code outChannels * s^d} output channels and padding {@code T - 1}, whose phases are then
 * interleaved (a pixel shuffle). {@code T} is large enough that the interleaved result covers the
 * requested output padding.
 */
final class Polyphase {

    private final long[] stride;
    private final long[] taps;

    /**
     * Plans the decomposition for one layer geometry.
     *
     * @param kernel the kernel size per dimension
     * @param stride the stride per dimension
     * @param padding the padding per dimension
     * @param outputPadding the output padding per dimension
     */
    Polyphase(Shape kernel, Shape stride, Shape padding, Shape outputPadding) {
        int dims = kernel.dimension();
        this.stride = stride.getShape();
        this.taps = new long[dims];
        for (int i = 0; i < dims; i++) {
            long reach = kernel.get(i) + Math.max(0, outputPadding.get(i) - padding.get(i));
            taps[i] = (reach + this.stride[i] - 1) / this.stride[i];
        }
    }

    /**
     * Returns the padding of the phase convolution, {@code T - 1} per dimension.
     *
     * @return the padding to convolve the input with
     */
    Shape convolutionPadding() {
        return new Shape(IntStream.range(0, taps.length).mapToLong(i -> taps[i] - 1).toArray());
    }

    /**
     * Rearranges a transposed-convolution weight into the phase convolution's weight.
     *
     * @param weight the weight, (inChannels, outChannels, k...)
     * @return the convolution weight, (outChannels * s^d, inChannels, T...), taps flipped
     */
    NDArray kernel(NDArray weight) {
        Shape shape = weight.getShape();
        int dims = taps.length;
        long[] pad = new long[2 * dims];
        long[] split = new long[2 + 2 * dims];
        int[] phasesFirst = new int[2 + 2 * dims];
        long[] merged = new long[2 + dims];
        merged[0] = shape.get(1);
        merged[1] = shape.get(0);
        split[0] = shape.get(0);
        split[1] = shape.get(1);
        phasesFirst[0] = 1;
        phasesFirst[dims + 1] = 0;
        for (int i = 0; i < dims; i++) {
            pad[2 * (dims - 1 - i) + 1] = taps[i] * stride[i] - shape.get(2 + i);
            split[2 + 2 * i] = taps[i];
            split[3 + 2 * i] = stride[i];
            phasesFirst[1 + i] = 3 + 2 * i;
            phasesFirst[dims + 2 + i] = 2 + 2 * i;
            merged[0] *= stride[i];
            merged[2 + i] = taps[i];
        }
        int[] tapAxes = IntStream.range(2, 2 + dims).toArray();
        // (in, out, T1*s1, ...) -> (in, out, T1, s1, ...) -> (out, s1.., in, T1..) -> merged
        return weight.pad(new Shape(pad), 0)
                .reshape(new Shape(split))
                .transpose(phasesFirst)
                .reshape(new Shape(merged))
                .flip(tapAxes);
    }

    /**
     * Interleaves the phases of the phase convolution's output.
     *
     * @param phases the phase convolution's output, (N, outChannels * s^d, M...)
     * @return the uncropped transposed convolution, (N, outChannels, M*s...)
     */
    NDArray interleave(NDArray phases) {
        Shape shape = phases.getShape();
        int dims = stride.length;
        long[] split = new long[2 + 2 * dims];
        int[] phasesLast = new int[2 + 2 * dims];
        long[] merged = new long[2 + dims];
        long channels = shape.get(1) / Arrays.stream(stride).reduce(1, Math::multiplyExact);
        split[0] = shape.get(0);
        split[1] = channels;
        phasesLast[1] = 1;
        merged[0] = shape.get(0);
        merged[1] = channels;
        for (int i = 0; i < dims; i++) {
            split[2 + i] = stride[i];
            split[2 + dims + i] = shape.get(2 + i);
            phasesLast[2 + 2 * i] = 2 + dims + i;
            phasesLast[3 + 2 * i] = 2 + i;
            merged[2 + i] = shape.get(2 + i) * stride[i];
        }
        // (N, out*s1*.., M1, ..) -> (N, out, s1.., M1..) -> (N, out, M1, s1, ..) -> merged
        return phases.reshape(new Shape(split)).transpose(phasesLast).reshape(new Shape(merged));
    }
}
