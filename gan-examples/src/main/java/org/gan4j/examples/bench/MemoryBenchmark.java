package org.gan4j.examples.bench;

import ai.djl.ndarray.NDManager;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.gan4j.core.app.config.RunConfig;
import org.gan4j.core.app.job.SampleConditions;
import org.gan4j.core.app.job.TrainingJob;
import org.gan4j.core.spi.ModalityRegistry;
import org.gan4j.core.train.GanTrainer;

/**
 * Resident memory of any preset's training steps (with its regularization: a gradient penalty,
 * DiffAugment, …) or of sampling from its generator: the process's RSS every few steps and its
 * growth from a warm-up step, once the heap and libtorch's caches have settled. The run directory
 * is temporary and no evaluation runs.
 */
public final class MemoryBenchmark {

    /**
     * @param steps training steps (or sampled batches) to run
     * @param warmup the step whose RSS is the baseline, &lt; steps
     * @param every steps between RSS lines
     * @param sampleBatch 0 to train; else each step draws a batch of this many samples from the
     *     untrained generator in inference, as {@code gan sample} does, instead of training
     */
    public record Settings(int steps, int warmup, int every, int sampleBatch) {

        /** Checks the ranges. */
        public Settings {
            if (steps < 2 || warmup < 1 || warmup >= steps || every < 1 || sampleBatch < 0) {
                throw new IllegalArgumentException("need steps ≥ 2, 1 ≤ warm-up < steps, every ≥ 1 and a sample batch"
                        + " ≥ 0, got steps " + steps + ", warm-up " + warmup + ", every " + every + ", sample batch "
                        + sampleBatch);
            }
        }
    }

    /**
     * What was measured.
     *
     * @param warmupMiB RSS at the warm-up step
     * @param endMiB RSS after the last step
     * @param peakMiB the highest RSS sampled after the warm-up
     * @param stepsPerSecond the throughput after the warm-up
     */
    public record Result(double warmupMiB, double endMiB, double peakMiB, double stepsPerSecond) {

        /** @return the growth from the warm-up to the end, in percent */
        public double growthPercent() {
            return 100 * (endMiB - warmupMiB) / warmupMiB;
        }
    }

    private final PrintWriter out;

    /** @param out where progress and the result are printed */
    public MemoryBenchmark(PrintWriter out) {
        this.out = out;
    }

    /**
     * Trains a configuration in a temporary run directory and samples RSS.
     *
     * @param config the resolved configuration
     * @param registry the modalities
     * @param cacheDir the data cache
     * @param settings steps, warm-up and interval
     * @return the measurements
     * @throws IOException if the temporary run cannot be written
     */
    public Result run(RunConfig config, ModalityRegistry registry, Path cacheDir, Settings settings) throws IOException {
        Path temp = Files.createTempDirectory("gan4j-bench-memory");
        try (TrainingJob job = TrainingJob.start(config, temp.resolve("run"), registry, cacheDir, line -> {})) {
            GanTrainer trainer = job.trainer();
            RunConfig.Stabilize s = config.stabilize();
            if (settings.sampleBatch() > 0) {
                out.printf("memory: %s, sampling %d batches of %d, baseline at batch %d%n", config.preset(),
                        settings.steps(), settings.sampleBatch(), settings.warmup());
            } else {
                out.printf("memory: %s, loss %s, penalty %s (λ %s), augment '%s', %d steps, baseline at step %d%n",
                        config.preset(), config.loss().name(), s.gradientPenalty(), s.penaltyWeight(), s.augment(),
                        settings.steps(), settings.warmup());
            }
            double warmup = Double.NaN;
            double peak = 0;
            long warmupNanos = 0;
            for (int step = 1; step <= settings.steps(); step++) {
                if (settings.sampleBatch() > 0) {
                    sample(job, settings.sampleBatch(), step);
                } else {
                    trainer.step();
                }
                if (step == settings.warmup()) {
                    warmup = ResidentMemory.mebibytes();
                    warmupNanos = System.nanoTime();
                }
                if (step > settings.warmup()) {
                    if (step % settings.every() == 0 || step == settings.steps()) {
                        double rss = ResidentMemory.mebibytes();
                        peak = Math.max(peak, rss);
                        out.printf("step %6d  RSS %8.1f MiB  growth %+6.2f%%%n", step, rss, 100 * (rss - warmup) / warmup);
                        out.flush();
                    }
                } else if (step % settings.every() == 0) {
                    out.printf("step %6d  RSS %8.1f MiB  (warming up)%n", step, ResidentMemory.mebibytes());
                    out.flush();
                }
            }
            double seconds = (System.nanoTime() - warmupNanos) / 1e9;
            Result result = new Result(warmup, ResidentMemory.mebibytes(), peak,
                    (settings.steps() - settings.warmup()) / seconds);
            out.printf("resident memory: %.1f MiB at step %d, %.1f MiB at step %d (growth %+.2f%%, peak %.1f MiB);"
                    + " %.2f steps/s%n", result.warmupMiB(), settings.warmup(), result.endMiB(), settings.steps(),
                    result.growthPercent(), result.peakMiB(), result.stepsPerSecond());
            out.flush();
            return result;
        } finally {
            deleteTree(temp);
        }
    }

    /** One batch drawn as {@code gan sample} draws it, on its own scope. */
    private static void sample(TrainingJob job, int batch, int step) {
        try (NDManager scope = job.trainer().manager().newSubManager()) {
            job.trainer().sampler().generate(scope, batch,
                    SampleConditions.of(job.trainer().model().condition(), job.data(), null, scope, (step - 1) * batch, batch, step - 1));
        }
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
