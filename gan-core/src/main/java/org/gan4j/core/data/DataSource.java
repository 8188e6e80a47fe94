package org.gan4j.core.data;

import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import org.gan4j.core.model.ConditionSpec;

/**
 * Real training data, addressed by batch number rather than by an iterator: batch {@code i} is a
 * pure function of the source's seed and {@code i}, so a resumed run sees exactly the batches the
 * uninterrupted run would have seen.
 */
public interface DataSource extends AutoCloseable {

    /** The shape of one sample, without the batch axis. */
    Shape sampleShape();

    /** What each sample is labelled with; {@link ConditionSpec#NONE} if nothing. */
    ConditionSpec condition();

    /** The number of distinct samples, or {@link Long#MAX_VALUE} for a synthetic distribution. */
    long size();

    /**
     * Returns batch number {@code index}.
     *
     * @param manager the per-step manager that will own the arrays
     * @param index the batch number, from 0
     * @param batchSize the number of samples
     * @return the batch
     */
    RealBatch batch(NDManager manager, long index, int batchSize);

    /** Releases buffers or files; the default does nothing. */
    @Override
    default void close() {}
}
