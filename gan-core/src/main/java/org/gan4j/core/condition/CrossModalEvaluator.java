package org.gan4j.core.condition;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.nio.FloatBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.gan4j.core.data.FloatBatchBuffer;
import org.gan4j.core.data.Permutations;
import org.gan4j.core.eval.ClassifierEvaluator;
import org.gan4j.core.metrics.ClassAccuracy;
import org.gan4j.core.metrics.MetricValue;
import org.gan4j.core.model.ConditionSpec;
import org.gan4j.core.spi.Evaluator;
import org.gan4j.core.train.Sampler;

/**
 * Measures whether a generator conditioned on another modality's embeddings follows the
 * condition's class: held-out targets in a seeded order each give a partner embedding, the
 * generator makes a sample from it, and the target modality's classifier must recognise the
 * partner's class ({@code cross-modal-accuracy}, chance 1/k). The same embeddings in shuffled
 * order give the lower bound ({@code shuffled-condition-accuracy}, which must land near chance),
 * and the classifier's accuracy on the real held-out targets the upper reference ({@code
 * real-accuracy}).
 */
public final class CrossModalEvaluator implements Evaluator {

    private static final int CHUNK = 500;

    private final String description;
    private final ClassifierEvaluator.Classifier classifier;
    private final PairedEmbeddings heldOut;
    private final long seed;
    private final NDManager manager = NDManager.newBaseManager();
    private final FloatBatchBuffer buffer = new FloatBatchBuffer();

    /**
     * @param description names the classifier (and its hash) in every metric's note
     * @param classifier the target modality's classifier
     * @param heldOut held-out targets paired with held-out source embeddings
     * @param seed the seed of the order and the partner draws
     */
    public CrossModalEvaluator(String description, ClassifierEvaluator.Classifier classifier, PairedEmbeddings heldOut,
            long seed) {
        this.description = description;
        this.classifier = classifier;
        this.heldOut = heldOut;
        this.seed = seed;
    }

    @Override
    public List<MetricValue> evaluate(Sampler sampler, int samples) {
        ConditionSpec expected = ConditionSpec.embedding(heldOut.dim());
        if (!sampler.condition().equals(expected)) {
            throw new IllegalArgumentException("the cross-modal evaluator measures generators conditioned on an "
                    + expected + ", not on " + sampler.condition());
        }
        int n = Math.min(samples, heldOut.targets().size());
        int[] order = Permutations.of(heldOut.targets().size(), seed);
        SplittableRandom random = new SplittableRandom(seed);
        int[] targets = new int[n];
        int[] rows = new int[n];
        int[] labels = new int[n];
        for (int k = 0; k < n; k++) {
            targets[k] = order[k];
            int[] partners = heldOut.partners(targets[k]);
            rows[k] = partners[random.nextInt(partners.length)];
            labels[k] = heldOut.targets().label(targets[k]);
        }
        int[] shuffledRows = rows.clone();
        Permutations.shuffle(shuffledRows, random);
        double accuracy = ClassAccuracy.fromScores(classify(sampler, rows), labels);
        double shuffled = ClassAccuracy.fromScores(classify(sampler, shuffledRows), labels);
        double real = ClassAccuracy.fromScores(classifyReal(targets), labels);
        String about = String.format(Locale.ROOT, "%s; real held-out accuracy %.4f, shuffled-condition bound %.4f,"
                + " chance %.3f", description, real, shuffled, 1.0 / classifier.classes());
        return List.of(
                MetricValue.of("cross-modal-accuracy", accuracy, n, true, about),
                MetricValue.of("shuffled-condition-accuracy", shuffled, n, false,
                        "the same conditions in shuffled order; must be near chance " + about),
                MetricValue.of("real-accuracy", real, n, true, "the classifier on the real held-out targets; " + about));
    }

    private double[][] classify(Sampler sampler, int[] rows) {
        List<double[][]> parts = new ArrayList<>();
        for (int from = 0; from < rows.length; from += CHUNK) {
            int count = Math.min(CHUNK, rows.length - from);
            try (NDManager chunk = manager.newSubManager()) {
                FloatBuffer values = buffer.begin(count * heldOut.dim());
                for (int k = from; k < from + count; k++) {
                    values.put(heldOut.embedding(rows[k]));
                }
                NDArray conditions = buffer.finish(chunk, new Shape(count, heldOut.dim()));
                parts.add(classifier.predict(sampler.generate(chunk, count, conditions)).probabilities());
            }
        }
        return concat(parts);
    }

    private double[][] classifyReal(int[] targets) {
        SampleTable table = heldOut.targets();
        List<double[][]> parts = new ArrayList<>();
        for (int from = 0; from < targets.length; from += CHUNK) {
            int count = Math.min(CHUNK, targets.length - from);
            try (NDManager chunk = manager.newSubManager()) {
                FloatBuffer values = buffer.begin(count * (int) table.sampleShape().size());
                for (int k = from; k < from + count; k++) {
                    table.copy(targets[k], values);
                }
                NDArray x = buffer.finish(chunk, new Shape(count).addAll(table.sampleShape()));
                parts.add(classifier.predict(x).probabilities());
            }
        }
        return concat(parts);
    }

    private static double[][] concat(List<double[][]> parts) {
        return parts.stream().flatMap(java.util.Arrays::stream).toArray(double[][]::new);
    }

    @Override
    public void close() {
        manager.close();
    }
}
