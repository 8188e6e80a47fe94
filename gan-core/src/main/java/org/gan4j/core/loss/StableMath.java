package org.gan4j.core.loss;

import ai.djl.ndarray.NDArray;
import org.gan4j.core.nn.Scalars;

/** Numerically stable building blocks shared by the losses. */
final class StableMath {

    private StableMath() {}

    /** {@code log(1 + exp(x))}, finite for any finite {@code x} (libtorch's softplus). */
    static NDArray softplus(NDArray x) {
        return x.getNDArrayInternal().softPlus();
    }

    /**
     * Mean binary cross-entropy of logits against a constant target {@code t}: {@code
     * mean(softplus(x) - t * x)}, which equals {@code -t log σ(x) - (1 - t) log(1 - σ(x))}.
     */
    static NDArray bceWithLogits(NDArray logits, float target) {
        NDArray sp = softplus(logits);
        if (target == 0f) {
            return sp.mean();
        }
        return sp.sub(Scalars.times(logits, target)).mean();
    }
}
