package org.gan4j.core.app.job;

import java.io.IOException;
import java.util.Map;
import org.gan4j.core.app.config.RunConfig;
import org.gan4j.core.checkpoint.Checkpoint;
import org.gan4j.core.checkpoint.CheckpointStore;
import org.gan4j.core.train.GanTrainer;
import org.gan4j.core.train.TrainerState;

/**
 * Restores the trainer to an earlier checkpoint when training diverges: lower learning rates, a
 * fresh random stream (other noise and batches, so the trouble is not replayed), never the same
 * checkpoint twice in a row, at most {@code watchdog.maxRollbacks} times. Its count and last
 * restored step live in checkpoint metadata, so a resumed run keeps counting.
 */
final class Rollbacks {

    /** Checkpoint metadata: the random stream the steps after it draw from. */
    static final String RANDOM_STREAM = "randomStream";
    /** Checkpoint metadata: the rollbacks spent so far. */
    static final String COUNT = "rollbacks";
    /** Checkpoint metadata: the step the last rollback restored, -1 if none. */
    static final String LAST_RESTORED = "lastRestoredStep";

    /** The outcome of a rollback. */
    record Restored(long step, String message) {}

    private final GanTrainer trainer;
    private final CheckpointStore store;
    private final RunConfig.Watchdog settings;
    private final String checkpointsDir;
    private int count;
    private long lastRestored = -1;

    Rollbacks(GanTrainer trainer, CheckpointStore store, RunConfig.Watchdog settings) {
        this.trainer = trainer;
        this.store = store;
        this.settings = settings;
        this.checkpointsDir = store.root().toString();
    }

    /** Takes up the state recorded in the checkpoint a run resumes from. */
    void resumeFrom(Checkpoint checkpoint) {
        Map<String, String> m = checkpoint.metadata();
        trainer.setRandomStream(Long.parseLong(m.getOrDefault(RANDOM_STREAM, "0")));
        count = Integer.parseInt(m.getOrDefault(COUNT, "0"));
        lastRestored = Long.parseLong(m.getOrDefault(LAST_RESTORED, "-1"));
    }

    Map<String, String> metadata() {
        return Map.of(COUNT, Integer.toString(count), LAST_RESTORED, Long.toString(lastRestored),
                RANDOM_STREAM, Long.toString(trainer.randomStream()));
    }

    /**
     * @param problem what went wrong
     * @param lastHealthyStep the newest step that may be restored
     * @return the step restored and the message to log
     * @throws TrainingDivergedException if no rollback is left or there is nothing to restore
     * @throws IOException if a checkpoint is unreadable
     */
    Restored rollBack(String problem, long lastHealthyStep) throws IOException {
        int allowed = settings.maxRollbacks();
        if (count >= allowed) {
            String why = allowed == 0 ? "rollback is off (watchdog.maxRollbacks = 0)"
                    : "already rolled back " + count + " times (watchdog.maxRollbacks = " + allowed + ")";
            throw new TrainingDivergedException("training diverged: " + problem + "; " + why
                    + ". Lower train.lrGenerator and train.lrDiscriminator, or use loss 'hinge' with a spectral-norm"
                    + " discriminator. The last good checkpoint is in " + checkpointsDir);
        }
        float lrG = trainer.generatorOptimizer().learningRate() * (float) settings.lrFactor();
        float lrD = trainer.discriminatorOptimizer().learningRate() * (float) settings.lrFactor();
        Checkpoint good = store.latestAtOrBefore(lastHealthyStep).orElseThrow(() -> new TrainingDivergedException(
                "training diverged: " + problem + "; there is no checkpoint to roll back to"));
        if (good.step() == lastRestored) {
            // the trouble came back from the state restored last time: it began before that checkpoint
            good = store.latestAtOrBefore(good.step() - 1).orElse(good);
        }
        lastRestored = good.step();
        TrainerState.restore(trainer, good);
        trainer.generatorOptimizer().setLearningRate(lrG);
        trainer.discriminatorOptimizer().setLearningRate(lrD);
        count++;
        trainer.setRandomStream(trainer.randomStream() + 1);
        return new Restored(good.step(), problem + "; rolled back to step " + good.step() + " with learning rates G "
                + lrG + ", D " + lrD + " and fresh noise and batches (rollback " + count + " of " + allowed + ")");
    }
}
