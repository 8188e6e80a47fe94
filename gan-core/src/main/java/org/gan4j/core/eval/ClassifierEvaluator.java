package org.gan4j.core.eval;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import org.gan4j.core.device.Devices;
import org.gan4j.core.metrics.ClassAccuracy;
import org.gan4j.core.metrics.ClassHistogram;
import org.gan4j.core.metrics.FrechetDistance;
import org.gan4j.core.metrics.GaussianStatistics;
import org.gan4j.core.metrics.InceptionScore;
import org.gan4j.core.metrics.KernelInceptionDistance;
import org.gan4j.core.metrics.Memorization;
import org.gan4j.core.metrics.MetricValue;
import org.gan4j.core.metrics.PrecisionRecall;
import org.gan4j.core.metrics.Score;
import org.gan4j.core.model.ConditionSpec;
import org.gan4j.core.spi.Evaluator;
import org.gan4j.core.train.Sampler;

/**
 * Measures a generator with a self-trained classifier of any modality: {@code inception-score}
 * (10 splits), {@code fid} against the statistics of the real training sample it is given, {@code
 * kid}, {@code precision} and {@code recall} (k = 3) against up to {@value #MANIFOLD_ROWS} of their
 * feature rows, the {@link Memorization} measures {@code gen/nn-ratio} and {@code
 * gen/memorized-share} against the same training rows and as many held-out rows, and either the
 * class histogram ({@code modes-covered}, {@code class-kl-uniform}, {@code top-class-share}) of an unconditional generator or the {@code
 * class-accuracy} of a class-conditional one, which is asked for the classes 0..k-1 in turn.
 *
 * <p>Every metric names its sample count, and its note the evaluator hash and the value real
 * held-out samples reach with the same counts ({@link #realReference}). The real training
 * statistics are computed once, when the evaluator is made; the references once per count.
 */
public final class ClassifierEvaluator implements Evaluator {

    /** How many feature rows of each side KID, precision and recall use at most. */
    public static final int MANIFOLD_ROWS = 5_000;

    /** The fewest samples an evaluation takes: one per Inception Score split. */
    public static final int MIN_SAMPLES = InceptionScore.DEFAULT_SPLITS;

    /** How many samples are drawn from the generator at a time. */
    static final int CHUNK = 500;

    /** A trained classifier as the evaluator uses it. */
    public interface Classifier {

        /** @return k, the number of classes */
        int classes();

        /**
         * @param samples a batch of samples (B, sample shape...)
         * @return the classifier's features and class probabilities for them
         * @throws IllegalArgumentException if the samples do not fit the classifier
         */
        Predictions predict(NDArray samples);
    }

    private final String description;
    private final Classifier classifier;
    private final NDManager manager;
    private final FrechetDistance.Reference trainStatistics;
    private final int statisticsSamples;
    private final double[][] trainRows;
    private final Predictions heldOut;
    private final Map<Integer, RealReference> references = new HashMap<>();

    /**
     * @param description names the evaluator and its hash in every metric's note
     * @param classifier classifies generated samples
     * @param trainSample its predictions on a random sample of the real training data, the FID
     *     statistics and the KID/precision/recall rows
     * @param heldOut its predictions on the real held-out data in random order, with their labels,
     *     at least {@value #MIN_SAMPLES}
     * @throws IllegalArgumentException if there are too few real samples
     */
    public ClassifierEvaluator(String description, Classifier classifier, Predictions trainSample,
            Predictions heldOut) {
        if (trainSample.size() < MIN_SAMPLES || heldOut.size() < MIN_SAMPLES) {
            throw new IllegalArgumentException("an evaluator needs at least " + MIN_SAMPLES
                    + " training and held-out samples, got " + trainSample.size() + " and " + heldOut.size());
        }
        this.description = description;
        this.classifier = classifier;
        this.statisticsSamples = trainSample.size();
        this.trainStatistics = FrechetDistance.reference(GaussianStatistics.of(trainSample.features()));
        this.trainRows = trainSample.first(MANIFOLD_ROWS).features();
        this.heldOut = heldOut;
        this.manager = Devices.newBaseManager();
    }

    /** @return the predictions on the real held-out samples */
    public Predictions heldOut() {
        return heldOut;
    }

    /**
     * The real reference for evaluations of {@code samples} samples, computed on first use.
     *
     * @param samples the generated sample count n; the reference uses min(n, held-out size) samples
     * @return what real held-out samples score with the same counts
     */
    public synchronized RealReference realReference(int samples) {
        requireSamples(samples);
        int n = Math.min(samples, heldOut.size());
        return references.computeIfAbsent(n, count -> {
            Predictions real = heldOut.first(count);
            return new RealReference(count, InceptionScore.compute(real.probabilities()), fid(real),
                    KernelInceptionDistance.compute(trainRows, real.features()),
                    PrecisionRecall.of(trainRows, real.first(MANIFOLD_ROWS).features()));
        });
    }

    /**
     * @param sampler an unconditional or class-conditional generator of samples of the classifier's
     *     shape and classes
     * @param samples how many to draw, at least {@value #MIN_SAMPLES}
     * @throws IllegalArgumentException if the generator is conditioned on something else, or its
     *     samples have another shape
     */
    @Override
    public List<MetricValue> evaluate(Sampler sampler, int samples) {
        requireSamples(samples);
        Predictions generated = generate(sampler, samples);
        RealReference real = realReference(samples);
        String about = description + "; real held-out n=" + real.samples() + ": ";
        Predictions manifold = generated.first(MANIFOLD_ROWS);
        PrecisionRecall precisionRecall = PrecisionRecall.of(trainRows, manifold.features());
        List<MetricValue> metrics = new ArrayList<>();
        metrics.add(InceptionScore.compute(generated.probabilities())
                .toMetric("inception-score", samples, true, about + format(real.inceptionScore())));
        metrics.add(MetricValue.of("fid", fid(generated), samples, false, about + format(real.fid())
                + " (floor), against " + statisticsSamples + " training samples"));
        metrics.add(KernelInceptionDistance.compute(trainRows, generated.features())
                .toMetric("kid", samples, false, about + format(real.kid()) + ", against " + trainRows.length
                        + " training samples"));
        metrics.add(MetricValue.of("precision", precisionRecall.precision(), manifold.size(), true,
                about + format(real.precisionRecall().precision())));
        metrics.add(MetricValue.of("recall", precisionRecall.recall(), manifold.size(), true,
                about + format(real.precisionRecall().recall())));
        Predictions heldOutManifold = heldOut.first(Math.min(MANIFOLD_ROWS, real.samples()));
        metrics.addAll(Memorization.of(trainRows, heldOutManifold.features(), manifold.features())
                .toMetrics(manifold.size(), description + "; against " + trainRows.length + " training and "
                        + heldOutManifold.size() + " held-out samples"));
        if (generated.labels() == null) {
            metrics.addAll(ClassHistogram.fromScores(generated.probabilities()).toMetrics(description));
        } else {
            metrics.add(MetricValue.of("class-accuracy", ClassAccuracy.fromScores(generated.probabilities(),
                    generated.labels()), samples, true, about + format(heldOut.first(real.samples()).accuracy())));
        }
        return metrics;
    }

    /** Draws and classifies {@code samples} samples, asking a class-conditional sampler for classes 0..k-1 in turn. */
    private Predictions generate(Sampler sampler, int samples) {
        int classes = classifier.classes();
        ConditionSpec condition = sampler.condition();
        if (condition.isConditional() && !condition.equals(ConditionSpec.classLabel(classes))) {
            throw new IllegalArgumentException("the evaluator measures unconditional generators and generators "
                    + "conditioned on its " + classes + " classes, not on " + condition);
        }
        List<Predictions> parts = new ArrayList<>();
        for (int from = 0; from < samples; from += CHUNK) {
            int count = Math.min(CHUNK, samples - from);
            int[] requested = IntStream.range(from, from + count).map(i -> i % classes).toArray();
            try (NDManager chunk = manager.newSubManager()) {
                NDArray conditions = condition.isConditional()
                        ? chunk.create(Arrays.stream(requested).asLongStream().toArray()) : null;
                NDArray generated = sampler.generate(chunk, count, conditions);
                Predictions predictions = classifier.predict(generated);
                parts.add(condition.isConditional() ? predictions.withLabels(requested) : predictions);
            }
        }
        return Predictions.concat(parts);
    }

    private double fid(Predictions predictions) {
        return trainStatistics.distanceTo(GaussianStatistics.of(predictions.features()));
    }

    private static void requireSamples(int samples) {
        if (samples < MIN_SAMPLES) {
            throw new IllegalArgumentException("an evaluator needs at least " + MIN_SAMPLES + " samples, got "
                    + samples);
        }
    }

    private static String format(Score score) {
        return String.format(Locale.ROOT, "%.4g ± %.2g", score.mean(), score.std());
    }

    private static String format(double value) {
        return String.format(Locale.ROOT, "%.4g", value);
    }

    /** Frees the arrays of this evaluator (not the classifier, which its owner closes). */
    @Override
    public void close() {
        manager.close();
    }
}
