package org.gan4j.text.model;

import java.util.List;
import org.gan4j.core.options.Options;

/**
 * Options of the sequence GAN architectures ({@code architecture.options}).
 *
 * @param embedding the generator's token embedding width
 * @param hidden the generator's LSTM width
 * @param initStd the standard deviation of the generator's normal initialization
 * @param startToken the id fed before the first token (1 is {@code <s>} in text vocabularies)
 * @param pretraining the MLE phase
 * @param betaMax RelGAN's final inverse temperature
 * @param annealSteps the steps over which RelGAN's β rises to βmax
 * @param rollouts SeqGAN's Monte-Carlo rollouts per prefix
 * @param discriminatorEmbedding the discriminator's embedding width
 * @param filters the discriminator's filters per convolution width
 */
public record SequenceGanOptions(int embedding, int hidden, float initStd, int startToken, MleSettings pretraining,
        float betaMax, long annealSteps, int rollouts, int discriminatorEmbedding, int filters) {

    private static final List<String> KEYS = List.of("embedding", "hidden", "initStd", "startToken", "pretrainSteps",
            "pretrainBatchSize", "pretrainLearningRate", "betaMax", "annealSteps", "rollouts", "discriminatorEmbedding",
            "filters");

    /**
     * Reads and validates the options.
     *
     * @param options {@code architecture.options}
     * @return the options
     */
    public static SequenceGanOptions from(Options options) {
        options.requireOnly(KEYS);
        return new SequenceGanOptions(options.getInt("embedding", 32, 1, 4096), options.getInt("hidden", 32, 1, 4096),
                (float) options.getDouble("initStd", 0.1, 1e-6, 10), options.getInt("startToken", 1, 0, 65535),
                new MleSettings(options.getInt("pretrainSteps", 1000, 0, Integer.MAX_VALUE),
                        options.getInt("pretrainBatchSize", 64, 1, 65536),
                        (float) options.getDouble("pretrainLearningRate", 0.01, 1e-8, 10)),
                (float) options.getDouble("betaMax", 100, 1, 1e6), options.getInt("annealSteps", 2000, 1, Integer.MAX_VALUE),
                options.getInt("rollouts", 8, 1, 1024), options.getInt("discriminatorEmbedding", 64, 1, 4096),
                options.getInt("filters", 64, 1, 4096));
    }
}
