package org.gan4j.core.optim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.nn.ParameterList;
import ai.djl.training.GradientCollector;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class AdamOptimizerTest {

    private static final float LR = 0.1f;
    private static final float B1 = 0.5f;
    private static final float B2 = 0.9f;
    private static final float EPS = 1e-8f;

    /** A one-parameter "model" w with loss sum(w²·c) for fixed c, so the gradient is 2cw. */
    private static Parameter parameter(NDManager manager, float[] init) {
        Parameter p = Parameter.builder().setName("w").setType(Parameter.Type.WEIGHT).build();
        p.setArray(manager.create(init));
        p.getArray().setRequiresGradient(true);
        return p;
    }

    private static void backward(Parameter p, float[] c) {
        try (NDManager scope = p.getArray().getManager().newSubManager();
                GradientCollector collector = Engine.getInstance().newGradientCollector()) {
            NDArray w = p.getArray();
            collector.backward(w.square().mul(scope.create(c)).sum());
        }
    }

    @Test
    void givenThreeStepsWhenUpdatingThenMatchesTextbookAdamAndClearsGradients() {
        float[] c = {1f, -2f, 0.5f};
        float[] w0 = {1f, 0.5f, -3f};
        try (NDManager manager = NDManager.newBaseManager()) {
            Parameter p = parameter(manager, w0);
            ParameterList list = new ParameterList();
            list.add("w", p);
            AdamOptimizer adam = new AdamOptimizer(manager, list, LR, B1, B2, EPS);
            double[] w = {w0[0], w0[1], w0[2]};
            double[] m = new double[3];
            double[] v = new double[3];
            for (int t = 1; t <= 3; t++) {
                backward(p, c);
                adam.step();
                for (int i = 0; i < 3; i++) {
                    double g = 2 * c[i] * w[i];
                    m[i] = B1 * m[i] + (1 - B1) * g;
                    v[i] = B2 * v[i] + (1 - B2) * g * g;
                    double mHat = m[i] / (1 - Math.pow(B1, t));
                    double vHat = v[i] / (1 - Math.pow(B2, t));
                    w[i] -= LR * mHat / (Math.sqrt(vHat) + EPS);
                }
                float[] actual = p.getArray().toFloatArray();
                for (int i = 0; i < 3; i++) {
                    assertEquals(w[i], actual[i], 1e-5, "step " + t + " element " + i);
                }
                for (float g : p.getArray().getGradient().toFloatArray()) {
                    assertEquals(0f, g, "gradient cleared after the update");
                }
            }
            adam.close();
        }
    }

    @Test
    void givenARateFactorWhenUpdatingThenThatParameterMovesByItsShareOfTheStep() {
        float[] c = {1f, -2f, 0.5f};
        float[] w0 = {1f, 0.5f, -3f};
        try (NDManager manager = NDManager.newBaseManager()) {
            Parameter full = parameter(manager, w0);
            Parameter scaled = parameter(manager, w0);
            ParameterList list = new ParameterList();
            list.add("full", full);
            list.add("scaled", scaled);
            AdamOptimizer adam = new AdamOptimizer(manager, list, LR, B1, B2, EPS);
            adam.setRateFactors(java.util.Map.of("scaled", 0.25f));
            backward(full, c);
            backward(scaled, c);
            adam.step();
            float[] fullNow = full.getArray().toFloatArray();
            float[] scaledNow = scaled.getArray().toFloatArray();
            for (int i = 0; i < 3; i++) {
                // Adam's first step moves every element by the learning rate: here 0.1 and 0.025
                assertEquals(LR, Math.abs(fullNow[i] - w0[i]), 1e-5, "full step, element " + i);
                assertEquals(0.25 * LR, Math.abs(scaledNow[i] - w0[i]), 1e-5, "scaled step, element " + i);
            }
            IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
                    () -> adam.setRateFactors(java.util.Map.of("missing", 0.5f)));
            assertTrue(unknown.getMessage().contains("'missing'"), unknown.getMessage());
            IllegalArgumentException range = assertThrows(IllegalArgumentException.class,
                    () -> adam.setRateFactors(java.util.Map.of("full", 0f)));
            assertTrue(range.getMessage().contains("(0, 1]"), range.getMessage());
            adam.close();
        }
    }

    @Test
    void givenSavedStateWhenLoadedIntoFreshOptimizerThenNextUpdateIsIdentical() throws IOException {
        float[] c = {1f, -2f, 0.5f};
        try (NDManager manager = NDManager.newBaseManager()) {
            Parameter a = parameter(manager, new float[] {1f, 2f, 3f});
            Parameter b = parameter(manager, new float[] {1f, 2f, 3f});
            ParameterList la = new ParameterList();
            la.add("w", a);
            ParameterList lb = new ParameterList();
            lb.add("w", b);
            AdamOptimizer first = new AdamOptimizer(manager, la, LR, B1, B2, EPS);
            AdamOptimizer twin = new AdamOptimizer(manager, lb, LR, B1, B2, EPS);
            for (int t = 0; t < 2; t++) {
                backward(a, c);
                first.step();
                backward(b, c);
                twin.step();
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            first.save(new DataOutputStream(bytes));
            AdamOptimizer restored = new AdamOptimizer(manager, lb, 0.5f, B1, B2, EPS);
            restored.load(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())), "memory");
            assertEquals(2, restored.updates());
            assertEquals(LR, restored.learningRate());
            backward(a, c);
            first.step();
            backward(b, c);
            restored.step();
            float[] x = a.getArray().toFloatArray();
            float[] y = b.getArray().toFloatArray();
            for (int i = 0; i < 3; i++) {
                assertEquals(x[i], y[i], 0f);
            }
        }
    }

    @Test
    void givenStateOfOtherParameterWhenLoadingThenErrorNamesIt() throws IOException {
        try (NDManager manager = NDManager.newBaseManager()) {
            ParameterList la = new ParameterList();
            la.add("w", parameter(manager, new float[] {1f}));
            AdamOptimizer a = new AdamOptimizer(manager, la, LR, B1, B2, EPS);
            backward(la.get("w"), new float[] {1f});
            a.step();
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            a.save(new DataOutputStream(bytes));
            ParameterList lb = new ParameterList();
            lb.add("other", parameter(manager, new float[] {1f}));
            AdamOptimizer b = new AdamOptimizer(manager, lb, LR, B1, B2, EPS);
            IOException e = assertThrows(IOException.class,
                    () -> b.load(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())), "adam.bin"));
            assertTrue(e.getMessage().contains("'w'") && e.getMessage().contains("adam.bin"), e.getMessage());
            assertEquals(new Shape(1), lb.get("other").getArray().getShape());
        }
    }
}
