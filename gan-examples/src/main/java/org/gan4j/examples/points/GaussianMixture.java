package org.gan4j.examples.points;

import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.nio.FloatBuffer;
import java.util.SplittableRandom;
import org.gan4j.core.data.DataSource;
import org.gan4j.core.data.FloatBatchBuffer;
import org.gan4j.core.data.RealBatch;
import org.gan4j.core.model.ConditionSpec;

/**
 * An endless stream of 2-D points from a {@link MixtureLayout}: each point picks a mode uniformly
 * and adds isotropic Gaussian noise. Batch {@code i} is a pure function of the seed and {@code i}.
 */
public final class GaussianMixture implements DataSource {

    private static final Shape SAMPLE_SHAPE = new Shape(2);

    private final MixtureLayout layout;
    private final long seed;
    private final FloatBatchBuffer buffer = new FloatBatchBuffer();

    /**
     * @param layout the modes and their spread
     * @param seed the data seed
     */
    public GaussianMixture(MixtureLayout layout, long seed) {
        this.layout = layout;
        this.seed = seed;
    }

    /** @return the modes and their spread */
    public MixtureLayout layout() {
        return layout;
    }

    @Override
    public Shape sampleShape() {
        return SAMPLE_SHAPE;
    }

    @Override
    public ConditionSpec condition() {
        return ConditionSpec.NONE;
    }

    @Override
    public long size() {
        return Long.MAX_VALUE;
    }

    @Override
    public RealBatch batch(NDManager manager, long index, int batchSize) {
        fill(buffer.begin(2 * batchSize), index, batchSize);
        return new RealBatch(buffer.finish(manager, new Shape(batchSize, 2)), null);
    }

    /**
     * Returns the points of batch {@code index} as plain floats, without touching the engine.
     *
     * @param index the batch number
     * @param count the number of points
     * @return x0, y0, x1, y1, ...
     */
    public float[] points(long index, int count) {
        FloatBuffer out = FloatBuffer.allocate(2 * count);
        fill(out, index, count);
        return out.array();
    }

    private void fill(FloatBuffer out, long index, int count) {
        SplittableRandom random = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + index);
        int modes = layout.modes().size();
        double std = layout.std();
        for (int i = 0; i < count; i++) {
            MixtureLayout.Mode mode = layout.modes().get(random.nextInt(modes));
            out.put((float) (mode.x() + std * random.nextGaussian()));
            out.put((float) (mode.y() + std * random.nextGaussian()));
        }
    }
}
