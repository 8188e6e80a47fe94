package org.gan4j.core.app.job;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.gan4j.core.checkpoint.CheckpointStore;
import org.gan4j.core.train.GanTrainer;
import org.gan4j.core.train.StepReport;
import org.gan4j.core.train.TrainerState;

/**
 * Writes a checkpoint when one is due (atomically, see {@link CheckpointStore}); a weight that is
 * no longer finite is not saved but answered with a rollback. The manifest records the run's
 * identity and the watchdog's state, so that resume continues this run and no other.
 */
final class CheckpointListener implements RunListener {

    private final GanTrainer trainer;
    private final CheckpointStore store;
    private final RunSchedule schedule;
    private final RunIdentity identity;
    private final Rollbacks rollbacks;
    private final String modality;
    private long lastSaved = -1;

    CheckpointListener(GanTrainer trainer, CheckpointStore store, RunSchedule schedule, RunIdentity identity,
            Rollbacks rollbacks, String modality) {
        this.trainer = trainer;
        this.store = store;
        this.schedule = schedule;
        this.identity = identity;
        this.rollbacks = rollbacks;
        this.modality = modality;
    }

    @Override
    public void onStep(StepReport report, RunControl control) throws IOException {
        if (schedule.checkpointDue(report.step())) {
            try {
                save();
            } catch (IllegalStateException nonFinite) {
                control.rollback(nonFinite.getMessage(), Long.MAX_VALUE);
            }
        }
    }

    @Override
    public void onResume(long step) {
        lastSaved = step;
    }

    @Override
    public void onRollback(long step, String message) {
        lastSaved = step;
    }

    /**
     * Saves the trainer's state unless a checkpoint of its current step was saved already.
     *
     * @throws IOException if writing fails
     * @throws IllegalStateException if a weight is not finite
     */
    void ensureSaved() throws IOException {
        if (lastSaved != trainer.stepCount()) {
            save();
        }
    }

    private void save() throws IOException {
        Map<String, String> metadata = new LinkedHashMap<>();
        metadata.put("modality", modality);
        metadata.putAll(identity.metadata());
        metadata.putAll(rollbacks.metadata());
        TrainerState.save(trainer, store, metadata);
        lastSaved = trainer.stepCount();
    }
}
