package org.gan4j.text.metrics;

import ai.djl.ndarray.NDManager;
import java.util.List;
import org.gan4j.text.data.TokenSequences;
import org.gan4j.text.model.LstmLanguageModel;

/**
 * The mean per-token negative log-likelihood (nats) of sequences under a language model, the
 * quantity behind the sequence-GAN NLL metrics:
 *
 * <ul>
 *   <li>NLL-oracle: generated samples under the oracle (quality; the oracle's own samples give the
 *       floor, its entropy rate);
 *   <li>NLL-gen: real held-out sequences under the generator (coverage; never the training data);
 *   <li>NLL-div: the generator's samples under the generator itself (an entropy estimate:
 *       diversity).
 * </ul>
 *
 * Each sequence weighs the same; computed in chunks on sub-managers without gradients.
 */
public final class SequenceNll {

    private static final int CHUNK = 256;

    private SequenceNll() {}

    /**
     * @param model the scoring model
     * @param sequences sequences of the model's length over its vocabulary
     * @param manager a parent for the chunks' sub-managers
     * @return the mean of the sequences' per-token NLL
     */
    public static double mean(LstmLanguageModel model, List<int[]> sequences, NDManager manager) {
        return mean(model, sequences, 1f, manager);
    }

    /**
     * @param model the scoring model
     * @param sequences sequences of the model's length over its vocabulary
     * @param temperature the softmax temperature the model is sampled at
     * @param manager a parent for the chunks' sub-managers
     * @return the mean of the sequences' per-token NLL under the tempered model
     */
    public static double mean(LstmLanguageModel model, List<int[]> sequences, float temperature, NDManager manager) {
        TokenSequences data = new TokenSequences(sequences, model.vocabulary());
        if (data.length() != model.length()) {
            throw new IllegalArgumentException("sequences of " + data.length() + " tokens cannot be scored by a model of length "
                    + model.length());
        }
        double sum = 0;
        for (int from = 0; from < data.size(); from += CHUNK) {
            int count = Math.min(CHUNK, data.size() - from);
            try (NDManager scope = manager.newSubManager()) {
                sum += model.tokenNll(data.slice(scope, from, count), temperature).sum().getFloat();
            }
        }
        return sum / data.size();
    }
}
