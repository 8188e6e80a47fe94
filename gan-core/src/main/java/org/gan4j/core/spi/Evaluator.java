package org.gan4j.core.spi;

import java.util.List;
import org.gan4j.core.metrics.MetricValue;
import org.gan4j.core.train.Sampler;

/** Measures a generator's samples against the real data with the modality's metrics. */
public interface Evaluator extends AutoCloseable {

    /**
     * Evaluates a generator.
     *
     * @param sampler draws samples from the generator being evaluated
     * @param samples how many samples to draw
     * @return the metrics, each with its sample count
     */
    List<MetricValue> evaluate(Sampler sampler, int samples);

    /** Releases the evaluator's resources; the default does nothing. */
    @Override
    default void close() {}
}
