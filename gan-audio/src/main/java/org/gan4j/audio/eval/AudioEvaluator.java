package org.gan4j.audio.eval;

import java.util.List;
import org.gan4j.core.eval.ClassifierEvaluator;
import org.gan4j.core.eval.RealReference;
import org.gan4j.core.metrics.MetricValue;
import org.gan4j.core.spi.Evaluator;
import org.gan4j.core.train.Sampler;

/**
 * Measures an audio generator with a cached {@link AudioClassifier} through gan-core's {@link
 * ClassifierEvaluator}; owns both and frees them on close.
 */
public final class AudioEvaluator implements Evaluator {

    private final AudioEvaluatorCache.Loaded evaluator;
    private final ClassifierEvaluator metrics;

    AudioEvaluator(AudioEvaluatorCache.Loaded evaluator, ClassifierEvaluator metrics) {
        this.evaluator = evaluator;
        this.metrics = metrics;
    }

    /** @return the evaluator's card: its hash, data and held-out accuracy */
    public AudioEvaluatorCard card() {
        return evaluator.card();
    }

    /**
     * @param samples the generated sample count n
     * @return what min(n, held-out size) real held-out clips score with the same evaluator
     */
    public RealReference realReference(int samples) {
        return metrics.realReference(samples);
    }

    @Override
    public List<MetricValue> evaluate(Sampler sampler, int samples) {
        return metrics.evaluate(sampler, samples);
    }

    @Override
    public void close() {
        metrics.close();
        evaluator.close();
    }
}
