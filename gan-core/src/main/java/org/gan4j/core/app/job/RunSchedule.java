package org.gan4j.core.app.job;

import org.gan4j.core.app.config.RunConfig;

/**
 * When each side job of a run is due after a step. The last step is due for all of them, so that a
 * run ends with a checkpoint, an evaluation and samples of its final state; step 0 (the state before
 * training, checkpointed when the run starts) for none.
 *
 * @param config the run's configuration
 */
record RunSchedule(RunConfig config) {

    long totalSteps() {
        return config.train().steps();
    }

    boolean isLast(long step) {
        return step == totalSteps();
    }

    boolean logDue(long step) {
        return step > 0 && (step % config.train().logEvery() == 0 || isLast(step));
    }

    boolean checkpointDue(long step) {
        return step > 0 && (step % config.checkpoint().every() == 0 || isLast(step));
    }

    boolean evaluationDue(long step) {
        int every = config.eval().every();
        return step > 0 && ((every > 0 && step % every == 0) || isLast(step));
    }

    boolean samplesDue(long step) {
        return step > 0 && (step % config.samples().every() == 0 || isLast(step));
    }
}
