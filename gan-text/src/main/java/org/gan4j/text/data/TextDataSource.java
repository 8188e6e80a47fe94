package org.gan4j.text.data;

import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.gan4j.core.data.DataSource;
import org.gan4j.core.data.RealBatch;
import org.gan4j.core.model.ConditionSpec;
import org.gan4j.text.oracle.OracleLstm;

/**
 * Token sequences as GAN training data: each sample is a one-hot sequence (length, vocabulary),
 * which is what a Gumbel-softmax generator emits. It also carries what text metrics need: the
 * vocabulary (to decode) or, for the synthetic benchmark, the oracle.
 */
public final class TextDataSource implements DataSource {

    private final TokenSequences sequences;
    private final TokenSequences.Batches batches;
    private final Vocabulary vocabulary;
    private final Tokenization tokenization;
    private final OracleLstm oracle;

    /**
     * @param sequences the sequences of this split
     * @param seed the batch-order seed
     * @param vocabulary the vocabulary, or {@code null} for oracle data (ids are the text)
     * @param tokenization how to join decoded tokens, or {@code null} for oracle data
     * @param oracle the oracle that made the data, or {@code null} for real text
     */
    public TextDataSource(TokenSequences sequences, long seed, Vocabulary vocabulary, Tokenization tokenization,
            OracleLstm oracle) {
        this.sequences = sequences;
        this.batches = sequences.batches(seed);
        this.vocabulary = vocabulary;
        this.tokenization = tokenization;
        this.oracle = oracle;
    }

    @Override
    public Shape sampleShape() {
        return new Shape(sequences.length(), sequences.vocabulary());
    }

    @Override
    public ConditionSpec condition() {
        return ConditionSpec.NONE;
    }

    @Override
    public long size() {
        return sequences.size();
    }

    @Override
    public RealBatch batch(NDManager manager, long index, int batchSize) {
        return new RealBatch(batches.get(manager, index, batchSize).oneHot(sequences.vocabulary()), null);
    }

    /** @return the sequences as token ids */
    public TokenSequences sequences() {
        return sequences;
    }

    /** @return the vocabulary, or {@code null} for oracle data */
    public Vocabulary vocabulary() {
        return vocabulary;
    }

    /** @return how decoded tokens are joined, or {@code null} for oracle data */
    public Tokenization tokenization() {
        return tokenization;
    }

    /** @return the oracle, or {@code null} for real text */
    public OracleLstm oracle() {
        return oracle;
    }

    /**
     * @param sequence token ids
     * @return the text: decoded words or characters, or the ids for oracle data
     */
    public String decode(int[] sequence) {
        if (vocabulary == null) {
            return Arrays.stream(sequence).mapToObj(Integer::toString).collect(Collectors.joining(" "));
        }
        return tokenization.join(vocabulary.decode(sequence));
    }

    @Override
    public void close() {
        if (oracle != null) {
            oracle.close();
        }
    }
}
