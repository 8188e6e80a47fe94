package org.gan4j.examples.bench;

import ai.djl.ndarray.NDManager;
import ai.djl.pytorch.jni.JniUtils;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Supplier;
import org.gan4j.core.app.job.TrainingJob;
import org.gan4j.core.checkpoint.AtomicFiles;
import org.gan4j.core.data.DataSource;
import org.gan4j.core.device.Devices;
import org.gan4j.core.spi.ModalityRegistry;
import org.gan4j.core.train.GanTrainer;
import org.gan4j.core.train.TrainerSettings;

/**
 * {@code gan bench profile}: where the time of one training step of a preset goes. Four passes over
 * the same trainer, after a warm-up:
 *
 * <ol>
 *   <li>the steps, timed without the profiler (wall time per step);
 *   <li>the data source alone serving the same number of batches (time inside {@code
 *       DataSource.batch});
 *   <li>the steps again under libtorch's profiler, whose chrome trace gives the time inside native
 *       operators (the outermost operator events) and each operator's self time;
 *   <li>the data batches under the profiler, to take their few native operators out of the data
 *       share.
 * </ol>
 *
 * <p>The profiled pass's wall time is split into data, native operators and what is left, the time
 * outside any recorded operator: Java, JNI crossings, native work the profiler does not record as
 * an operator (the autograd engine's set-up, the allocator) and the profiler's own bookkeeping.
 * Each pass also reports the training thread's CPU time, which other processes on the cores do not
 * inflate. The traces stay in the run directory for chrome://tracing or Perfetto.
 */
public final class StepProfile {

    /**
     * What to profile.
     *
     * @param preset a preset name
     * @param steps steps per pass
     * @param warmup untimed steps first
     * @param runDirectory the run directory to create (configuration, step-0 checkpoint, traces)
     * @param cacheDir the data cache
     */
    public record Settings(String preset, int steps, int warmup, Path runDirectory, Path cacheDir) {}

    /** How many operators the summary lists. */
    static final int TOP = 10;

    private final Settings settings;
    private final PrintWriter out;

    /**
     * @param settings what to profile
     * @param out where to print the summary
     */
    public StepProfile(Settings settings, PrintWriter out) {
        this.settings = settings;
        this.out = out;
    }

    /**
     * Runs the passes, prints the summary and writes it with the traces to {@code profile/} in the
     * run directory.
     *
     * @throws IOException if the run directory or a trace cannot be written or read
     */
    public void run() throws IOException {
        ModalityRegistry registry = ModalityRegistry.load();
        try (TrainingJob job = TrainingJob.start(RunConfigs.preset(registry, settings.preset(), Map.of()).resolve(),
                settings.runDirectory(), registry, settings.cacheDir(), line -> {})) {
            GanTrainer trainer = job.trainer();
            Path dir = Files.createDirectories(settings.runDirectory().resolve("profile"));
            boolean gpu = Devices.current().isGpu();
            steps(trainer, settings.warmup());
            Timing plain = steps(trainer, settings.steps());
            double dataMs = batches(trainer, job.data(), settings.steps());
            Timing underProfiler = profiled(gpu, dir.resolve("steps-trace.json"), () -> steps(trainer, settings.steps()));
            profiled(gpu, dir.resolve("data-trace.json"), () -> batches(trainer, job.data(), settings.steps()));
            OperatorTrace stepTrace = OperatorTrace.read(dir.resolve("steps-trace.json"));
            OperatorTrace dataTrace = OperatorTrace.read(dir.resolve("data-trace.json"));
            String summary = summary(trainer.settings(), plain, underProfiler, dataMs, stepTrace, dataTrace);
            AtomicFiles.write(dir.resolve("summary.txt"), summary.getBytes(StandardCharsets.UTF_8));
            out.print(summary);
            out.printf("traces: %s (open in chrome://tracing or https://ui.perfetto.dev)%n", dir.toAbsolutePath().normalize());
            out.flush();
        }
    }

    /** Runs a pass under libtorch's profiler and writes its chrome trace, also when the pass fails. */
    private static <T> T profiled(boolean cuda, Path trace, Supplier<T> pass) {
        JniUtils.startProfile(cuda, false, false);
        try {
            return pass.get();
        } finally {
            JniUtils.stopProfile(trace.toString());
        }
    }

    /**
     * Per-step means of a pass.
     *
     * @param wallMs wall time, ms
     * @param cpuMs the training thread's CPU time, ms: all of a step's work with one intra-op
     *     thread, and unaffected by other processes taking the cores
     */
    private record Timing(double wallMs, double cpuMs) {}

    private static Timing steps(GanTrainer trainer, int count) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpu = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        for (int i = 0; i < count; i++) {
            trainer.step();
        }
        return count == 0 ? new Timing(0, 0) : new Timing((System.nanoTime() - start) / 1e6 / count,
                (threads.getCurrentThreadCpuTime() - cpu) / 1e6 / count);
    }

    /**
     * Serves the real batches of {@code count} steps (nCritic per step), each on its own scope as in
     * a step, timing only the calls to {@link DataSource#batch}.
     *
     * @return the mean time per step, ms
     */
    private static double batches(GanTrainer trainer, DataSource data, int count) {
        TrainerSettings s = trainer.settings();
        long first = trainer.stepCount() * s.nCritic();
        long inside = 0;
        for (int i = 0; i < count; i++) {
            try (NDManager scope = trainer.manager().newSubManager()) {
                for (int k = 0; k < s.nCritic(); k++) {
                    long start = System.nanoTime();
                    data.batch(scope, first + (long) i * s.nCritic() + k, s.batchSize());
                    inside += System.nanoTime() - start;
                }
            }
        }
        return inside / 1e6 / count;
    }

    private String summary(TrainerSettings s, Timing plain, Timing profiled, double dataMs, OperatorTrace steps,
            OperatorTrace data) {
        int n = settings.steps();
        double wallMs = profiled.wallMs();
        double stepNativeMs = (steps.outermostMicros() - data.outermostMicros()) / 1e3 / n;
        double outsideMs = wallMs - dataMs - stepNativeMs;
        StringWriter text = new StringWriter();
        PrintWriter p = new PrintWriter(text);
        p.printf("profile of %s: %d steps after %d warm-up; batch %d, %d D update(s) per step; device %s;"
                + " libtorch %d intra-op / %d inter-op threads%n", settings.preset(), n, settings.warmup(), s.batchSize(),
                s.nCritic(), Devices.current(), JniUtils.getNumThreads(), JniUtils.getNumInteropThreads());
        p.printf("  wall time per step, profiler off  %8.2f ms  (training thread's CPU time %.2f ms)%n", plain.wallMs(),
                plain.cpuMs());
        p.printf("  wall time per step, profiler on   %8.2f ms  (training thread's CPU time %.2f ms), of which:%n",
                wallMs, profiled.cpuMs());
        p.printf("    data.batch                      %8.2f ms  %5.1f%%  (timed in a pass of its own)%n", dataMs,
                100 * dataMs / wallMs);
        p.printf("    native operators (excl. data)   %8.2f ms  %5.1f%%  %d outermost operator calls per step%n",
                stepNativeMs, 100 * stepNativeMs / wallMs, Math.round((double) steps.outermostCount() / n));
        p.printf("    outside recorded operators      %8.2f ms  %5.1f%%  (Java, JNI crossings, autograd set-up,"
                + " profiler bookkeeping)%n", outsideMs, 100 * outsideMs / wallMs);
        p.printf("top %d operators by self time (ms per step, share of native time):%n", TOP);
        steps.selfMicros().entrySet().stream().limit(TOP).forEach(e -> p.printf("  %-56s %8.3f ms  %5.1f%%%n",
                e.getKey(), e.getValue() / 1e3 / n, 100 * e.getValue() / steps.outermostMicros()));
        p.flush();
        return text.toString();
    }
}
