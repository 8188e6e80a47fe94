package org.gan4j.examples.bench;

import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.nio.FloatBuffer;
import java.util.SplittableRandom;
import org.gan4j.core.data.DataSource;
import org.gan4j.core.data.FloatBatchBuffer;
import org.gan4j.core.data.RealBatch;
import org.gan4j.core.model.ConditionSpec;

/**
 * Benchmark data: a fixed pool of samples uniform in [-1, 1], served as consecutive slices as the
 * PyTorch baseline slices its own pool ({@code pool[(i · batch) mod (n − batch)]}), through one
 * reusable native buffer. It stands in for data whose content does not change the step's cost.
 */
final class RandomPool implements DataSource {

    /** The pool size the benchmarks and the PyTorch baseline use. */
    static final int SAMPLES = 1024;

    private final Shape sampleShape;
    private final int samples;
    private final float[] pool;
    private final int sampleSize;
    private final FloatBatchBuffer buffer = new FloatBatchBuffer();

    /**
     * @param sampleShape the shape of one sample
     * @param samples the pool size
     * @param seed the seed of the values
     */
    RandomPool(Shape sampleShape, int samples, long seed) {
        this.sampleShape = sampleShape;
        this.samples = samples;
        this.sampleSize = Math.toIntExact(sampleShape.size());
        pool = new float[Math.multiplyExact(samples, sampleSize)];
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < pool.length; i++) {
            pool[i] = (float) (random.nextDouble() * 2 - 1);
        }
    }

    @Override
    public Shape sampleShape() {
        return sampleShape;
    }

    @Override
    public ConditionSpec condition() {
        return ConditionSpec.NONE;
    }

    @Override
    public long size() {
        return samples;
    }

    /**
     * {@inheritDoc}
     *
     * @throws IllegalArgumentException if the batch is not smaller than the pool
     */
    @Override
    public RealBatch batch(NDManager manager, long index, int batchSize) {
        if (batchSize >= samples) {
            throw new IllegalArgumentException("batch size " + batchSize + " must be smaller than the random pool's "
                    + samples + " samples");
        }
        int first = (int) ((index * batchSize) % (samples - batchSize));
        FloatBuffer out = buffer.begin(batchSize * sampleSize);
        out.put(pool, first * sampleSize, batchSize * sampleSize);
        return new RealBatch(buffer.finish(manager, new Shape(batchSize).addAll(sampleShape)), null);
    }
}
