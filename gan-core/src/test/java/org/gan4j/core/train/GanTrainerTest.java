package org.gan4j.core.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.util.Pair;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gan4j.core.checkpoint.Checkpoint;
import org.gan4j.core.checkpoint.CheckpointException;
import org.gan4j.core.checkpoint.CheckpointStore;
import org.gan4j.core.data.DataSource;
import org.gan4j.core.loss.Losses;
import org.gan4j.core.model.ConditionSpec;
import org.gan4j.core.model.GanModel;
import org.gan4j.core.model.LatentPrior;
import org.gan4j.core.nn.Mlp;
import org.gan4j.core.testing.ToyGan;
import org.gan4j.core.testing.TwoGaussians;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GanTrainerTest {

    @TempDir
    Path temp;

    @Test
    void givenGeneratorStepWhenDiscriminatorIsFrozenThenItsGradientsStayZeroAndFlagsAreRestored() {
        try (NDManager manager = NDManager.newBaseManager();
                GanTrainer trainer = ToyGan.trainer(manager, 7, Set.of())) {
            trainer.step();
            for (Pair<String, Parameter> p : trainer.discriminator().getParameters()) {
                assertTrue(p.getValue().requiresGradient(), p.getKey() + " was left frozen");
                try (NDArray grad = p.getValue().getArray().getGradient();
                        NDArray abs = grad.abs();
                        NDArray max = abs.max()) {
                    assertEquals(0f, max.getFloat(), 0f, "D gradient left in " + p.getKey());
                }
            }
        }
    }

    @Test
    void givenNonSaturatingLossThenChanceLevelIsTwoLnTwo() {
        try (NDManager manager = NDManager.newBaseManager();
                GanTrainer trainer = ToyGan.trainer(manager, 7, Set.of())) {
            // softplus(-0) + softplus(0) = 2 ln 2: D outputs 0 on everything
            assertEquals(2 * Math.log(2), trainer.chanceDiscriminatorLoss(), 1e-6);
        }
    }

    @Test
    void givenSameSeedWhenTrainingTwiceThenLossesAreIdentical() {
        assertEquals(losses(11, 20), losses(11, 20));
        assertNotEquals(losses(11, 20), losses(12, 20));
    }

    @Test
    void givenAnotherRandomStreamThenStepsDrawOtherNoiseAndBatchesReproducibly() {
        assertNotEquals(losses(11, 20, 1), losses(11, 20, 0));
        assertEquals(losses(11, 20, 1), losses(11, 20, 1));
        try (NDManager manager = NDManager.newBaseManager();
                GanTrainer trainer = ToyGan.trainer(manager, 1, Set.of())) {
            assertThrows(IllegalArgumentException.class, () -> trainer.setRandomStream(-1));
        }
    }

    private static List<Float> losses(long seed, int steps) {
        return losses(seed, steps, 0);
    }

    private static List<Float> losses(long seed, int steps, long stream) {
        try (NDManager manager = NDManager.newBaseManager();
                GanTrainer trainer = ToyGan.trainer(manager, seed, Set.of())) {
            trainer.setRandomStream(stream);
            List<Float> out = new ArrayList<>();
            for (int i = 0; i < steps; i++) {
                StepReport r = trainer.step();
                out.add(r.discriminatorLoss());
                out.add(r.generatorLoss());
            }
            return out;
        }
    }

    @Test
    void givenCheckpointAtHalfWayWhenResumingInFreshTrainerThenLossesAndWeightsMatchStraightRun()
            throws Exception {
        int steps = 40;
        List<Float> straightLosses = new ArrayList<>();
        float[] straightWeights;
        try (NDManager manager = NDManager.newBaseManager();
                GanTrainer trainer = ToyGan.trainer(manager, 3, Set.of())) {
            for (int i = 0; i < steps; i++) {
                StepReport r = trainer.step();
                straightLosses.add(r.discriminatorLoss());
                straightLosses.add(r.generatorLoss());
            }
            straightWeights = flatten(trainer);
        }

        CheckpointStore store = new CheckpointStore(temp.resolve("checkpoints"), 2);
        List<Float> resumedLosses = new ArrayList<>();
        try (NDManager manager = NDManager.newBaseManager();
                GanTrainer trainer = ToyGan.trainer(manager, 3, Set.of())) {
            for (int i = 0; i < steps / 2; i++) {
                StepReport r = trainer.step();
                resumedLosses.add(r.discriminatorLoss());
                resumedLosses.add(r.generatorLoss());
            }
            TrainerState.save(trainer, store, Map.of());
        }
        float[] resumedWeights;
        try (NDManager manager = NDManager.newBaseManager();
                GanTrainer trainer = ToyGan.trainer(manager, 3, Set.of())) {
            TrainerState.restore(trainer, store.latest().orElseThrow());
            assertEquals(steps / 2, trainer.stepCount());
            for (int i = steps / 2; i < steps; i++) {
                StepReport r = trainer.step();
                resumedLosses.add(r.discriminatorLoss());
                resumedLosses.add(r.generatorLoss());
            }
            resumedWeights = flatten(trainer);
        }
        assertEquals(straightLosses.size(), resumedLosses.size());
        for (int i = 0; i < straightLosses.size(); i++) {
            assertEquals(straightLosses.get(i), resumedLosses.get(i), 1e-5, "loss " + i);
        }
        assertArrayEquals(straightWeights, resumedWeights, 1e-5f);
    }

    private static float[] flatten(GanTrainer trainer) {
        List<Float> values = new ArrayList<>();
        for (var block : List.of(trainer.generator(), trainer.discriminator(), trainer.averageGenerator())) {
            for (Pair<String, Parameter> p : block.getParameters()) {
                for (float v : p.getValue().getArray().toFloatArray()) {
                    values.add(v);
                }
            }
        }
        float[] out = new float[values.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = values.get(i);
        }
        return out;
    }

    @Test
    void givenCheckpointOfOtherArchitectureWhenRestoringThenErrorNamesTheDifference() throws Exception {
        CheckpointStore store = new CheckpointStore(temp.resolve("checkpoints"), 2);
        try (NDManager manager = NDManager.newBaseManager();
                GanTrainer trainer = ToyGan.trainer(manager, 3, Set.of())) {
            TrainerState.save(trainer, store, Map.of());
        }
        GanModel wider = new GanModel("toy-mlp", () -> Mlp.of(32, 2, 1), Mlp.of(16, 2, 1),
                new LatentPrior(LatentPrior.Kind.NORMAL, 4), ConditionSpec.NONE, new Shape(1));
        try (NDManager manager = NDManager.newBaseManager();
                GanTrainer trainer = new GanTrainer(wider, new TwoGaussians(3, Set.of()),
                        Losses.create("hinge", 0f), ToyGan.settings(3), manager)) {
            Checkpoint checkpoint = store.latest().orElseThrow();
            CheckpointException e = assertThrows(CheckpointException.class, () -> TrainerState.restore(trainer, checkpoint));
            assertTrue(e.getMessage().contains("different model"), e.getMessage());
            assertTrue(e.getMessage().contains("G."), e.getMessage());
        }
    }

    @Test
    void givenModelAndDataOfDifferentShapesWhenBuildingTrainerThenErrorNamesBothShapes() {
        GanModel twoD = new GanModel("toy-2d", () -> Mlp.of(8, 1, 2), Mlp.of(8, 1, 1),
                new LatentPrior(LatentPrior.Kind.NORMAL, 4), ConditionSpec.NONE, new Shape(2));
        DataSource oneD = new TwoGaussians(1, Set.of());
        try (NDManager manager = NDManager.newBaseManager()) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> new GanTrainer(twoD, oneD, Losses.create("hinge", 0f), ToyGan.settings(1), manager));
            assertTrue(e.getMessage().contains("(2)") && e.getMessage().contains("(1)"), e.getMessage());
        }
    }

    @Test
    void givenNonFiniteWeightWhenSavingThenNothingIsWritten() throws Exception {
        CheckpointStore store = new CheckpointStore(temp.resolve("checkpoints"), 2);
        try (NDManager manager = NDManager.newBaseManager();
                GanTrainer trainer = ToyGan.trainer(manager, 3, Set.of())) {
            NDArray w = trainer.generator().getParameters().valueAt(0).getArray();
            w.set(new ai.djl.ndarray.index.NDIndex("0"), Float.NaN);
            assertThrows(IllegalStateException.class, () -> TrainerState.save(trainer, store, Map.of()));
            assertTrue(store.list().isEmpty());
        }
    }
}
