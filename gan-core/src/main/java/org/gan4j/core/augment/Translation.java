package org.gan4j.core.augment;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import java.util.Arrays;

/**
 * Shifts every sample along each spatial axis (all axes after the channel axis: x and y of an
 * image, time of a waveform) by a random whole number of positions in {@code [-m, m]}, {@code m =
 * ⌊fraction · length⌋}, filling with zeros. Implemented as a product with a one-hot shift matrix
 * per sample and axis, so it is differentiable and its gradient shifts back.
 */
public final class Translation implements Augmentation {

    private final float fraction;

    /**
     * @param fraction the largest shift as a share of each axis, in [0, 1)
     */
    public Translation(float fraction) {
        if (!(fraction >= 0 && fraction < 1)) {
            throw new IllegalArgumentException("translation fraction must be in [0, 1), got " + fraction);
        }
        this.fraction = fraction;
    }

    @Override
    public String name() {
        return "translation";
    }

    @Override
    public NDArray apply(NDArray samples) {
        Shape shape = samples.getShape();
        int spatial = Augmentations.spatialAxes(samples);
        long batch = shape.get(0);
        NDManager manager = samples.getManager();
        NDArray[] perAxis = new NDArray[spatial];
        for (int a = 0; a < spatial; a++) {
            long max = (long) Math.floor(fraction * shape.get(2 + a));
            perAxis[a] = manager.randomInteger(-max, max + 1, new Shape(batch, 1), DataType.INT64);
        }
        return shift(samples, NDArrays.concat(new NDList(perAxis), 1));
    }

    /**
     * Shifts each sample by the given amounts: output position i holds input position i - t, and
     * positions with no input are zero.
     *
     * @param samples a batch (B, C, spatial...)
     * @param shifts (B, spatial axes) whole-number shifts, one column per spatial axis in order
     * @return the shifted batch
     */
    public static NDArray shift(NDArray samples, NDArray shifts) {
        int spatial = Augmentations.spatialAxes(samples);
        int last = samples.getShape().dimension() - 1;
        NDArray x = samples;
        for (int a = 0; a < spatial; a++) {
            int axis = 2 + a;
            NDArray moved = axis == last ? x : x.swapAxes(axis, last);
            NDArray shifted = moved.matMul(shiftMatrix(samples, shifts.get(":, " + a), moved.getShape().get(last)));
            x = axis == last ? shifted : shifted.swapAxes(axis, last);
        }
        return x;
    }

    /** M (B, 1.., L, L) with M[b, j, i] = 1 where j = i - t_b, so that (x @ M)_i = x_{i - t}. */
    private static NDArray shiftMatrix(NDArray samples, NDArray shift, long length) {
        NDManager manager = samples.getManager();
        long batch = samples.getShape().get(0);
        NDArray positions = manager.arange(length).toType(DataType.INT64, false);
        NDArray source = positions.reshape(1, 1, length).sub(shift.toType(DataType.INT64, false).reshape(batch, 1, 1));
        NDArray matrix = positions.reshape(1, length, 1).eq(source).toType(samples.getDataType(), false);
        long[] dims = new long[samples.getShape().dimension()];
        Arrays.fill(dims, 1);
        dims[0] = batch;
        dims[dims.length - 2] = length;
        dims[dims.length - 1] = length;
        return matrix.reshape(new Shape(dims));
    }
}
