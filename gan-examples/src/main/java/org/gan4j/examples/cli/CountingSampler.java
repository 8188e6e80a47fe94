package org.gan4j.examples.cli;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Block;
import java.util.Optional;
import org.gan4j.core.model.ConditionSpec;
import org.gan4j.core.train.Sampler;

/** A sampler that reports how many samples an evaluator has drawn so far to a progress display. */
final class CountingSampler implements Sampler {

    private final Sampler inner;
    private final ProgressBar progress;
    private long drawn;

    CountingSampler(Sampler inner, ProgressBar progress) {
        this.inner = inner;
        this.progress = progress;
    }

    @Override
    public ConditionSpec condition() {
        return inner.condition();
    }

    @Override
    public NDArray generate(NDManager manager, int count, NDArray conditions) {
        NDArray samples = inner.generate(manager, count, conditions);
        drawn += count;
        progress.update(drawn, "");
        return samples;
    }

    @Override
    public Optional<Block> generator() {
        return inner.generator();
    }
}
