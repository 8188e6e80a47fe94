package org.gan4j.core.app.job;

/** What a {@link RunListener} may ask of the loop while it handles a step. */
public interface RunControl {

    /**
     * Asks for the trainer to be restored to a checkpoint no later than {@code lastHealthyStep},
     * with lower learning rates, once the current listener returns; the remaining listeners skip
     * this step.
     *
     * @param problem what went wrong, for the console and {@code metrics.json}
     * @param lastHealthyStep the newest step whose checkpoint may be restored ({@link Long#MAX_VALUE}
     *     for the newest)
     */
    void rollback(String problem, long lastHealthyStep);
}
