package org.gan4j.examples.crossmodal;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.nio.FloatBuffer;
import java.util.Arrays;
import org.gan4j.core.condition.PairedEmbeddingSource;
import org.gan4j.core.data.FloatBatchBuffer;
import org.gan4j.image.data.ImageData;

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
     * @param drawn the paired training source they were drawn from
     * @return for each condition its embedding row in the source's split, or {@link #NONE}
     */
    static int[] of(NDArray conditions, PairedEmbeddingSource drawn) {
        int count = (int) conditions.getShape().get(0);
        int dim = (int) conditions.getShape().get(1);
        float[] values = conditions.toFloatArray();
        PairedEmbeddingSource.Draws draws = drawn.draws(0, count);
        int[] rows = new int[count];
        for (int i = 0; i < count; i++) {
            int row = draws.rows()[i];
            boolean found = Arrays.equals(Arrays.copyOfRange(values, i * dim, (i + 1) * dim),
                    drawn.pairs().embedding(row));
            rows[i] = found ? row : NONE;
        }
        return rows;
    }

    /**
     * The source images behind the rows, for a grid: sample i's image in place i, all -1 (black)
     * for a row not found.
     *
     * @param rows rows from {@link #of}
     * @param images the source images (embedding row r is image r)
     * @param buffer the buffer to fill
     * @param manager where the array is made
     * @return the images (count, channels, height, width)
     */
    static NDArray images(int[] rows, ImageData images, FloatBatchBuffer buffer, NDManager manager) {
        Shape shape = images.sampleShape();
        int size = (int) shape.size();
        FloatBuffer values = buffer.begin(rows.length * size);
        for (int row : rows) {
            if (row == NONE) {
                for (int k = 0; k < size; k++) {
                    values.put(-1f);
                }
            } else {
                values.put(images.image(row));
            }
        }
        return buffer.finish(manager, new Shape(rows.length).addAll(shape));
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
