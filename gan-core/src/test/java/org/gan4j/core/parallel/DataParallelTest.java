package org.gan4j.core.parallel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.Device;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import ai.djl.training.GradientCollector;
import ai.djl.training.ParameterStore;
import ai.djl.util.Pair;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.gan4j.core.augment.DiffAugment;
import org.gan4j.core.loss.Losses;
import org.gan4j.core.nn.Mlp;
import org.gan4j.core.testing.ToyGan;
import org.gan4j.core.testing.TwoGaussians;
import org.gan4j.core.train.GanTrainer;
import org.gan4j.core.train.GradientPenalty;
import org.gan4j.core.train.InstanceNoise;
import org.gan4j.core.train.Regularization;
import org.gan4j.core.train.StepReport;
import org.junit.jupiter.api.Test;

/**
 * Data parallelism on the CPU, with replicas sharing it: a split forward pass, its gradients and
 * whole training steps match the one-device computation up to rounding.
 */
class DataParallelTest {

    private static final List<Device> TWO_CPUS = List.of(Device.cpu(), Device.cpu());
    private static final List<Device> THREE_CPUS = List.of(Device.cpu(), Device.cpu(), Device.cpu());

    @Test
    void givenThreeReplicasWhenForwardAndBackwardThenOutputsAndGradientsMatchOneDevice() {
        try (NDManager manager = NDManager.newBaseManager(); DataParallel parallel = new DataParallel(manager, THREE_CPUS)) {
            Engine.getInstance().setRandomSeed(3);
            Block mlp = Mlp.of(8, 2, 1);
            mlp.initialize(manager, DataType.FLOAT32, new Shape(1, 3));
            ParameterStore store = new ParameterStore(manager, false);
            NDArray x = manager.randomNormal(new Shape(7, 3)); // 7 rows: slices of 2, 2 and 3

            float[] single = lossAndGradients(mlp, x, in -> mlp.forward(store, in, true));
            List<float[]> plainGradients = gradients(mlp);
            float[] split = lossAndGradients(mlp, x, in -> parallel.forward(mlp, store, in, true));
            parallel.reduceGradients(mlp);
            List<float[]> reduced = gradients(mlp);

            assertArrayEquals(single, split, 1e-6f, "outputs gathered in batch order");
            for (int i = 0; i < reduced.size(); i++) {
                assertArrayEquals(plainGradients.get(i), reduced.get(i), 1e-5f, "gradient of parameter " + i);
            }
            float[] again = lossAndGradients(mlp, x, in -> parallel.forward(mlp, store, in, true));
            parallel.reduceGradients(mlp);
            List<float[]> reducedAgain = gradients(mlp);
            for (int i = 0; i < reduced.size(); i++) {
                assertArrayEquals(plainGradients.get(i), reducedAgain.get(i), 1e-5f,
                        "replica gradients are zeroed after each reduction, so nothing is counted twice");
            }
            assertArrayEquals(single, again, 1e-6f);
        }
    }

    @Test
    void givenReplicasWhenHomeWeightsChangeThenBroadcastRefreshesThem() {
        try (NDManager manager = NDManager.newBaseManager(); DataParallel parallel = new DataParallel(manager, TWO_CPUS)) {
            Block mlp = Mlp.of(4, 1, 1);
            mlp.initialize(manager, DataType.FLOAT32, new Shape(1, 2));
            ParameterStore store = new ParameterStore(manager, false);
            NDArray x = manager.ones(new Shape(4, 2));
            float[] before = parallel.forward(mlp, store, new NDList(x), false).head().toFloatArray();
            for (Pair<String, Parameter> p : mlp.getParameters()) {
                p.getValue().getArray().muli(2);
            }
            float[] stale = parallel.forward(mlp, store, new NDList(x), false).head().toFloatArray();
            assertEquals(before[3], stale[3], 0f, "the replica serving the second slice still has the old weights");
            parallel.broadcast(mlp);
            float[] fresh = parallel.forward(mlp, store, new NDList(x), false).head().toFloatArray();
            float[] plain = mlp.forward(store, new NDList(x), false).head().toFloatArray();
            assertArrayEquals(plain, fresh, 1e-6f);
            assertTrue(Math.abs(fresh[3] - before[3]) > 1e-4, "doubling the weights changed the output");
        }
    }

    @Test
    void givenTwoReplicasWhenTrainingThenStepsMatchOneDevice() {
        assertLossesMatch(Regularization.none());
    }

    @Test
    void givenGradientPenaltyWhenTrainingOnTwoReplicasThenStepsMatchOneDevice() {
        assertLossesMatch(new Regularization(GradientPenalty.of("wgan-gp", 10f), DiffAugment.parse(""), InstanceNoise.none()));
    }

    @Test
    void givenBadSetupsThenErrorsNameTheProblem() {
        try (NDManager manager = NDManager.newBaseManager()) {
            IllegalArgumentException one = assertThrows(IllegalArgumentException.class,
                    () -> new DataParallel(manager, List.of(Device.cpu())));
            assertTrue(one.getMessage().contains("at least 2 devices"), one.getMessage());
            try (DataParallel parallel = new DataParallel(manager, TWO_CPUS)) {
                Block mlp = Mlp.of(4, 1, 1);
                mlp.initialize(manager, DataType.FLOAT32, new Shape(1, 2));
                NDList ragged = new NDList(manager.ones(new Shape(4, 2)), manager.ones(new Shape(3)));
                IllegalArgumentException shapes = assertThrows(IllegalArgumentException.class,
                        () -> parallel.forward(mlp, new ParameterStore(manager, false), ragged, false));
                assertTrue(shapes.getMessage().contains("(4, 2), (3)") && shapes.getMessage().contains("batch size 4"),
                        shapes.getMessage());
            }
            try (GanTrainer trainer = ToyGan.trainer(manager, 1, Set.of())) {
                IllegalArgumentException device = assertThrows(IllegalArgumentException.class,
                        () -> trainer.replicate(List.of(Device.gpu(1), Device.cpu())));
                assertTrue(device.getMessage().contains("must be the trainer's own"), device.getMessage());
            }
        }
    }

    private static void assertLossesMatch(Regularization regularization) {
        List<Float> single = losses(regularization, List.of());
        List<Float> split = losses(regularization, TWO_CPUS);
        assertEquals(single.size(), split.size());
        for (int i = 0; i < single.size(); i++) {
            assertEquals(single.get(i), split.get(i), 2e-4f, "loss " + i + " of " + single);
        }
    }

    /** D and G losses of 30 toy steps (2 D updates per step) and the final D output on fixed points. */
    private static List<Float> losses(Regularization regularization, List<Device> devices) {
        try (NDManager manager = NDManager.newBaseManager();
                GanTrainer trainer = new GanTrainer(ToyGan.model(), new TwoGaussians(4, Set.of()),
                        Losses.create("non-saturating", 0f), ToyGan.settings(4), regularization, manager)) {
            if (!devices.isEmpty()) {
                trainer.replicate(devices);
            }
            List<Float> out = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                StepReport r = trainer.step();
                out.add(r.discriminatorLoss());
                out.add(r.generatorLoss());
            }
            float[] scores = trainer.discriminatorScores(new TwoGaussians(9, Set.of()), 8);
            for (float s : scores) {
                out.add(s);
            }
            return out;
        }
    }

    private interface Forward {
        NDList apply(NDList input);
    }

    private static float[] lossAndGradients(Block block, NDArray x, Forward forward) {
        try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
            NDArray out = forward.apply(new NDList(x)).head();
            collector.backward(out.square().mean());
            return out.toFloatArray();
        }
    }

    private static List<float[]> gradients(Block block) {
        List<float[]> grads = new ArrayList<>();
        for (Pair<String, Parameter> p : block.getParameters()) {
            try (NDArray g = p.getValue().getArray().getGradient()) {
                grads.add(g.toFloatArray());
                g.subi(g);
            }
        }
        return grads;
    }
}
