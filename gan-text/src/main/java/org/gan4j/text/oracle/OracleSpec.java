package org.gan4j.text.oracle;

/**
 * The oracle's shape. {@link #SEQGAN} is the benchmark's: vocabulary 5000, length 20, embedding
 * and hidden width 32.
 *
 * @param vocabulary the number of tokens
 * @param length the sequence length
 * @param embedding the embedding width
 * @param hidden the LSTM width
 */
public record OracleSpec(int vocabulary, int length, int embedding, int hidden) {

    /** SeqGAN's oracle. */
    public static final OracleSpec SEQGAN = new OracleSpec(5000, 20, 32, 32);
}
