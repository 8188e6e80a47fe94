package org.gan4j.examples.bench;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import java.util.function.BiFunction;

/**
 * Sampling as a {@link StepLoop}: each step draws one batch from a generator in inference mode,
 * with no gradient recorded, on a per-step sub-manager closed at the end of the step.
 */
final class SamplingLoop implements StepLoop {

    private final NDManager manager;
    private final int batchSize;
    private final BiFunction<NDManager, Integer, NDArray> generate;
    private final AutoCloseable owner;

    /**
     * @param manager the parent of each step's sub-manager
     * @param batchSize samples per step
     * @param generate draws a batch of the given size on the given per-step manager
     * @param owner what to close with the loop (the networks), or {@code null}
     */
    SamplingLoop(NDManager manager, int batchSize, BiFunction<NDManager, Integer, NDArray> generate, AutoCloseable owner) {
        this.manager = manager;
        this.batchSize = batchSize;
        this.generate = generate;
        this.owner = owner;
    }

    @Override
    public void step() {
        try (NDManager scope = manager.newSubManager()) {
            generate.apply(scope, batchSize);
        }
    }

    @Override
    public void close() {
        if (owner != null) {
            try {
                owner.close();
            } catch (Exception e) {
                throw new IllegalStateException("cannot close the sampling loop's networks", e);
            }
        }
    }
}
