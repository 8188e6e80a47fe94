package org.gan4j.core.train;

import ai.djl.engine.Engine;

/**
 * Counter-based seeding of the engine's random generator: before each random phase of a step the
 * generator is re-seeded from (run seed, step, phase). A resumed run therefore draws exactly the
 * numbers the uninterrupted run drew, with no generator state to save.
 */
public final class EngineSeeds {

    private EngineSeeds() {}

    /**
     * Seeds the engine for one phase of a step.
     *
     * @param seed the run's seed
     * @param step the step index
     * @param phase the phase within the step (discriminator update k, or the generator update)
     */
    public static void seed(long seed, long step, int phase) {
        Engine.getInstance().setRandomSeed(mix(seed, step, phase));
    }

    /** A SplitMix64-style mix of the three numbers into a non-negative int. */
    static int mix(long seed, long step, int phase) {
        long z = seed * 0x9E3779B97F4A7C15L + step * 0xBF58476D1CE4E5B9L + phase * 0x94D049BB133111EBL;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        z ^= z >>> 31;
        return (int) (z & 0x7FFFFFFF);
    }
}
