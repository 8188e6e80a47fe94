package org.gan4j.core.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.nn.SequentialBlock;
import ai.djl.nn.core.Linear;
import ai.djl.training.GradientCollector;
import ai.djl.training.ParameterStore;
import ai.djl.util.Pair;
import java.util.function.UnaryOperator;
import org.gan4j.core.options.UnknownNameException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Gradient penalties: values against hand computation, parameter gradients against finite differences. */
class GradientPenaltyTest {

    private NDManager manager;

    @BeforeEach
    void open() {
        manager = NDManager.newBaseManager();
    }

    @AfterEach
    void close() {
        manager.close();
    }

    @Test
    void givenLinearCriticWhenPenalisedThenValuesAndGradientsMatchHandComputation() {
        // D(x) = 3 x0 + 4 x1 + 0.5: ∇ₓD = (3, 4) everywhere, ‖∇ₓD‖ = 5.
        Block critic = linearCritic(new double[] {3, 4});
        NDArray points = manager.create(new double[] {1, 2, -1, 0.5, 0, 0}, new Shape(3, 2));
        assertEquals(10 * 16, value("wgan-gp", 10, critic, points), 1e-9, "λ (‖w‖ - 1)²");
        assertEquals(10 * 16, value("wgan-gp-one-sided", 10, critic, points), 1e-9);
        assertEquals(2.0 / 2 * 25, value("r1", 2, critic, points), 1e-9, "γ/2 ‖w‖²");

        double[] gradient = parameterGradient("wgan-gp", 10, critic, points);
        // d/dw 10 (‖w‖ - 1)² = 20 (‖w‖ - 1) w / ‖w‖ = 80 (0.6, 0.8) = (48, 64); the bias gets nothing.
        assertArrayEquals(new double[] {48, 64, 0}, gradient, 1e-4);
        assertArrayEquals(new double[] {6, 8, 0}, parameterGradient("r1", 2, critic, points), 1e-4, "γ w");

        Block gentle = linearCritic(new double[] {0.3, 0.4});
        assertEquals(10 * 0.25, value("wgan-gp", 10, gentle, points), 1e-9, "two-sided: (0.5 - 1)² counts");
        assertEquals(0, value("wgan-gp-one-sided", 10, gentle, points), 0, "one-sided: a slope under 1 is free");
        assertArrayEquals(new double[] {0, 0, 0}, parameterGradient("wgan-gp-one-sided", 10, gentle, points), 0);
    }

    @Test
    void givenSmoothTwoLayerCriticWhenDifferentiatedThenParameterGradientMatchesCentralDifferences() {
        SequentialBlock critic = new SequentialBlock()
                .add(Linear.builder().setUnits(5).build())
                .add(Activation.tanhBlock())
                .add(Linear.builder().setUnits(1).build());
        Engine.getInstance().setRandomSeed(7);
        critic.initialize(manager, DataType.FLOAT64, new Shape(4, 3));
        NDArray real = manager.randomNormal(0, 1, new Shape(4, 3), DataType.FLOAT64);
        NDArray fake = manager.randomNormal(0, 1, new Shape(4, 3), DataType.FLOAT64);
        for (String name : new String[] {"wgan-gp", "wgan-gp-one-sided", "r1", "r2"}) {
            GradientPenalty penalty = GradientPenalty.of(name, 10f, 1e-4f);
            NDArray points = penalty.points(real, fake);
            double[] analytic = parameterGradient(penalty, critic, points);
            double[] numeric = centralDifferences(penalty, critic, points, 1e-6);
            double error = distance(analytic, numeric) / Math.max(norm(analytic), norm(numeric));
            assertTrue(norm(numeric) > 1e-3, name + ": the test needs a non-trivial gradient, got " + norm(numeric));
            assertTrue(error <= 1e-3, name + ": relative error " + error + " exceeds 1e-3");
        }
    }

    @Test
    void givenInterpolationWhenPointsDrawnThenEachLiesOnItsRealFakeSegment() {
        NDArray real = manager.create(new float[] {0, 0, 10, 10}, new Shape(2, 2));
        NDArray fake = manager.create(new float[] {1, 2, 10, 12}, new Shape(2, 2));
        float[] p = GradientPenalty.of("wgan-gp", 10f).points(real, fake).toFloatArray();
        // Row 0: α·0 + (1-α)·(1, 2) = t (1, 2); row 1: (10, 10 + 2t).
        assertEquals(2 * p[0], p[1], 1e-6);
        assertTrue(p[0] >= 0 && p[0] <= 1);
        assertEquals(10, p[2], 1e-6);
        assertTrue(p[3] >= 10 && p[3] <= 12);
        assertArrayEquals(real.toFloatArray(), GradientPenalty.of("r1", 1f).points(real, fake).toFloatArray());
        assertArrayEquals(fake.toFloatArray(), GradientPenalty.of("r2", 1f).points(real, fake).toFloatArray());
    }

    @Test
    void givenBadNameOrWeightWhenCreatedThenErrorNamesIt() {
        UnknownNameException unknown = assertThrows(UnknownNameException.class, () -> GradientPenalty.of("wgangp", 1f));
        assertTrue(unknown.getMessage().contains("wgan-gp"), unknown.getMessage());
        IllegalArgumentException negative = assertThrows(IllegalArgumentException.class, () -> GradientPenalty.of("r1", -1f));
        assertTrue(negative.getMessage().contains("stabilize.penaltyWeight"), negative.getMessage());
    }

    private Block linearCritic(double[] weights) {
        Block critic = Linear.builder().setUnits(1).build();
        critic.initialize(manager, DataType.FLOAT64, new Shape(1, weights.length));
        for (Pair<String, Parameter> p : critic.getParameters()) {
            NDArray array = p.getValue().getArray();
            array.set(p.getKey().equals("weight") ? weights : new double[] {0.5});
        }
        return critic;
    }

    private static UnaryOperator<NDArray> function(Block critic) {
        ParameterStore store = new ParameterStore(critic.getParameters().get(0).getValue().getArray().getManager(), false);
        return x -> critic.forward(store, new NDList(x), true).head();
    }

    private static double value(String name, float weight, Block critic, NDArray points) {
        GradientPenalty penalty = GradientPenalty.of(name, weight);
        return penalty.measure(function(critic), critic, points).value();
    }

    private double[] parameterGradient(String name, float weight, Block critic, NDArray points) {
        return parameterGradient(GradientPenalty.of(name, weight, 1e-4f), critic, points);
    }

    /** One ordinary backward of the surrogate; the parameters' gradients, flattened in order. */
    private double[] parameterGradient(GradientPenalty penalty, Block critic, NDArray points) {
        UnaryOperator<NDArray> f = function(critic);
        GradientPenalty.Measured measured = penalty.measure(f, critic, points);
        try (NDManager scope = manager.newSubManager()) {
            try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
                collector.backward(measured.surrogate(f));
            }
            double[] all = new double[0];
            for (Pair<String, Parameter> p : critic.getParameters()) {
                NDArray grad = p.getValue().getArray().getGradient();
                all = concat(all, grad.toDoubleArray());
                grad.subi(grad);
                grad.close();
            }
            return all;
        }
    }

    /** ∂P/∂θ by central differences of the exact penalty value. */
    private static double[] centralDifferences(GradientPenalty penalty, Block critic, NDArray points, double h) {
        UnaryOperator<NDArray> f = function(critic);
        double[] all = new double[0];
        for (Pair<String, Parameter> p : critic.getParameters()) {
            NDArray array = p.getValue().getArray();
            double[] theta = array.toDoubleArray();
            double[] grad = new double[theta.length];
            for (int i = 0; i < theta.length; i++) {
                double keep = theta[i];
                theta[i] = keep + h;
                array.set(theta);
                double up = penalty.measure(f, critic, points).value();
                theta[i] = keep - h;
                array.set(theta);
                double down = penalty.measure(f, critic, points).value();
                theta[i] = keep;
                array.set(theta);
                grad[i] = (up - down) / (2 * h);
            }
            all = concat(all, grad);
        }
        return all;
    }

    private static double[] concat(double[] a, double[] b) {
        double[] c = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }

    private static double norm(double[] a) {
        double s = 0;
        for (double v : a) {
            s += v * v;
        }
        return Math.sqrt(s);
    }

    private static double distance(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += (a[i] - b[i]) * (a[i] - b[i]);
        }
        return Math.sqrt(s);
    }
}
