package org.gan4j.core.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import java.util.function.UnaryOperator;

/**
 * A generator of discrete samples that learns by policy gradient (REINFORCE, as in SeqGAN)
 * instead of by backpropagating through the discriminator. {@link GanTrainer}'s generator update
 * then has two parts: {@link #sampleAndReward} runs outside any gradient collector (so sampling
 * and Monte-Carlo rollouts record no graph), and {@link #policyLoss} runs inside it. The
 * discriminator update is unchanged: it sees the generator's forward output.
 */
public interface PolicyGradientGenerator {

    /**
     * Draws samples and scores them.
     *
     * @param scope the step's manager
     * @param batch how many samples
     * @param discriminator maps samples (B, sample shape...) to the discriminator's outputs
     *     (logits or scores) without recording gradients
     * @return whatever {@link #policyLoss} needs, e.g. the samples and per-position rewards
     */
    NDList sampleAndReward(NDManager scope, int batch, UnaryOperator<NDArray> discriminator);

    /**
     * The surrogate loss whose gradient is the policy gradient, e.g. {@code -Σ_t Q_t log p(x_t |
     * x_<t)}.
     *
     * @param samplesAndRewards the result of {@link #sampleAndReward}
     * @return a scalar loss
     */
    NDArray policyLoss(NDList samplesAndRewards);
}
