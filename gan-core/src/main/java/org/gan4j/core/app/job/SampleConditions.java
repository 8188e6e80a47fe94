package org.gan4j.core.app.job;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import org.gan4j.core.data.DataSource;
import org.gan4j.core.model.ConditionSpec;

/**
 * The conditions of one batch of samples drawn from a run's generator: class labels cycled over the
 * ones asked for (or every class in turn), or embeddings read from the run's data.
 */
public final class SampleConditions {

    private SampleConditions() {}

    /**
     * @param c what the run's generator is conditioned on
     * @param data the run's training data, for conditions read from it
     * @param given class labels to cycle through, or {@code null} for every class in turn
     * @param scope the batch's manager
     * @param first the number of samples drawn before this batch
     * @param count the batch's size
     * @param batchIndex the batch's number, for conditions read from the data (embeddings)
     * @return {@code null} for an unconditional run, class labels (count), or the data's embeddings
     */
    public static NDArray of(ConditionSpec c, DataSource data, long[] given, NDManager scope, int first, int count, long batchIndex) {
        return switch (c.kind()) {
            case NONE -> null;
            case CLASS_LABEL -> {
                long[] labels = new long[count];
                for (int i = 0; i < count; i++) {
                    labels[i] = given != null ? given[(first + i) % given.length] : (first + i) % c.size();
                }
                yield scope.create(labels).toType(DataType.INT64, false);
            }
            case EMBEDDING -> data.batch(scope, batchIndex, count).conditions();
        };
    }
}
