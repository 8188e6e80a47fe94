package org.gan4j.text.oracle;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import java.util.ArrayList;
import java.util.List;
import org.gan4j.core.device.Devices;
import org.gan4j.text.data.TokenSequences;
import org.gan4j.text.metrics.SequenceNll;
import org.gan4j.text.model.LstmLanguageModel;

/**
 * SeqGAN's synthetic benchmark: a randomly initialized LSTM (weights N(0, 1)) is the true data
 * distribution. Its samples are the training and held-out data; the NLL of generated samples under
 * it (NLL-oracle) measures quality, and its own samples give the floor (its entropy rate).
 * Everything is a function of the seed.
 */
public final class OracleLstm implements AutoCloseable {

    private static final int CHUNK = 500;

    private final NDManager manager;
    private final LstmLanguageModel model;
    private final long seed;

    /**
     * Builds the oracle.
     *
     * @param spec vocabulary, length, widths
     * @param seed the weight and sampling seed
     * @param parent the manager under which the oracle keeps its weights
     */
    public OracleLstm(OracleSpec spec, long seed, NDManager parent) {
        this(parent.newSubManager(), spec, seed);
    }

    /**
     * Builds an oracle that owns a base manager of its own (closed by {@link #close}).
     *
     * @param spec vocabulary, length, widths
     * @param seed the weight and sampling seed
     */
    public OracleLstm(OracleSpec spec, long seed) {
        this(Devices.newBaseManager(), spec, seed);
    }

    private OracleLstm(NDManager manager, OracleSpec spec, long seed) {
        this.manager = manager;
        this.seed = seed;
        this.model = new LstmLanguageModel(spec.vocabulary(), spec.length(), spec.embedding(), spec.hidden(), 0, 1f);
        Engine.getInstance().setRandomSeed((int) (seed & 0x7FFFFFFF));
        model.initialize(manager, DataType.FLOAT32, new Shape(1, 1));
    }

    /** @return the oracle network */
    public LstmLanguageModel model() {
        return model;
    }

    /**
     * Samples sequences from the oracle; the same (stream, count) always gives the same sequences.
     *
     * @param stream which independent sample set (e.g. 0 train, 1 held-out)
     * @param count how many sequences
     * @return the sequences
     */
    public TokenSequences sample(int stream, int count) {
        List<int[]> rows = new ArrayList<>(count);
        for (int chunk = 0; rows.size() < count; chunk++) {
            int n = Math.min(CHUNK, count - rows.size());
            Engine.getInstance().setRandomSeed(Long.hashCode(seed * 1_000_003L + stream * 7_919L + chunk) & 0x7FFFFFFF);
            try (NDManager scope = manager.newSubManager()) {
                rows.addAll(TokenSequences.rowsOf(model.sample(scope, n, 1f)));
            }
        }
        return new TokenSequences(rows, model.vocabulary());
    }

    /**
     * NLL-oracle of a sample set.
     *
     * @param samples sequences of the oracle's length
     * @return the mean per-token NLL under the oracle, in nats
     */
    public double nll(List<int[]> samples) {
        return SequenceNll.mean(model, samples, manager);
    }

    @Override
    public void close() {
        manager.close();
    }
}
