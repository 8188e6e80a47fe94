package org.gan4j.image.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.gan4j.core.eval.RealReference;
import org.gan4j.core.metrics.MetricValue;
import org.gan4j.core.model.ConditionSpec;
import org.gan4j.core.train.Sampler;
import org.gan4j.image.data.ImageData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageEvaluatorTest {

    private static final int SAMPLES = 200;

    @TempDir
    static Path cache;

    private static ImageData heldOut;
    private static ImageEvaluator evaluator;

    @BeforeAll
    static void trainEvaluator() throws IOException {
        heldOut = SyntheticDigits.data(40, 2);
        evaluator = new ImageEvaluatorFactory(ClassifierTrainerTest.FAST, line -> {})
                .create("synthetic", SyntheticDigits.data(50, 1), heldOut, cache);
    }

    @AfterAll
    static void close() {
        evaluator.close();
    }

    /** Held-out images in a random order other than the evaluator's. */
    private static Sampler realImages(ConditionSpec condition) {
        List<Integer> order = IntStream.range(0, heldOut.size()).boxed().collect(Collectors.toList());
        Collections.shuffle(order, new Random(5));
        return SyntheticDigits.sampler(heldOut, condition, i -> order.get(i % order.size()));
    }

    private static Map<String, MetricValue> evaluate(Sampler sampler) {
        List<MetricValue> metrics = evaluator.evaluate(sampler, SAMPLES);
        return metrics.stream().collect(Collectors.toMap(MetricValue::name, Function.identity()));
    }

    @Test
    void givenRealHeldOutImagesWhenEvaluatedThenEveryMetricIsNearItsRealReference() {
        RealReference real = evaluator.realReference(SAMPLES);

        Map<String, MetricValue> metrics = evaluate(realImages(ConditionSpec.NONE));

        double fid = metrics.get("fid").value();
        assertTrue(fid < 1.5 * real.fid() + 0.05, "FID " + fid + " vs floor " + real.fid());
        double is = metrics.get("inception-score").value();
        assertTrue(Math.abs(is - real.inceptionScore().mean()) < 0.1 * real.inceptionScore().mean(),
                "IS " + is + " vs real " + real.inceptionScore());
        assertTrue(metrics.get("precision").value() > 0.8 * real.precisionRecall().precision(), metrics.toString());
        assertTrue(metrics.get("recall").value() > 0.8 * real.precisionRecall().recall(), metrics.toString());
        assertEquals(10, metrics.get("modes-covered").value());
        assertTrue(metrics.get("class-kl-uniform").value() < 0.05, metrics.toString());
    }

    @Test
    void givenAnyGeneratorWhenEvaluatedThenEveryMetricNamesItsSampleCountAndTheEvaluator() {
        String hash = evaluator.card().hash();

        List<MetricValue> metrics = evaluator.evaluate(realImages(ConditionSpec.NONE), SAMPLES);

        assertEquals(List.of("inception-score", "fid", "kid", "precision", "recall", "gen/nn-ratio", "gen/memorized-share", "modes-covered",
                "class-kl-uniform", "top-class-share"), metrics.stream().map(MetricValue::name).toList());
        for (MetricValue metric : metrics) {
            assertEquals(SAMPLES, metric.samples(), metric.name());
            assertTrue(metric.note().contains("evaluator synthetic " + hash), metric.note());
        }
        assertTrue(metrics.get(1).note().contains("real held-out n=200: "), metrics.get(1).note());
    }

    @Test
    void givenAConditionalGeneratorOfTheRequestedClassesWhenEvaluatedThenClassAccuracyMatchesTheClassifier() {
        Map<String, MetricValue> metrics = evaluate(realImages(ConditionSpec.classLabel(10)));

        MetricValue accuracy = metrics.get("class-accuracy");
        assertTrue(Math.abs(accuracy.value() - evaluator.card().heldOutAccuracy()) < 0.05, accuracy.toString());
        assertTrue(!metrics.containsKey("modes-covered"), metrics.keySet().toString());
    }

    @Test
    void givenAConditionalGeneratorIgnoringItsClassesWhenEvaluatedThenClassAccuracyIsNearChance() {
        Sampler classZero = SyntheticDigits.sampler(heldOut, ConditionSpec.NONE, i -> 10 * (i % 40));
        Sampler ignoring = new Sampler() {
            @Override
            public ConditionSpec condition() {
                return ConditionSpec.classLabel(10);
            }

            @Override
            public NDArray generate(NDManager manager, int count, NDArray conditions) {
                return classZero.generate(manager, count, null);
            }
        };

        assertEquals(0.1, evaluate(ignoring).get("class-accuracy").value(), 0.02);
    }

    @Test
    void givenASingleClassWhenEvaluatedThenOneModeIsCoveredAndTheHistogramIsFarFromUniform() {
        Map<String, MetricValue> metrics = evaluate(SyntheticDigits.sampler(heldOut, ConditionSpec.NONE, i -> 10 * (i % 40)));

        assertEquals(1, metrics.get("modes-covered").value());
        assertTrue(metrics.get("class-kl-uniform").value() > 2.0, metrics.toString());
        assertTrue(metrics.get("inception-score").value() < 1.5, metrics.toString());
        assertTrue(metrics.get("recall").value() < 0.5 * evaluator.realReference(SAMPLES).precisionRecall().recall(),
                metrics.toString());
    }

    @Test
    void givenNoiseWhenEvaluatedThenFidIsFarAboveTheFloor() {
        Sampler noise = new Sampler() {
            @Override
            public ConditionSpec condition() {
                return ConditionSpec.NONE;
            }

            @Override
            public NDArray generate(NDManager manager, int count, NDArray conditions) {
                return manager.randomUniform(-1, 1, new Shape(count, 1, SyntheticDigits.SIZE, SyntheticDigits.SIZE));
            }
        };
        RealReference real = evaluator.realReference(SAMPLES);

        Map<String, MetricValue> metrics = evaluate(noise);

        assertTrue(metrics.get("fid").value() > 10 * real.fid(), metrics.get("fid") + " vs floor " + real.fid());
        assertTrue(metrics.get("kid").value() > 10 * Math.abs(real.kid().mean()), metrics.get("kid").toString());
    }

    @Test
    void givenACountWhenTheRealReferenceIsAskedTwiceThenItIsComputedOnce() {
        RealReference reference = evaluator.realReference(SAMPLES);

        assertSame(reference, evaluator.realReference(SAMPLES));
        assertEquals(SAMPLES, reference.samples());
        assertEquals(heldOut.size(), evaluator.realReference(5 * heldOut.size()).samples());
    }

    @Test
    void givenAnEmbeddingConditionOrAWrongShapeWhenEvaluatedThenTheErrorSaysWhy() {
        Sampler embedding = SyntheticDigits.sampler(heldOut, ConditionSpec.embedding(4), i -> i);
        Sampler wrongShape = new Sampler() {
            @Override
            public ConditionSpec condition() {
                return ConditionSpec.NONE;
            }

            @Override
            public NDArray generate(NDManager manager, int count, NDArray conditions) {
                return manager.zeros(new Shape(count, 3, 8, 8));
            }
        };

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> evaluator.evaluate(embedding, SAMPLES));
        assertTrue(e.getMessage().contains("embedding of width 4"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> evaluator.evaluate(wrongShape, SAMPLES));
        assertTrue(e.getMessage().contains("(B, 1, 8, 8)"), e.getMessage());
    }
}
