package org.gan4j.text.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import java.util.function.UnaryOperator;
import org.gan4j.core.train.PolicyGradientGenerator;

/**
 * SeqGAN's generator (Yu et al., 2017): emits hard one-hot samples and learns by policy gradient.
 * The reward of token t is the discriminator's mean probability of "real" over {@code rollouts}
 * Monte-Carlo completions of the prefix up to t (the full sequence's own score for the last
 * token); the loss is {@code -mean_b Σ_t Q_t log p(x_t | x_<t)}.
 */
public final class SeqGanGenerator extends SequenceGenerator implements PolicyGradientGenerator {

    private final int rollouts;

    /**
     * @param languageModel the model
     * @param pretraining the MLE phase
     * @param rollouts Monte-Carlo completions per prefix, ≥ 1
     */
    public SeqGanGenerator(LstmLanguageModel languageModel, MleSettings pretraining, int rollouts) {
        super(languageModel, pretraining);
        if (rollouts < 1) {
            throw new IllegalArgumentException("SeqGAN needs rollouts ≥ 1, got " + rollouts);
        }
        this.rollouts = rollouts;
    }

    @Override
    protected NDList forwardInternal(ParameterStore parameterStore, NDList inputs, boolean training,
            PairList<String, Object> params) {
        NDArray z = inputs.head();
        int batch = (int) z.getShape().get(0);
        return new NDList(languageModel.sample(z.getManager(), batch, 1f).oneHot(languageModel.vocabulary()));
    }

    @Override
    public NDList sampleAndReward(NDManager scope, int batch, UnaryOperator<NDArray> discriminator) {
        int length = languageModel.length();
        int vocabulary = languageModel.vocabulary();
        NDArray tokens = languageModel.sample(scope, batch, 1f);
        NDArray[] rewards = new NDArray[length];
        for (int t = 0; t < length - 1; t++) {
            NDArray sum = scope.zeros(new Shape(batch));
            for (int k = 0; k < rollouts; k++) {
                // each rollout's arrays (about 20 steps of (B, vocabulary) logits) die with its sub-manager
                try (NDManager rollout = scope.newSubManager()) {
                    tokens.tempAttach(rollout);
                    NDArray completed = languageModel.complete(tokens, t + 1, 1f);
                    sum.addi(realProbability(discriminator.apply(completed.oneHot(vocabulary))));
                }
            }
            rewards[t] = sum.divi(rollouts);
        }
        rewards[length - 1] = realProbability(discriminator.apply(tokens.oneHot(vocabulary)));
        return new NDList(tokens, NDArrays.stack(new NDList(rewards), 1));
    }

    private static NDArray realProbability(NDArray logits) {
        return Activation.sigmoid(logits.reshape(-1));
    }

    @Override
    public NDArray policyLoss(NDList samplesAndRewards) {
        NDArray tokens = samplesAndRewards.get(0);
        NDArray rewards = samplesAndRewards.get(1);
        NDArray logProbabilities = languageModel.logits(tokens).logSoftmax(-1)
                .mul(tokens.toType(DataType.INT64, false).oneHot(languageModel.vocabulary())).sum(new int[] {2});
        return logProbabilities.mul(rewards).sum(new int[] {1}).mean().neg();
    }
}
