package org.gan4j.core.joint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import org.gan4j.core.device.Devices;
import org.junit.jupiter.api.Test;

/** The symmetric InfoNCE loss against a value worked out by hand. */
class InfoNceTest {

    @Test
    void givenTwoPairsWhenComputingTheLossThenItMatchesTheHandWorkedValue() {
        try (NDManager manager = Devices.newBaseManager()) {
            // unit rows: a = (1, 0), (0, 1); b = (1, 0), (1/√2, 1/√2); τ = 0.5, so S = [[2, √2], [0, √2]].
            // rows: −log softmax(2, √2)₀ = log(1 + e^(√2−2)), −log softmax(0, √2)₁ = log(1 + e^(−√2));
            // columns: −log softmax(2, 0)₀ = log(1 + e^(−2)), −log softmax(√2, √2)₁ = log 2.
            double r2 = Math.sqrt(2);
            double expected = (Math.log(1 + Math.exp(r2 - 2)) + Math.log(1 + Math.exp(-r2)) + Math.log(1 + Math.exp(-2))
                    + Math.log(2)) / 4;
            assertEquals(0.370061, expected, 1e-6);
            float loss = InfoNce.loss(manager.create(new float[] {1, 0, 0, 2}, new Shape(2, 2)),
                    manager.create(new float[] {3, 0, 1, 1}, new Shape(2, 2)), 0.5f).getFloat();
            assertEquals(expected, loss, 1e-5);
        }
    }

    @Test
    void givenWellSeparatedPairsWhenComputingTheLossThenItIsNearZeroAndSwappingPartnersRaisesIt() {
        try (NDManager manager = Devices.newBaseManager()) {
            float right = InfoNce.loss(manager.create(new float[] {1, 0, 0, 1}, new Shape(2, 2)),
                    manager.create(new float[] {1, 0, 0, 1}, new Shape(2, 2)), 0.05f).getFloat();
            float wrong = InfoNce.loss(manager.create(new float[] {1, 0, 0, 1}, new Shape(2, 2)),
                    manager.create(new float[] {0, 1, 1, 0}, new Shape(2, 2)), 0.05f).getFloat();
            assertEquals(Math.log(1 + Math.exp(-20)), right, 1e-6);
            assertEquals(20 + Math.log(1 + Math.exp(-20)), wrong, 1e-4);
        }
    }

    @Test
    void givenMismatchedShapesOrABadTemperatureWhenComputingThenErrorsNameThem() {
        try (NDManager manager = Devices.newBaseManager()) {
            IllegalArgumentException shapes = assertThrows(IllegalArgumentException.class, () -> InfoNce.loss(
                    manager.zeros(new Shape(2, 3)), manager.zeros(new Shape(2, 4)), 0.1f));
            assertTrue(shapes.getMessage().contains("(2, 3) and (2, 4)"), shapes.getMessage());
            IllegalArgumentException temperature = assertThrows(IllegalArgumentException.class, () -> InfoNce.loss(
                    manager.ones(new Shape(2, 3)), manager.ones(new Shape(2, 3)), 0f));
            assertTrue(temperature.getMessage().contains("temperature"), temperature.getMessage());
        }
    }
}
