package org.gan4j.core.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ClassAccuracyTest {

    @Test
    void givenThreeOfFourPredictionsRightWhenMeasuringThenAccuracyIsThreeQuarters() {
        assertEquals(0.75, ClassAccuracy.of(new int[] {0, 1, 2, 3}, new int[] {0, 1, 0, 3}));
    }

    @Test
    void givenClassScoresWhenMeasuringThenArgmaxIsComparedWithTheRequestedClasses() {
        double[][] probabilities = {{0.9, 0.1}, {0.3, 0.7}, {0.6, 0.4}};

        assertEquals(2 / 3.0, ClassAccuracy.fromScores(probabilities, new int[] {0, 1, 1}));
    }

    @Test
    void givenMismatchedOrEmptyInputsWhenMeasuringThenErrorsNameTheArgumentAndLength() {
        assertEquals("requested must hold n = 2 class indices (one per prediction), got 3", assertThrows(
                IllegalArgumentException.class, () -> ClassAccuracy.of(new int[] {0, 1}, new int[] {0, 1, 2})).getMessage());
        assertEquals("predicted must hold n ≥ 1 class indices, got none", assertThrows(
                IllegalArgumentException.class, () -> ClassAccuracy.of(new int[0], new int[0])).getMessage());
    }
}
