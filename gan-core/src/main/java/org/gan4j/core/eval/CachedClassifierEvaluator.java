package org.gan4j.core.eval;

import java.util.List;
import org.gan4j.core.metrics.MetricValue;
import org.gan4j.core.spi.Evaluator;
import org.gan4j.core.train.Sampler;

/**
 * Measures a generator with a {@link CachedClassifier} through a {@link ClassifierEvaluator}; owns
 * both and frees them on close. Modalities subclass it to prepare the real references.
 *
 * @param <C> the modality's evaluator card
 */
public abstract class CachedClassifierEvaluator<C> implements Evaluator {

    private final CachedClassifier<C> classifier;
    private final ClassifierEvaluator metrics;

    /**
     * @param classifier the trained classifier, now owned by this evaluator
     * @param metrics measures with it, now owned by this evaluator
     */
    protected CachedClassifierEvaluator(CachedClassifier<C> classifier, ClassifierEvaluator metrics) {
        this.classifier = classifier;
        this.metrics = metrics;
    }

    /** @return the evaluator's card: its hash, data and held-out accuracy */
    public C card() {
        return classifier.card();
    }

    /**
     * The real reference for evaluations of {@code samples} samples, computed on first use.
     *
     * @param samples the generated sample count n; the reference uses min(n, held-out size) samples
     * @return what real held-out samples score with the same counts
     */
    public RealReference realReference(int samples) {
        return metrics.realReference(samples);
    }

    /**
     * @param sampler an unconditional or class-conditional generator of samples the classifier takes
     * @param samples how many to draw, at least {@value ClassifierEvaluator#MIN_SAMPLES}
     * @throws IllegalArgumentException if the generator is conditioned on something else, or its
     *     samples do not fit the classifier
     */
    @Override
    public List<MetricValue> evaluate(Sampler sampler, int samples) {
        return metrics.evaluate(sampler, samples);
    }

    /** Frees the classifier and the arrays of this evaluator. */
    @Override
    public void close() {
        metrics.close();
        classifier.close();
    }
}
