package org.gan4j.core.train;

import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.nn.Block;
import ai.djl.training.ParameterStore;
import org.gan4j.core.data.DataSource;
import org.gan4j.core.data.RealBatch;
import org.gan4j.core.model.ConditionSpec;

/** The discriminator's first output on real samples, in inference mode: what overfitting metrics read. */
final class DiscriminatorScores {

    private DiscriminatorScores() {}

    static float[] of(Block discriminator, ParameterStore store, ConditionSpec condition, DataSource source,
            int count, int batchSize, NDManager parent) {
        float[] scores = new float[count];
        try (NDManager scope = parent.newSubManager()) {
            int done = 0;
            for (long b = 0; done < count; b++) {
                int size = Math.min(batchSize, count - done);
                RealBatch batch = source.batch(scope, b, batchSize);
                float[] out = discriminator.forward(store,
                                NetworkInputs.discriminator(condition, batch.samples(), batch.conditions()), false)
                        .head().toType(DataType.FLOAT32, false).toFloatArray();
                System.arraycopy(out, 0, scores, done, size);
                done += size;
            }
        }
        return scores;
    }
}
