package org.gan4j.core.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;

/**
 * Arithmetic with a Java number that is safe under autograd. DJL's {@code x.mul(2f)} (likewise
 * {@code div}, {@code maximum}, {@code pow} with a number) wraps the number in a scalar array that,
 * on the CPU, views a Java direct buffer, and closes that array before returning. These operations
 * save the scalar for the backward pass, so once the garbage collector frees the buffer the backward
 * pass reads whatever memory took its place: gradients scaled by garbage, now and then NaN, and
 * seeded reruns that drift apart. The scalars made here are allocated by the engine itself (the
 * autograd graph keeps them alive) on the operand's manager.
 */
public final class Scalars {

    private Scalars() {}

    /**
     * @param like the array whose manager, device and data type the scalar takes
     * @param value the value
     * @return a 0-dimensional array holding {@code value}, in engine-owned memory
     */
    public static NDArray of(NDArray like, double value) {
        return like.getManager().full(new Shape(), (float) value, like.getDataType());
    }

    /** @return {@code x · value} */
    public static NDArray times(NDArray x, double value) {
        return x.mul(of(x, value));
    }

    /** @return {@code x / value} */
    public static NDArray divide(NDArray x, double value) {
        return x.div(of(x, value));
    }

    /** @return the element-wise maximum of {@code x} and {@code value} */
    public static NDArray atLeast(NDArray x, double value) {
        return x.maximum(of(x, value));
    }

    /** @return {@code x} raised element-wise to {@code exponent} */
    public static NDArray power(NDArray x, double exponent) {
        return x.pow(of(x, exponent));
    }
}
