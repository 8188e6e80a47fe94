package org.gan4j.core.train;

/**
 * A network with a setting that follows the training step, e.g. a Gumbel-softmax temperature that
 * is annealed. {@link GanTrainer} calls {@link #beforeStep} on its generators and discriminator
 * that implement it, before every step and after a restore, so the schedule is a pure function of
 * the step and resumes exactly.
 */
public interface ScheduledBlock {

    /**
     * Updates the step-dependent setting.
     *
     * @param step the number of completed training steps
     */
    void beforeStep(long step);
}
