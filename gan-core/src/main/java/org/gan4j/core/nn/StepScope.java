package org.gan4j.core.nn;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;

/**
 * Keeps the arrays a forward pass derives from long-lived parameters off the parameters' manager.
 *
 * <p>Results of an NDArray operation belong to the manager of its first operand, so reshaping or
 * normalising a weight would otherwise leave one array per step on the model's manager. Inside a
 * scope the borrowed parameters temporarily belong to a scratch sub-manager of the step's manager;
 * {@link #close()} frees everything derived there and hands the parameters back to their owners.
 */
final class StepScope implements AutoCloseable {

    private final NDManager step;
    private final NDManager scratch;

    /**
     * Opens a scope on a step's manager.
     *
     * @param step the short-lived manager that will own the results kept from this scope
     * @param borrowed the long-lived arrays (null entries are skipped) to compute from
     */
    StepScope(NDManager step, NDArray... borrowed) {
        this.step = step;
        this.scratch = step.newSubManager();
        for (NDArray array : borrowed) {
            if (array != null) {
                array.tempAttach(scratch);
            }
        }
    }

    /**
     * Moves a result to the step's manager so that it outlives this scope.
     *
     * @param result an array computed inside the scope
     * @return the same array, now owned by the step's manager
     */
    NDArray keep(NDArray result) {
        result.attach(step);
        return result;
    }

    /** Frees the intermediate arrays and returns the borrowed ones to their managers. */
    @Override
    public void close() {
        scratch.close();
    }
}
