package org.gan4j.core.train;

import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.util.Pair;
import java.util.ArrayList;
import java.util.List;

/**
 * Freezes a block's trainable parameters for the life of a try-with-resources scope and restores
 * exactly the parameters that were trainable before, so that non-trainable state stays so.
 * Used to keep the discriminator's gradients at zero during a generator step.
 */
final class FrozenParameters implements AutoCloseable {

    private final List<Parameter> frozen = new ArrayList<>();

    private FrozenParameters(Block block) {
        for (Pair<String, Parameter> p : block.getParameters()) {
            if (p.getValue().requiresGradient()) {
                p.getValue().freeze(true);
                frozen.add(p.getValue());
            }
        }
    }

    /** @return a scope in which {@code block}'s parameters receive no gradient */
    static FrozenParameters freeze(Block block) {
        return new FrozenParameters(block);
    }

    @Override
    public void close() {
        frozen.forEach(p -> p.freeze(false));
    }
}
