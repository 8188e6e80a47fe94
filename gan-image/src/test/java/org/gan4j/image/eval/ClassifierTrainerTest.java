package org.gan4j.image.eval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.gan4j.image.data.ImageData;
import org.junit.jupiter.api.Test;

class ClassifierTrainerTest {

    static final ClassifierTrainer.Settings FAST = new ClassifierTrainer.Settings(2, 50, 3e-3f, 0);

    @Test
    void givenSyntheticClassesWhenTrainedThenHeldOutAccuracyIsHighAndProgressIsReported() throws IOException {
        ImageData train = SyntheticDigits.data(50, 1);
        ImageData heldOut = SyntheticDigits.data(20, 2);
        List<String> lines = new ArrayList<>();

        ClassifierTraining result = new ClassifierTrainer(FAST, lines::add).train(train, heldOut, "synthetic");

        assertTrue(result.heldOutAccuracy() >= 0.95, "held-out accuracy " + result.heldOutAccuracy());
        assertEquals(500, result.trainImages());
        assertEquals(200, result.heldOutImages());
        assertTrue(lines.stream().anyMatch(l -> l.contains("step 20/20 (epoch 2/2) loss")), lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.contains("epoch 2/2: held-out accuracy")), lines.toString());
        assertTrue(lines.get(lines.size() - 1).contains("held-out accuracy"), lines.toString());
    }

    @Test
    void givenTheSameSeedWhenTrainedTwiceThenTheParametersAreIdentical() throws IOException {
        ImageData train = SyntheticDigits.data(10, 1);
        ImageData heldOut = SyntheticDigits.data(2, 2);
        ClassifierTrainer.Settings settings = new ClassifierTrainer.Settings(1, 50, 1e-3f, 7);

        byte[] first = new ClassifierTrainer(settings, line -> {}).train(train, heldOut, "a").parameters();
        byte[] second = new ClassifierTrainer(settings, line -> {}).train(train, heldOut, "a").parameters();

        assertArrayEquals(first, second);
    }

    @Test
    void givenImagesSmallerThan8x8WhenTrainedThenItIsRefused() {
        ImageData tiny = new ImageData(new float[2 * 7 * 7], new int[] {0, 1}, List.of("a", "b"), 1, 7, 7);
        ClassifierTrainer trainer = new ClassifierTrainer(FAST, line -> {});

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> trainer.train(tiny, tiny, "tiny"));

        assertTrue(e.getMessage().contains("at least 8 × 8"), e.getMessage());
    }

    @Test
    void givenBadSettingsWhenMadeThenTheErrorNamesThem() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ClassifierTrainer.Settings(0, 32, 1e-3f, 0));

        assertTrue(e.getMessage().contains("epochs 0"), e.getMessage());
    }
}
