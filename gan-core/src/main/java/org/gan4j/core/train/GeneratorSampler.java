package org.gan4j.core.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.nn.Block;
import ai.djl.training.ParameterStore;
import java.util.Optional;
import org.gan4j.core.model.ConditionSpec;
import org.gan4j.core.model.GanModel;

/** Samples from one generator block in inference mode, in slices sized to the sample shape. */
final class GeneratorSampler implements Sampler {

    private final GanModel model;
    private final Block generator;
    private final ParameterStore store;

    GeneratorSampler(GanModel model, Block generator, ParameterStore store) {
        this.model = model;
        this.generator = generator;
        this.store = store;
    }

    @Override
    public ConditionSpec condition() {
        return model.condition();
    }

    @Override
    public NDArray generate(NDManager target, int count, NDArray conditions) {
        NDArray z = model.prior().sample(target, count);
        return ChunkedInference.forward(generator, store, NetworkInputs.generator(z, conditions),
                ChunkedInference.chunkFor(model.sampleShape()));
    }

    @Override
    public Optional<Block> generator() {
        return Optional.of(generator);
    }
}
