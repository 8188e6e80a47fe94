package org.gan4j.audio.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/**
 * WaveGAN's phase shuffle (Donahue et al. 2019): in training, each example's feature map (B, C, L)
 * is shifted in time by its own random {@code s} in [−n, n] with reflection at the edges, {@code
 * y[t] = x[reflect(t − s)]}, so the discriminator cannot rely on the phase of periodic artefacts.
 * In inference it is the identity. Shifts come from the engine's random generator, which the
 * trainer seeds per step.
 */
final class PhaseShuffle extends AbstractBlock {

    private static final byte VERSION = 1;

    private final int radius;

    /** @param radius n, the largest shift in samples */
    PhaseShuffle(int radius) {
        super(VERSION);
        if (radius < 0) {
            throw new IllegalArgumentException("phase shuffle radius must be ≥ 0, got " + radius);
        }
        this.radius = radius;
    }

    @Override
    protected NDList forwardInternal(
            ParameterStore parameterStore, NDList inputs, boolean training, PairList<String, Object> params) {
        NDArray x = inputs.singletonOrThrow();
        if (!training || radius == 0) {
            return new NDList(x);
        }
        NDArray shifts = x.getManager().randomInteger(-radius, radius + 1, new Shape(x.getShape().get(0), 1, 1),
                DataType.INT64);
        return new NDList(shift(x, shifts));
    }

    /**
     * Shifts each example by its own amount with reflection at the edges.
     *
     * @param x the features (B, C, L), L greater than every |shift|
     * @param shifts int64 (B, 1, 1)
     * @return {@code y[b, c, t] = x[b, c, reflect(t − shifts[b])]}
     */
    static NDArray shift(NDArray x, NDArray shifts) {
        Shape shape = x.getShape();
        long length = shape.get(2);
        NDManager manager = x.getManager();
        NDArray time = manager.arange(0, (int) length, 1, DataType.INT64).reshape(1, 1, length);
        NDArray source = time.sub(shifts).abs();
        source = manager.create(length - 1).sub(manager.create(length - 1).sub(source).abs());
        return x.gather(source.broadcast(shape), 2);
    }

    @Override
    public Shape[] getOutputShapes(Shape[] inputShapes) {
        return new Shape[] {inputShapes[0]};
    }
}
