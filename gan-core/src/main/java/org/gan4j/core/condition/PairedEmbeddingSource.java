package org.gan4j.core.condition;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.nio.FloatBuffer;
import java.util.SplittableRandom;
import org.gan4j.core.data.DataSource;
import org.gan4j.core.data.EpochOrder;
import org.gan4j.core.data.FloatBatchBuffer;
import org.gan4j.core.data.RealBatch;
import org.gan4j.core.model.ConditionSpec;

/**
 * Target samples conditioned on their partners' embeddings: batch {@code i} visits the targets in
 * {@link EpochOrder}, gives each a partner row drawn at random from its partners, and, as {@link
 * PairingOptions} say, a row of another class or of other attributes ({@link MismatchedPartners}) and GAN-INT
 * interpolated conditions for the generator. Every draw is a pure function of the seed and the
 * batch number.
 */
public final class PairedEmbeddingSource implements DataSource {

    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;

    private final PairedEmbeddings pairs;
    private final PairingOptions options;
    private final long seed;
    private final EpochOrder order;
    private final MismatchedPartners mismatched;
    private final FloatBatchBuffer buffer = new FloatBatchBuffer();

    /**
     * @param pairs the paired data
     * @param options how conditions are made
     * @param seed the seed of the order and the draws
     */
    public PairedEmbeddingSource(PairedEmbeddings pairs, PairingOptions options, long seed) {
        this.pairs = pairs;
        this.options = options;
        this.seed = seed;
        this.order = new EpochOrder(pairs.targets().size(), seed);
        if (options.sameClassMismatch() > 0 && pairs.rowAttributes() == null) {
            throw new IllegalArgumentException("sameClassMismatch " + options.sameClassMismatch() + " needs the"
                    + " embedding rows' attributes (PairedEmbeddings.withRowAttributes); set it to 0 for this pairing");
        }
        this.mismatched = options.matchingAware() ? new MismatchedPartners(pairs.rowLabels(), pairs.rowAttributes()) : null;
    }

    /** @return the paired data */
    public PairedEmbeddings pairs() {
        return pairs;
    }

    @Override
    public Shape sampleShape() {
        return pairs.targets().sampleShape();
    }

    @Override
    public ConditionSpec condition() {
        return ConditionSpec.embedding(pairs.dim());
    }

    @Override
    public long size() {
        return pairs.targets().size();
    }

    /**
     * The draws of batch {@code index}: target numbers, partner rows, mismatched rows (or null) and
     * the rows interpolated with for the generator (-1 for none).
     *
     * @param index the batch number
     * @param batchSize the number of samples
     * @return the draws
     */
    public Draws draws(long index, int batchSize) {
        SplittableRandom random = new SplittableRandom(seed * GOLDEN_GAMMA + index);
        int[] targets = new int[batchSize];
        int[] rows = new int[batchSize];
        int[] wrong = mismatched == null ? null : new int[batchSize];
        int[] mixWith = new int[batchSize];
        for (int b = 0; b < batchSize; b++) {
            targets[b] = order.sampleAt(index * batchSize + b);
            int[] partners = pairs.partners(targets[b]);
            rows[b] = partners[random.nextInt(partners.length)];
            if (wrong != null) {
                wrong[b] = mismatchedRow(pairs.targets().label(targets[b]), rows[b], random);
            }
        }
        for (int b = 0; b < batchSize; b++) {
            mixWith[b] = random.nextDouble() < options.interpolation() ? rows[random.nextInt(batchSize)] : -1;
        }
        return new Draws(targets, rows, wrong, mixWith);
    }

    /** A row of another class, or, for {@code sameClassMismatch} of the draws, of the class with other attributes. */
    private int mismatchedRow(int label, int rightRow, SplittableRandom random) {
        if (options.sameClassMismatch() > 0 && random.nextDouble() < options.sameClassMismatch()) {
            int row = mismatched.drawSameClass(label, pairs.rowAttributes()[rightRow], random);
            if (row >= 0) {
                return row;
            }
        }
        return mismatched.draw(label, random);
    }

    @Override
    public RealBatch batch(NDManager manager, long index, int batchSize) {
        Draws d = draws(index, batchSize);
        FloatBuffer samples = buffer.begin(batchSize * (int) sampleShape().size());
        for (int target : d.targets()) {
            pairs.targets().copy(target, samples);
        }
        NDArray x = buffer.finish(manager, new Shape(batchSize).addAll(sampleShape()));
        NDArray right = embeddings(manager, d.rows());
        NDArray wrong = d.mismatched() == null ? null : embeddings(manager, d.mismatched());
        NDArray forGenerator = options.interpolation() > 0 ? interpolated(manager, d) : null;
        return new RealBatch(x, right, wrong, forGenerator);
    }

    private NDArray embeddings(NDManager manager, int[] rows) {
        FloatBuffer out = buffer.begin(rows.length * pairs.dim());
        for (int row : rows) {
            out.put(pairs.embedding(row));
        }
        return buffer.finish(manager, new Shape(rows.length, pairs.dim()));
    }

    private NDArray interpolated(NDManager manager, Draws d) {
        FloatBuffer out = buffer.begin(d.rows().length * pairs.dim());
        float[] mixed = new float[pairs.dim()];
        for (int b = 0; b < d.rows().length; b++) {
            float[] own = pairs.embedding(d.rows()[b]);
            if (d.mixWith()[b] < 0) {
                out.put(own);
            } else {
                PairingOptions.interpolate(own, pairs.embedding(d.mixWith()[b]), (float) options.beta(), mixed);
                out.put(mixed);
            }
        }
        return buffer.finish(manager, new Shape(d.rows().length, pairs.dim()));
    }

    /**
     * What a batch drew.
     *
     * @param targets target sample numbers
     * @param rows their partner rows
     * @param mismatched rows of another class (or of the class with other attributes), or {@code null}
     *     without the matching-aware loss
     * @param mixWith the row each generator condition is interpolated with, -1 for none
     */
    public record Draws(int[] targets, int[] rows, int[] mismatched, int[] mixWith) {}
}
