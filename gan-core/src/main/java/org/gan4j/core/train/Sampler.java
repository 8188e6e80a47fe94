package org.gan4j.core.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Block;
import java.util.Optional;
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

    /**
     * The network behind this sampler, for evaluators that need more than samples (e.g. the
     * likelihood of held-out data under a sequence generator).
     *
     * @return the generator block, or empty if this sampler does not expose one (the default)
     */
    default Optional<Block> generator() {
        return Optional.empty();
    }
}
