package org.gan4j.core.train;

/** Receives plain-number reports from a training run; implementations must not keep NDArrays. */
public interface TrainingListener {

    /** @param report the step just completed */
    void onStep(StepReport report);
}
