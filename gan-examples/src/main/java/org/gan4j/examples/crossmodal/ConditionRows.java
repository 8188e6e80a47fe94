package org.gan4j.examples.crossmodal;

import ai.djl.ndarray.NDArray;
import java.util.Arrays;
import org.gan4j.core.condition.PairedEmbeddingSource;

/**
 * Finds the source samples behind sample conditions: the trainer draws them from the training
 * source's batch 0, so condition i is the embedding of that batch's partner row i, unless it was
 * made otherwise.
 */
final class ConditionRows {

    /** The row number of a condition that is not a training pair's embedding. */
    static final int NONE = -1;

    private ConditionRows() {}

    /**
     * @param conditions the sample conditions (count, dim)
     * @param source the training source they were drawn from
     * @return for each condition its embedding row in the source's split, or {@link #NONE}
     */
    static int[] of(NDArray conditions, CrossModalSource source) {
        int count = (int) conditions.getShape().get(0);
        int dim = (int) conditions.getShape().get(1);
        float[] values = conditions.toFloatArray();
        PairedEmbeddingSource.Draws draws = source.pairs().draws(0, count);
        int[] rows = new int[count];
        for (int i = 0; i < count; i++) {
            int row = draws.rows()[i];
            boolean drawn = Arrays.equals(Arrays.copyOfRange(values, i * dim, (i + 1) * dim),
                    source.part().pairs().embedding(row));
            rows[i] = drawn ? row : NONE;
        }
        return rows;
    }

    /**
     * @param row a row from {@link #of}
     * @param source the training source
     * @return what the row's source sample is
     */
    static String name(int row, CrossModalSource source) {
        return row == NONE ? "(a condition not among the training pairs)" : source.part().names().apply(row);
    }
}
