package org.gan4j.core.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.index.NDIndex;
import org.gan4j.core.nn.Scalars;

/**
 * The mode-seeking regularizer of Mao et al. (2019, "Mode Seeking Generative Adversarial Networks
 * for Diverse Image Synthesis"): the batch is generated as two halves with the same conditions and
 * different latent codes, and the generator is penalised by {@code 1 / (mean|G(z₁,c) − G(z₂,c)| /
 * mean|z₁ − z₂| + ε)}. A conditional generator that ignores z, producing one sample per
 * condition, pays a large penalty; one whose samples move with z pays little.
 */
final class ModeSeeking {

    private static final float EPSILON = 1e-5f;

    private ModeSeeking() {}

    /**
     * Pairs a batch's conditions so that row {@code i} and row {@code i + B/2} share a condition:
     * the first half's conditions, twice (and the last row's own for an odd batch).
     *
     * @param conditions the real batch's conditions, or {@code null} when unconditional
     * @return the conditions to generate with
     */
    static NDArray pairedConditions(NDArray conditions) {
        if (conditions == null) {
            return null;
        }
        long batch = conditions.getShape().get(0);
        long half = batch / 2;
        NDArray first = conditions.get(new NDIndex("0:{}", half));
        NDArray paired = first.concat(first, 0);
        return batch % 2 == 0 ? paired : paired.concat(conditions.get(new NDIndex("{}:", 2 * half)), 0);
    }

    /**
     * The penalty of one batch generated from {@link #pairedConditions}.
     *
     * @param samples the generated batch (B, ...)
     * @param z the latent codes it was generated from (B, dim)
     * @return the scalar penalty, differentiable with respect to the samples
     */
    static NDArray penalty(NDArray samples, NDArray z) {
        long half = samples.getShape().get(0) / 2;
        NDArray sampleDistance = halfDifference(samples, half).abs().mean();
        NDArray latentDistance = halfDifference(z, half).abs().mean();
        return Scalars.power(sampleDistance.div(latentDistance).add(EPSILON), -1);
    }

    private static NDArray halfDifference(NDArray batch, long half) {
        return batch.get(new NDIndex("0:{}", half)).sub(batch.get(new NDIndex("{}:{}", half, 2 * half)));
    }
}
