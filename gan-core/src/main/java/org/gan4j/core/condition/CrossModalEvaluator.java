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
import org.gan4j.core.device.Devices;
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
 * real-accuracy}). {@link PartnerCheck}s add modality-specific scores with the same bounds.
 */
public final class CrossModalEvaluator implements Evaluator {

    private static final int CHUNK = 500;

    private final String description;
    private final ClassifierEvaluator.Classifier classifier;
    private final PairedEmbeddings heldOut;
    private final long seed;
    private final List<PartnerCheck> checks;
    private final NDManager manager = Devices.newBaseManager();
    private final FloatBatchBuffer buffer = new FloatBatchBuffer();

    /**
     * @param description names the classifier (and its hash) in every metric's note
     * @param classifier the target modality's classifier
     * @param heldOut held-out targets paired with held-out source embeddings
     * @param seed the seed of the order and the partner draws
     */
    public CrossModalEvaluator(String description, ClassifierEvaluator.Classifier classifier, PairedEmbeddings heldOut,
            long seed) {
        this(description, classifier, heldOut, seed, List.of());
    }

    /**
     * @param description names the classifier (and its hash) in every metric's note
     * @param classifier the target modality's classifier
     * @param heldOut held-out targets paired with held-out source embeddings
     * @param seed the seed of the order and the partner draws
     * @param checks further checks of samples against their partners, each reported with its
     *     real reference and shuffled bound
     */
    public CrossModalEvaluator(String description, ClassifierEvaluator.Classifier classifier, PairedEmbeddings heldOut,
            long seed, List<PartnerCheck> checks) {
        this.description = description;
        this.classifier = classifier;
        this.heldOut = heldOut;
        this.seed = seed;
        this.checks = List.copyOf(checks);
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
        Judged generated = judge(sampler, rows, rows);
        Judged shuffledGenerated = judge(sampler, shuffledRows, rows);
        Judged real = judgeReal(targets, rows);
        double accuracy = ClassAccuracy.fromScores(generated.probabilities(), labels);
        double shuffled = ClassAccuracy.fromScores(shuffledGenerated.probabilities(), labels);
        double realAccuracy = ClassAccuracy.fromScores(real.probabilities(), labels);
        String about = String.format(Locale.ROOT, "%s; real held-out accuracy %.4f, shuffled-condition bound %.4f,"
                + " chance %.3f", description, realAccuracy, shuffled, 1.0 / classifier.classes());
        List<MetricValue> metrics = new ArrayList<>(List.of(
                MetricValue.of("cross-modal-accuracy", accuracy, n, true, about),
                MetricValue.of("shuffled-condition-accuracy", shuffled, n, false,
                        "the same conditions in shuffled order; must be near chance " + about),
                MetricValue.of("real-accuracy", realAccuracy, n, true,
                        "the classifier on the real held-out targets; " + about)));
        for (int k = 0; k < checks.size(); k++) {
            metrics.add(MetricValue.of(checks.get(k).name(), generated.checks()[k] / n, n, true, String.format(
                    Locale.ROOT, "real held-out samples with their own partners %.4f, shuffled partners %.4f",
                    real.checks()[k] / n, shuffledGenerated.checks()[k] / n)));
        }
        return metrics;
    }

    /** Class probabilities of the samples, and each check's summed score. */
    private record Judged(double[][] probabilities, double[] checks) {}

    /** Generates from the embeddings of {@code rows} and checks the samples against the {@code partners} rows. */
    private Judged judge(Sampler sampler, int[] rows, int[] partners) {
        List<double[][]> parts = new ArrayList<>();
        double[] sums = new double[checks.size()];
        for (int from = 0; from < rows.length; from += CHUNK) {
            int count = Math.min(CHUNK, rows.length - from);
            try (NDManager chunk = manager.newSubManager()) {
                FloatBuffer values = buffer.begin(count * heldOut.dim());
                for (int k = from; k < from + count; k++) {
                    values.put(heldOut.embedding(rows[k]));
                }
                NDArray samples = sampler.generate(chunk, count, buffer.finish(chunk, new Shape(count, heldOut.dim())));
                parts.add(classifier.predict(samples).probabilities());
                addChecks(samples, java.util.Arrays.copyOfRange(partners, from, from + count), sums);
            }
        }
        return new Judged(concat(parts), sums);
    }

    private void addChecks(NDArray samples, int[] partners, double[] sums) {
        for (int k = 0; k < checks.size(); k++) {
            for (double score : checks.get(k).score(samples, partners)) {
                sums[k] += score;
            }
        }
    }

    private Judged judgeReal(int[] targets, int[] partners) {
        SampleTable table = heldOut.targets();
        List<double[][]> parts = new ArrayList<>();
        double[] sums = new double[checks.size()];
        for (int from = 0; from < targets.length; from += CHUNK) {
            int count = Math.min(CHUNK, targets.length - from);
            try (NDManager chunk = manager.newSubManager()) {
                FloatBuffer values = buffer.begin(count * (int) table.sampleShape().size());
                for (int k = from; k < from + count; k++) {
                    table.copy(targets[k], values);
                }
                NDArray x = buffer.finish(chunk, new Shape(count).addAll(table.sampleShape()));
                parts.add(classifier.predict(x).probabilities());
                addChecks(x, java.util.Arrays.copyOfRange(partners, from, from + count), sums);
            }
        }
        return new Judged(concat(parts), sums);
    }

    private static double[][] concat(List<double[][]> parts) {
        return parts.stream().flatMap(java.util.Arrays::stream).toArray(double[][]::new);
    }

    @Override
    public void close() {
        manager.close();
    }
}
