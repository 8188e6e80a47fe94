package org.gan4j.core.app.job;

import java.io.IOException;
import org.gan4j.core.train.StepReport;

/**
 * A side job of a training run (checkpoints, evaluations, samples, the report, logging), called by
 * the {@link TrainingJob}'s loop in the order the listeners were registered. Every callback must
 * leave the run directory whole if the process is killed inside it, and {@link #onResume} must redo
 * whatever a kill may have cut short, so that a resumed run ends exactly as the uninterrupted one.
 * Implementations keep no NDArrays between calls.
 */
public interface RunListener {

    /**
     * After each healthy step. Listeners after one that asked for a rollback are not called for this
     * step.
     *
     * @param report the step just completed
     * @param control lets the listener ask for a rollback
     * @throws IOException if the listener cannot write its files
     */
    default void onStep(StepReport report, RunControl control) throws IOException {}

    /**
     * When a run continues from the checkpoint of {@code step} (after a kill or to train longer):
     * redo the work due at that step that the previous process may not have finished. Must be
     * idempotent, since that work may have been finished too.
     *
     * @param step the step of the checkpoint resumed from
     * @throws IOException if the listener cannot write its files
     */
    default void onResume(long step) throws IOException {}

    /**
     * After the trainer was restored to an earlier checkpoint.
     *
     * @param step the step restored
     * @param message what went wrong and what was done
     * @throws IOException if the listener cannot write its files
     */
    default void onRollback(long step, String message) throws IOException {}

    /**
     * When training stops for good: the last step is done, or the run diverged beyond repair.
     *
     * @param step the trainer's last step
     * @throws IOException if the listener cannot write its files
     */
    default void onFinish(long step) throws IOException {}
}
