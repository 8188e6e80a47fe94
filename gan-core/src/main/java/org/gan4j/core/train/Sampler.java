package org.gan4j.core.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import org.gan4j.core.model.ConditionSpec;

/** Draws samples from a trained generator (in inference mode), for evaluation and sample files. */
public interface Sampler {

    /** What the generator is conditioned on. */
    ConditionSpec condition();

    /**
     * Generates samples.
     *
     * @param manager the manager that will own the result
     * @param count how many samples
     * @param conditions class indices (count) or embeddings (count, dim); {@code null} when
     *     unconditional
     * @return shape (count, sample shape...)
     */
    NDArray generate(NDManager manager, int count, NDArray conditions);
}
