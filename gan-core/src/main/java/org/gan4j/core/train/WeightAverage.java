package org.gan4j.core.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.nn.ParameterList;
import ai.djl.util.Pair;

/**
 * An exponential moving average of a generator's weights, held in an identical block (Karras et
 * al. 2018; Yazıcı et al. 2019). The decay warms up as {@code min(decay, (1 + t) / (10 + t))} so
 * early averages are not dominated by the random initialisation. Non-trainable state (BatchNorm
 * statistics, spectral-norm vectors) is copied rather than averaged.
 */
final class WeightAverage {

    private static final NDIndex ALL = new NDIndex("...");

    private final ParameterList source;
    private final ParameterList average;
    private final float decay;

    /**
     * @param source the trained generator
     * @param average an initialized block of the same architecture; it is overwritten
     * @param decay the target decay in (0, 1)
     */
    WeightAverage(Block source, Block average, float decay) {
        this.source = source.getParameters();
        this.average = average.getParameters();
        this.decay = decay;
        average.freezeParameters(true);
        copyAll();
    }

    /** Copies every source value into the average (used at start and after a rollback). */
    void copyAll() {
        for (Pair<String, Parameter> p : source) {
            average.get(p.getKey()).getArray().set(ALL, p.getValue().getArray());
        }
    }

    /**
     * Moves the average towards the current weights.
     *
     * @param updates how many generator updates have been applied so far
     */
    void update(long updates) {
        float d = Math.min(decay, (1f + updates) / (10f + updates));
        for (Pair<String, Parameter> p : source) {
            NDArray current = p.getValue().getArray();
            NDArray shadow = average.get(p.getKey()).getArray();
            if (p.getValue().requiresGradient()) {
                try (NDArray step = shadow.sub(current)) {
                    shadow.subi(step.muli(1f - d));
                }
            } else {
                shadow.set(ALL, current);
            }
        }
    }
}
