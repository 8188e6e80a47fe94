package org.gan4j.examples.points;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.gan4j.core.data.DataSource;
import org.gan4j.core.metrics.MetricValue;
import org.gan4j.core.model.ConditionSpec;
import org.gan4j.core.options.Options;
import org.gan4j.core.spi.DataRequest;
import org.gan4j.core.spi.Evaluator;
import org.gan4j.core.testing.TwoGaussians;
import org.gan4j.core.train.Sampler;
import org.junit.jupiter.api.Test;

class ModeEvaluatorTest {

    private static final MixtureLayout RING = MixtureLayout.ring(8, 2, 0.02);

    @Test
    void givenSamplerOfOnlyThreeModesWhenEvaluatingThenThreeModesAreCoveredWithFullQuality() throws Exception {
        List<MetricValue> metrics = evaluate(new FixedSampler(i -> RING.modes().get(i % 3), 0.01), 2000);

        assertEquals(3, metric(metrics, ModeEvaluator.MODES_COVERED).value());
        assertEquals(100, metric(metrics, ModeEvaluator.HIGH_QUALITY).value(), 1e-9);
        assertEquals(2000, metric(metrics, ModeEvaluator.MODES_COVERED).samples());
    }

    @Test
    void givenSamplerFarFromEveryModeWhenEvaluatingThenNoSampleIsHighQualityAndNoModeIsCovered() throws Exception {
        List<MetricValue> metrics = evaluate(new FixedSampler(i -> new MixtureLayout.Mode(30, -30), 0.5), 1500);

        assertEquals(0, metric(metrics, ModeEvaluator.MODES_COVERED).value());
        assertEquals(0, metric(metrics, ModeEvaluator.HIGH_QUALITY).value());
    }

    @Test
    void givenAnyGeneratorWhenEvaluatingThenNoteGivesTheRealHeldOutReference() throws Exception {
        List<MetricValue> metrics = evaluate(new FixedSampler(i -> RING.modes().get(0), 0), 3000);

        for (MetricValue m : metrics) {
            assertTrue(m.higherIsBetter(), m.name());
            assertTrue(m.note().matches("real: 8 modes, 9[89]\\.\\d%"), m.note());
        }
    }

    @Test
    void givenPointsJustInsideAndJustOutsideThreeSigmaWhenMeasuringThenOnlyTheInsideOneIsHighQuality() {
        float[] onEdge = {2.0599f, 0f, 2.0f, 0.0602f};

        ModeStats stats = ModeStats.measure(onEdge, RING);

        assertEquals(1, stats.modesCovered());
        assertEquals(50, stats.highQualityPercent(), 1e-9);
    }

    @Test
    void givenHeldOutSourceThatIsNoMixtureWhenCreatingEvaluatorThenErrorSaysWhatIsNeeded() {
        DataSource other = new TwoGaussians(1, java.util.Set.of());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ModeEvaluator.factory().create(other, request()));
        assertTrue(e.getMessage().contains("Gaussian-mixture"), e.getMessage());
    }

    private static List<MetricValue> evaluate(Sampler sampler, int samples) throws Exception {
        DataSource heldOut = MixtureSource.ring8().open(
                new DataRequest(new Options("data.options", Map.of()), DataRequest.Split.HELD_OUT, 5, null));
        try (Evaluator evaluator = ModeEvaluator.factory().create(heldOut, request())) {
            return evaluator.evaluate(sampler, samples);
        }
    }

    private static DataRequest request() {
        return new DataRequest(new Options("data.options", Map.of()), DataRequest.Split.TRAIN, 5, null);
    }

    private static MetricValue metric(List<MetricValue> metrics, String name) {
        return metrics.stream().filter(m -> m.name().equals(name)).findFirst().orElseThrow();
    }

    /** Points scattered uniformly in a small square around the centre chosen for each index. */
    private record FixedSampler(java.util.function.IntFunction<MixtureLayout.Mode> centre, double spread)
            implements Sampler {

        @Override
        public ConditionSpec condition() {
            return ConditionSpec.NONE;
        }

        @Override
        public NDArray generate(NDManager manager, int count, NDArray conditions) {
            SplittableRandom random = new SplittableRandom(count);
            float[] xy = new float[2 * count];
            for (int i = 0; i < count; i++) {
                MixtureLayout.Mode m = centre.apply(i);
                xy[2 * i] = (float) (m.x() + spread * (2 * random.nextDouble() - 1));
                xy[2 * i + 1] = (float) (m.y() + spread * (2 * random.nextDouble() - 1));
            }
            return manager.create(xy, new Shape(count, 2));
        }
    }
}
