package org.gan4j.core.train;

import ai.djl.engine.Engine;
import java.util.concurrent.locks.ReentrantLock;
import org.gan4j.core.device.EngineThreads;

/**
 * Counter-based seeding of the engine's random generator: before each random phase of a step the
 * generator is re-seeded from (run seed, step, phase). A resumed run therefore draws exactly the
 * numbers the uninterrupted run drew, with no generator state to save, and code that draws from
 * the engine between steps cannot change what the next step draws.
 *
 * <p>The engine has one generator per process. Every seeded region (a training step, an
 * evaluation, a batch of samples, a classifier's training) runs inside {@link #hold()}, a
 * process-wide lock, so two trainers in one JVM take turns instead of drawing from each other's
 * stream: each stays reproducible. A thread of your own that draws from DJL's random functions
 * while a trainer runs in another thread should do so inside {@code hold()} too.
 */
public final class EngineSeeds {

    private static final ReentrantLock ENGINE_RANDOM = new ReentrantLock();

    private EngineSeeds() {}

    /** A held engine generator; {@link #close()} releases it. */
    public interface Hold extends AutoCloseable {
        @Override
        void close();
    }

    /**
     * Takes the engine's generator for the calling thread until the hold is closed (re-entrant:
     * a region inside another only nests), and {@linkplain EngineThreads#prepare() prepares} the
     * thread, so that a region computes the same in any thread.
     *
     * @return the hold, to close in a try-with-resources
     */
    public static Hold hold() {
        ENGINE_RANDOM.lock();
        EngineThreads.prepare();
        return ENGINE_RANDOM::unlock;
    }

    /**
     * Seeds the engine for one phase of a step; the caller must be inside {@link #hold()}.
     *
     * @param seed the run's seed
     * @param step the step index
     * @param phase the phase within the step (discriminator update k, or the generator update)
     * @throws IllegalStateException if the calling thread does not hold the generator: another
     *     thread could reseed or draw from it before this phase's draws
     */
    public static void seed(long seed, long step, int phase) {
        if (!ENGINE_RANDOM.isHeldByCurrentThread()) {
            throw new IllegalStateException("EngineSeeds.seed outside EngineSeeds.hold(): another thread could draw"
                    + " from the engine's generator between this seed and its draws; seed and draw inside"
                    + " try (EngineSeeds.Hold h = EngineSeeds.hold()) { ... }");
        }
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
