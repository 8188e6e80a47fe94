package org.gan4j.core.augment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import java.util.List;
import org.gan4j.core.options.UnknownNameException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** DiffAugment's operations: exact shifts and boxes, gradients through the same parameters. */
class DiffAugmentTest {

    private NDManager manager;

    @BeforeEach
    void open() {
        manager = NDManager.newBaseManager();
    }

    @AfterEach
    void close() {
        manager.close();
    }

    private NDArray image3x3() {
        return manager.arange(1f, 10f).reshape(1, 1, 3, 3);
    }

    @Test
    void givenImageWhenTranslatedThenShiftedByTheStatedPixelsWithZeroPadding() {
        NDArray down = Translation.shift(image3x3(), manager.create(new long[] {1, 0}, new Shape(1, 2)));
        assertArrayEquals(new float[] {0, 0, 0, 1, 2, 3, 4, 5, 6}, down.toFloatArray(), "one row down");
        NDArray leftUp = Translation.shift(image3x3(), manager.create(new long[] {-1, -2}, new Shape(1, 2)));
        assertArrayEquals(new float[] {6, 0, 0, 9, 0, 0, 0, 0, 0}, leftUp.toFloatArray(), "one up, two left");
    }

    @Test
    void givenWaveformBatchWhenTranslatedThenEachSampleShiftsInTime() {
        NDArray waves = manager.arange(1f, 9f).reshape(2, 1, 4);
        NDArray shifted = Translation.shift(waves, manager.create(new long[] {2, -1}, new Shape(2, 1)));
        assertArrayEquals(new float[] {0, 0, 1, 2, 6, 7, 8, 0}, shifted.toFloatArray());
    }

    @Test
    void givenTranslationWhenDifferentiatedThenGradientIsTheUpstreamShiftedBack() {
        NDArray x = image3x3();
        x.setRequiresGradient(true);
        NDArray weights = manager.arange(1f, 10f).reshape(1, 1, 3, 3);
        try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
            NDArray y = Translation.shift(x, manager.create(new long[] {0, 1}, new Shape(1, 2)));
            collector.backward(y.mul(weights).sum());
        }
        // y[i][j] = x[i][j-1], so ∂/∂x[i][j] = w[i][j+1], and 0 for the last column (shifted out).
        assertArrayEquals(new float[] {2, 3, 0, 5, 6, 0, 8, 9, 0}, x.getGradient().toFloatArray());
    }

    @Test
    void givenRandomTranslationWhenAppliedThenShiftsStayWithinAnEighth() {
        Engine.getInstance().setRandomSeed(3);
        NDArray impulse = manager.zeros(new Shape(64, 1, 16, 16));
        impulse.set(new ai.djl.ndarray.index.NDIndex(":, :, 8, 8"), 1f);
        float[] out = new Translation(0.125f).apply(impulse).toFloatArray();
        int moved = 0;
        for (int b = 0; b < 64; b++) {
            int at = -1;
            for (int p = 0; p < 256; p++) {
                if (out[b * 256 + p] == 1f) {
                    at = p;
                }
            }
            assertTrue(at >= 0, "the impulse stays inside");
            int dy = at / 16 - 8;
            int dx = at % 16 - 8;
            assertTrue(Math.abs(dy) <= 2 && Math.abs(dx) <= 2, "shift (" + dy + ", " + dx + ") exceeds 2");
            moved += dy != 0 || dx != 0 ? 1 : 0;
        }
        assertTrue(moved > 32, "most samples move, " + moved + " of 64 did");
    }

    @Test
    void givenCutoutWhenAppliedAtKnownStartThenOnlyTheBoxIsZero() {
        NDArray x = manager.ones(new Shape(1, 2, 4, 4));
        NDArray cut = new Cutout(0.5f).cut(x, manager.create(new long[] {1, 2}, new Shape(1, 2)));
        float[] channel = cut.get("0, 1").toFloatArray();
        assertArrayEquals(new float[] {1, 1, 1, 1, 1, 1, 0, 0, 1, 1, 0, 0, 1, 1, 1, 1}, channel);
        assertEquals(24f, cut.sum().getFloat(), "4 of 16 positions zeroed in both channels");
    }

    @Test
    void givenGainWhenAppliedThenEachSampleScalesWithinSixDecibels() {
        Engine.getInstance().setRandomSeed(5);
        NDArray waves = manager.ones(new Shape(32, 1, 8));
        float[] out = new Gain(6f).apply(waves).toFloatArray();
        for (int b = 0; b < 32; b++) {
            float g = out[b * 8];
            assertTrue(g >= 0.5f && g <= 2.0f, "gain " + g + " outside ±6 dB");
            for (int t = 1; t < 8; t++) {
                assertEquals(g, out[b * 8 + t], 1e-6f, "one gain per sample");
            }
        }
    }

    @Test
    void givenPolicyWhenParsedThenOrderKeptAndUnknownNamesRejected() {
        assertEquals(List.of("translation", "color", "cutout"), DiffAugment.parse("translation, color,cutout")
                .augmentations().stream().map(Augmentation::name).toList());
        assertEquals(false, DiffAugment.parse("none").isActive());
        assertEquals(false, DiffAugment.parse("").isActive());
        UnknownNameException e = assertThrows(UnknownNameException.class, () -> DiffAugment.parse("translation,flip"));
        assertTrue(e.getMessage().contains("flip"), e.getMessage());
    }

    @Test
    void givenColourWhenAppliedToConstantImageThenOnlyBrightnessChangesIt() {
        Engine.getInstance().setRandomSeed(9);
        NDArray x = manager.zeros(new Shape(8, 3, 2, 2));
        float[] out = new Colour().apply(x).toFloatArray();
        for (int b = 0; b < 8; b++) {
            float v = out[b * 12];
            assertTrue(v >= -0.5f && v < 0.5f, "brightness offset " + v);
            for (int i = 1; i < 12; i++) {
                assertEquals(v, out[b * 12 + i], 1e-6f, "saturation and contrast keep a flat image flat");
            }
        }
    }
}
