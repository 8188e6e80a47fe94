package org.gan4j.core.app.job;

/** Training diverged and the watchdog could not (or was not allowed to) roll it back. */
public class TrainingDivergedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** @param message what diverged, at which step, and what to change */
    public TrainingDivergedException(String message) {
        super(message);
    }
}
