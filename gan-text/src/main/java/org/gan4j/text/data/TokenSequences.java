package org.gan4j.text.data;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import java.nio.FloatBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.gan4j.core.data.EpochOrder;
import org.gan4j.core.data.FloatBatchBuffer;

/**
 * Fixed-length token-id sequences over a vocabulary of known size, served as numbered batches:
 * batch {@code i} holds positions {@code i·B … i·B+B-1} of a seeded {@link EpochOrder}, so it is
 * a pure function of the seed and {@code i}. Not thread-safe.
 */
public final class TokenSequences {

    private final List<int[]> rows;
    private final int length;
    private final int vocabulary;
    private final FloatBatchBuffer buffer = new FloatBatchBuffer();

    /**
     * @param rows the sequences, all of the same length, ids in [0, vocabulary)
     * @param vocabulary the number of token ids
     * @throws IllegalArgumentException naming the first row that is empty, of another length or out
     *     of range
     */
    public TokenSequences(List<int[]> rows, int vocabulary) {
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("no token sequences");
        }
        this.length = rows.get(0).length;
        for (int i = 0; i < rows.size(); i++) {
            int[] row = rows.get(i);
            if (row.length != length || length == 0) {
                throw new IllegalArgumentException("sequence " + i + " has " + row.length + " tokens; all must have "
                        + length + " (> 0)");
            }
            for (int id : row) {
                if (id < 0 || id >= vocabulary) {
                    throw new IllegalArgumentException("sequence " + i + " holds token id " + id + " outside the vocabulary [0, "
                            + vocabulary + ")");
                }
            }
        }
        this.rows = List.copyOf(rows);
        this.vocabulary = vocabulary;
    }

    /**
     * Reads a (B, length) array of token ids back into rows.
     *
     * @param tokens token ids, any numeric type
     * @return one int[] per row
     */
    public static List<int[]> rowsOf(NDArray tokens) {
        int batch = (int) tokens.getShape().get(0);
        int length = (int) tokens.getShape().get(1);
        int[] flat = tokens.toType(DataType.INT32, false).toIntArray();
        List<int[]> out = new ArrayList<>(batch);
        for (int b = 0; b < batch; b++) {
            out.add(Arrays.copyOfRange(flat, b * length, (b + 1) * length));
        }
        return out;
    }

    /** @return the number of sequences */
    public int size() {
        return rows.size();
    }

    /** @return the tokens per sequence */
    public int length() {
        return length;
    }

    /** @return the number of token ids */
    public int vocabulary() {
        return vocabulary;
    }

    /** @return the sequences (unmodifiable list; do not change the arrays) */
    public List<int[]> rows() {
        return rows;
    }

    /**
     * Copies sequences into a native array.
     *
     * @param manager the owner of the result
     * @param from the first row
     * @param count how many rows
     * @return token ids (count, length), INT64
     */
    public NDArray slice(NDManager manager, int from, int count) {
        FloatBuffer out = buffer.begin(count * length);
        for (int r = from; r < from + count; r++) {
            for (int id : rows.get(r)) {
                out.put(id);
            }
        }
        return buffer.finish(manager, new Shape(count, length)).toType(DataType.INT64, false);
    }

    /**
     * Opens a seeded batch order over these sequences.
     *
     * @param seed the shuffling seed
     * @return the batches
     */
    public Batches batches(long seed) {
        return new Batches(new EpochOrder(rows.size(), seed));
    }

    /** Numbered batches in a seeded order. */
    public final class Batches {
        private final EpochOrder order;

        private Batches(EpochOrder order) {
            this.order = order;
        }

        /**
         * Returns batch number {@code index}.
         *
         * @param manager the per-step owner of the result
         * @param index the batch number
         * @param batchSize the rows per batch
         * @return token ids (batchSize, length), INT64
         */
        public NDArray get(NDManager manager, long index, int batchSize) {
            FloatBuffer out = buffer.begin(batchSize * length);
            for (int k = 0; k < batchSize; k++) {
                for (int id : rows.get(order.sampleAt(index * batchSize + k))) {
                    out.put(id);
                }
            }
            return buffer.finish(manager, new Shape(batchSize, length)).toType(DataType.INT64, false);
        }
    }
}
