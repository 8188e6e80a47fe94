package org.gan4j.examples.points;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.Arrays;
import java.util.Map;
import org.gan4j.core.data.DataSource;
import org.gan4j.core.data.RealBatch;
import org.gan4j.core.options.ConfigException;
import org.gan4j.core.options.Options;
import org.gan4j.core.spi.DataRequest;
import org.junit.jupiter.api.Test;

class MixtureSourceTest {

    @Test
    void givenSameSeedAndIndexWhenDrawingBatchesThenTheyAreIdenticalAndOtherIndexesDiffer() {
        try (NDManager manager = NDManager.newBaseManager()) {
            float[] first = batch(open(MixtureSource.ring8(), DataRequest.Split.TRAIN, 3, Map.of()), manager, 4);
            float[] again = batch(open(MixtureSource.ring8(), DataRequest.Split.TRAIN, 3, Map.of()), manager, 4);
            float[] next = batch(open(MixtureSource.ring8(), DataRequest.Split.TRAIN, 3, Map.of()), manager, 5);

            assertArrayEquals(first, again);
            assertFalse(Arrays.equals(first, next));
        }
    }

    @Test
    void givenSameSeedWhenOpeningHeldOutSplitThenItsBatchesDifferFromTraining() {
        float[] train = ((GaussianMixture) open(MixtureSource.grid25(), DataRequest.Split.TRAIN, 3, Map.of())).points(0, 64);
        float[] heldOut = ((GaussianMixture) open(MixtureSource.grid25(), DataRequest.Split.HELD_OUT, 3, Map.of())).points(0, 64);

        assertFalse(Arrays.equals(train, heldOut));
    }

    @Test
    void givenRing8WhenDrawingManyPointsThenAllEightModesAppearWithinThreeSigma() {
        GaussianMixture ring = (GaussianMixture) open(MixtureSource.ring8(), DataRequest.Split.TRAIN, 1, Map.of());

        ModeStats stats = ModeStats.measure(ring.points(0, 4000), ring.layout());

        assertEquals(8, stats.modesCovered());
        assertTrue(stats.highQualityPercent() > 98.5, stats.summary());
        assertEquals(2, ring.layout().modes().get(0).x(), 1e-12);
        assertEquals(0.02, ring.layout().std());
    }

    @Test
    void givenGrid25WhenDrawingManyPointsThenAllTwentyFiveModesAppear() {
        GaussianMixture grid = (GaussianMixture) open(MixtureSource.grid25(), DataRequest.Split.TRAIN, 1, Map.of());

        ModeStats stats = ModeStats.measure(grid.points(0, 5000), grid.layout());

        assertEquals(25, stats.modesCovered());
        assertEquals(0.05, grid.layout().std());
        assertEquals(4, grid.layout().extent());
    }

    @Test
    void givenStdAndRadiusOptionsWhenOpeningRingThenTheLayoutUsesThem() {
        GaussianMixture ring = (GaussianMixture) open(MixtureSource.ring8(), DataRequest.Split.TRAIN, 1,
                Map.of("std", 0.1, "radius", 5));

        assertEquals(0.1, ring.layout().std());
        assertEquals(5, ring.layout().extent(), 1e-12);
    }

    @Test
    void givenOptionTheSourceDoesNotReadWhenOpeningThenErrorNamesTheFieldAndTheAllowedOptions() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> open(MixtureSource.grid25(), DataRequest.Split.TRAIN, 1, Map.of("radius", 3)));
        assertTrue(e.getMessage().contains("data.options.radius") && e.getMessage().contains("std"), e.getMessage());
    }

    @Test
    void givenBatchWhenDrawnThenItHasShapeBatchByTwoAndNoCondition() {
        try (NDManager manager = NDManager.newBaseManager()) {
            DataSource source = open(MixtureSource.ring8(), DataRequest.Split.TRAIN, 1, Map.of());
            RealBatch batch = source.batch(manager, 0, 32);

            assertEquals(new Shape(32, 2), batch.samples().getShape());
            assertEquals(null, batch.conditions());
            assertEquals(new Shape(2), source.sampleShape());
            assertFalse(source.condition().isConditional());
        }
    }

    private static DataSource open(MixtureSource source, DataRequest.Split split, long seed, Map<String, Object> options) {
        return source.open(new DataRequest(new Options("data.options", options), split, seed, null));
    }

    private static float[] batch(DataSource source, NDManager manager, long index) {
        try (NDManager scope = manager.newSubManager()) {
            return source.batch(scope, index, 16).samples().toFloatArray();
        }
    }
}
