package org.gan4j.examples.bench;

/** One way of running training steps, timed by the benchmarks. */
interface StepLoop extends AutoCloseable {

    /** Runs one training step (one D update and one G update). */
    void step();

    @Override
    void close();
}
