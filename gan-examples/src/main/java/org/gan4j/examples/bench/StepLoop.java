package org.gan4j.examples.bench;

/** One way of running a unit of work (a training step, a sampled batch), timed by the benchmarks. */
interface StepLoop extends AutoCloseable {

    /** Runs one step: a training step (one D update and one G update) or one sampled batch. */
    void step();

    @Override
    void close();
}
