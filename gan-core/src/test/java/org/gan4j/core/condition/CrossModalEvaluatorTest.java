package org.gan4j.core.condition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.gan4j.core.eval.ClassifierEvaluator;
import org.gan4j.core.eval.Predictions;
import org.gan4j.core.metrics.MetricValue;
import org.gan4j.core.model.ConditionSpec;
import org.gan4j.core.train.Sampler;
import org.junit.jupiter.api.Test;

/**
 * The cross-modal evaluator with a generator that copies its condition's class into the sample and
 * a classifier that reads it back: perfect accuracy for right conditions, near chance when shuffled.
 */
class CrossModalEvaluatorTest {

    private static final int CLASSES = 3;

    /** Reads the class from the sample's single value. */
    private static final ClassifierEvaluator.Classifier ROUNDING = new ClassifierEvaluator.Classifier() {
        @Override
        public int classes() {
            return CLASSES;
        }

        @Override
        public Predictions predict(NDArray samples) {
            float[] values = samples.toFloatArray();
            double[][] probabilities = new double[values.length][CLASSES];
            double[][] features = new double[values.length][1];
            for (int i = 0; i < values.length; i++) {
                probabilities[i][Math.round(values[i])] = 1;
                features[i][0] = values[i];
            }
            return new Predictions(features, probabilities, null);
        }
    };

    /** Makes the sample equal to the condition's first value: the class of the partner. */
    private static Sampler copying(int dim) {
        return new Sampler() {
            @Override
            public ConditionSpec condition() {
                return ConditionSpec.embedding(dim);
            }

            @Override
            public NDArray generate(NDManager target, int count, NDArray conditions) {
                return conditions.get(":, 0:1");
            }

            @Override
            public Optional<ai.djl.nn.Block> generator() {
                return Optional.empty();
            }
        };
    }

    private static PairedEmbeddings pairs() {
        int n = 600;
        int[] labels = new int[n];
        float[] values = new float[n];
        for (int i = 0; i < n; i++) {
            labels[i] = i % CLASSES;
            values[i] = labels[i];
        }
        float[][] embeddings = {{0, 5}, {1, 5}, {2, 5}, {0, -5}, {1, -5}, {2, -5}};
        return PairedEmbeddings.byClass(new ListSampleTable(labels, values), embeddings, new int[] {0, 1, 2, 0, 1, 2});
    }

    @Test
    void givenAGeneratorThatFollowsItsConditionWhenEvaluatedThenPerfectAccuracyAndAShuffledBoundNearChance() {
        PairedEmbeddings pairs = pairs();
        PartnerCheck exact = new PartnerCheck() {
            @Override
            public String name() {
                return "value-matches";
            }

            @Override
            public double[] score(NDArray samples, int[] rows) {
                float[] values = samples.toFloatArray();
                double[] out = new double[rows.length];
                for (int i = 0; i < rows.length; i++) {
                    out[i] = values[i] == pairs.embedding(rows[i])[0] ? 1 : 0;
                }
                return out;
            }
        };
        try (CrossModalEvaluator evaluator = new CrossModalEvaluator("rounding", ROUNDING, pairs, 4, List.of(exact))) {
            Map<String, MetricValue> m = evaluator.evaluate(copying(2), 600).stream()
                    .collect(Collectors.toMap(MetricValue::name, Function.identity()));
            assertEquals(1.0, m.get("cross-modal-accuracy").value());
            assertEquals(1.0, m.get("real-accuracy").value());
            double shuffled = m.get("shuffled-condition-accuracy").value();
            assertTrue(shuffled > 0.2 && shuffled < 0.5, "shuffled " + shuffled + ", chance 1/3");
            assertEquals(1.0, m.get("value-matches").value());
            assertEquals(600, m.get("cross-modal-accuracy").samples());
            assertTrue(m.get("value-matches").note().startsWith("real held-out samples with their own partners 1.0000,"
                    + " shuffled partners "), m.get("value-matches").note());
        }
    }

    @Test
    void givenAGeneratorConditionedOnAnotherWidthWhenEvaluatedThenErrorNamesBoth() {
        try (CrossModalEvaluator evaluator = new CrossModalEvaluator("rounding", ROUNDING, pairs(), 4)) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> evaluator.evaluate(copying(3), 100));
            assertTrue(e.getMessage().contains("embedding of width 2, not on embedding of width 3"), e.getMessage());
        }
    }
}
