package org.gan4j.core.augment;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import java.util.Arrays;

/**
 * Zeroes one box per sample, {@code round(fraction · length)} positions along each spatial axis,
 * at a random position (DiffAugment's cutout; on a waveform, a silent gap). The mask multiplies the
 * input, so the gradient is zero inside the box and passes unchanged outside.
 */
public final class Cutout implements Augmentation {

    private final float fraction;

    /** @param fraction the box's side as a share of each axis, in (0, 1) */
    public Cutout(float fraction) {
        if (!(fraction > 0 && fraction < 1)) {
            throw new IllegalArgumentException("cutout fraction must be in (0, 1), got " + fraction);
        }
        this.fraction = fraction;
    }

    @Override
    public String name() {
        return "cutout";
    }

    @Override
    public NDArray apply(NDArray samples) {
        int spatial = Augmentations.spatialAxes(samples);
        long batch = samples.getShape().get(0);
        NDManager manager = samples.getManager();
        NDArray[] starts = new NDArray[spatial];
        for (int a = 0; a < spatial; a++) {
            long length = samples.getShape().get(2 + a);
            long size = size(length);
            starts[a] = manager.randomInteger(0, length - size + 1, new Shape(batch, 1), DataType.INT64);
        }
        return cut(samples, NDArrays.concat(new NDList(starts), 1));
    }

    private long size(long length) {
        return Math.max(1, Math.round(fraction * length));
    }

    /**
     * Zeroes, in each sample, the box of {@code round(fraction · length)} positions per axis that
     * starts at the given positions.
     *
     * @param samples a batch (B, C, spatial...)
     * @param starts (B, spatial axes) the box's first position along each axis
     * @return the masked batch
     */
    public NDArray cut(NDArray samples, NDArray starts) {
        int spatial = Augmentations.spatialAxes(samples);
        long batch = samples.getShape().get(0);
        NDManager manager = samples.getManager();
        NDArray inside = null;
        for (int a = 0; a < spatial; a++) {
            long length = samples.getShape().get(2 + a);
            long[] dims = new long[samples.getShape().dimension()];
            Arrays.fill(dims, 1);
            dims[0] = batch;
            dims[2 + a] = length;
            long[] positionDims = new long[dims.length];
            Arrays.fill(positionDims, 1);
            positionDims[2 + a] = length;
            NDArray start = starts.get(":, " + a).toType(DataType.INT64, false).reshape(Augmentations.perSample(samples));
            NDArray position = manager.arange(length).toType(DataType.INT64, false).reshape(new Shape(positionDims));
            NDArray axisInside = position.gte(start).logicalAnd(position.lt(start.add(size(length))));
            inside = inside == null ? axisInside : inside.logicalAnd(axisInside);
        }
        return samples.mul(inside.logicalNot().toType(samples.getDataType(), false));
    }
}
