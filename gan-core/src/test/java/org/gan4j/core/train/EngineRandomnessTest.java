package org.gan4j.core.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.gan4j.core.testing.ToyGan;
import org.junit.jupiter.api.Test;

/**
 * A trainer's numbers do not depend on what else uses the engine: code that reseeds or draws from
 * its process-wide generator between steps, a second trainer stepping in another thread, or the
 * thread the trainer runs in.
 */
class EngineRandomnessTest {

    private static final int STEPS = 30;

    @Test
    void givenCodeThatReseedsAndDrawsFromTheEngineBetweenStepsWhenTrainingThenTheLossesAreUnchanged() {
        List<Float> quiet = losses(3, () -> { });
        List<Float> disturbed = losses(3, () -> {
            try (NDManager m = NDManager.newBaseManager()) {
                ai.djl.engine.Engine.getInstance().setRandomSeed(12345);
                m.randomNormal(new Shape(1000)).close();
            }
        });
        assertEquals(quiet, disturbed);
    }

    @Test
    void givenTwoTrainersSteppingInTwoThreadsAtOnceWhenTrainingThenEachGivesTheLossesItGivesAlone() throws Exception {
        List<Float> aloneA = CompletableFuture.supplyAsync(() -> losses(3, () -> { })).get();
        List<Float> aloneB = CompletableFuture.supplyAsync(() -> losses(4, () -> { })).get();
        assertEquals(losses(3, () -> { }), aloneA, "the same trainer in the main thread and in a pool thread");
        CountDownLatch start = new CountDownLatch(1);
        CompletableFuture<List<Float>> a = CompletableFuture.supplyAsync(() -> losses(3, () -> await(start)));
        CompletableFuture<List<Float>> b = CompletableFuture.supplyAsync(() -> losses(4, () -> await(start)));
        start.countDown();
        assertEquals(aloneA, a.get());
        assertEquals(aloneB, b.get());
    }

    @Test
    void givenASeedOutsideAHoldWhenSeedingThenRefusedWithTheFix() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> EngineSeeds.seed(1, 2, 3));
        assertTrue(e.getMessage().contains("inside try (EngineSeeds.Hold h = EngineSeeds.hold())"), e.getMessage());
    }

    private static List<Float> losses(long seed, Runnable betweenSteps) {
        try (NDManager manager = NDManager.newBaseManager();
                GanTrainer trainer = ToyGan.trainer(manager, seed, Set.of())) {
            List<Float> out = new ArrayList<>();
            for (int i = 0; i < STEPS; i++) {
                betweenSteps.run();
                StepReport r = trainer.step();
                out.add(r.discriminatorLoss());
                out.add(r.generatorLoss());
            }
            return out;
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
