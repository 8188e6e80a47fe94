package org.gan4j.core.testing;

import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.nio.FloatBuffer;
import java.util.SplittableRandom;
import org.gan4j.core.data.DataSource;
import org.gan4j.core.data.FloatBatchBuffer;
import org.gan4j.core.data.RealBatch;
import org.gan4j.core.model.ConditionSpec;

/**
 * Test fixture: 1-D samples from an equal mixture of N(-2, 0.1²) and N(2, 0.1²); batch {@code i}
 * depends only on the seed and {@code i}. Batches listed in {@code poisoned} are NaN the first
 * time they are drawn, to simulate a transient numerical fault.
 */
public final class TwoGaussians implements DataSource {

    private final long seed;
    private final java.util.Set<Long> poisoned;
    private final FloatBatchBuffer buffer = new FloatBatchBuffer();

    /**
     * @param seed the data seed
     * @param poisoned batch numbers that come out NaN once
     */
    public TwoGaussians(long seed, java.util.Set<Long> poisoned) {
        this.seed = seed;
        this.poisoned = new java.util.HashSet<>(poisoned);
    }

    @Override
    public Shape sampleShape() {
        return new Shape(1);
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
        SplittableRandom random = new SplittableRandom(seed * 1_000_003L + index);
        boolean poison = poisoned.remove(index);
        FloatBuffer out = buffer.begin(batchSize);
        for (int i = 0; i < batchSize; i++) {
            double centre = random.nextBoolean() ? 2 : -2;
            out.put(poison ? Float.NaN : (float) (centre + 0.1 * gaussian(random)));
        }
        return new RealBatch(buffer.finish(manager, new Shape(batchSize, 1)), null);
    }

    private static double gaussian(SplittableRandom random) {
        double u = random.nextDouble();
        double v = random.nextDouble();
        return Math.sqrt(-2 * Math.log(1 - u)) * Math.cos(2 * Math.PI * v);
    }
}
