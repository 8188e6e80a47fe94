package org.gan4j.examples.bench;

import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.training.ParameterStore;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gan4j.core.data.DataSource;
import org.gan4j.core.model.GanModel;
import org.gan4j.core.spi.DataRequest;
import org.gan4j.core.spi.ModalityRegistry;

/**
 * {@code gan bench step} and {@code gan bench sample}: one model ({@link BenchModel}) timed in
 * gan4j, in a hand-written DJL loop and in plain PyTorch ({@link PyTorchBaseline}), in alternating
 * rounds of one run after a warm-up.
 *
 * <ul>
 *   <li>{@link Mode#STEP}: one D update and one G update with the non-saturating loss and Adam 2e-4
 *       (0.5, 0.999) on every side (whatever loss the preset trains with); gan4j's trainer without
 *       its weight average (the baselines have none), then once more with EMA 0.999.
 *   <li>{@link Mode#SAMPLE}: one batch from the generator in inference mode without gradients —
 *       gan4j's trainer's sampler (what {@code gan sample} and the evaluations use) against the
 *       generator block's forward written by hand.
 * </ul>
 */
public final class ThroughputBenchmark {

    /** What is timed. */
    public enum Mode {
        /** Training steps. */
        STEP("step", "steps", "gan4j trainer", "hand-written DJL loop"),
        /** Sampled batches. */
        SAMPLE("sample", "batches", "gan4j sampler", "hand-written DJL forward");

        private final String script;
        private final String unit;
        private final String gan4j;
        private final String djl;

        Mode(String script, String unit, String gan4j, String djl) {
            this.script = script;
            this.unit = unit;
            this.gan4j = gan4j;
            this.djl = djl;
        }

        /**
         * @param model the model
         * @param rounds {@code --rounds}, or {@code null} for the model's default
         * @param steps {@code --steps}, or {@code null}
         * @param warmup {@code --warmup}, or {@code null}
         * @param batch {@code --batch}, or {@code null}
         * @return the benchmark's length for the model
         * @throws IllegalArgumentException naming the option out of range
         */
        public BenchModel.RunLength length(BenchModel model, Integer rounds, Integer steps, Integer warmup,
                Integer batch) {
            return this == STEP ? model.stepLength(rounds, steps, warmup, batch)
                    : model.sample().with(rounds, steps, warmup, batch);
        }
    }

    /**
     * What to measure.
     *
     * @param model the model
     * @param mode training steps or sampling
     * @param length rounds, timed steps per round and contender, untimed warm-up steps (also in each
     *     PyTorch process) and batch size
     * @param cacheDir the data cache
     * @param pytorch the PyTorch baseline, or {@code null} to skip it
     */
    public record Settings(BenchModel model, Mode mode, BenchModel.RunLength length, Path cacheDir,
            PyTorchSettings pytorch) {}

    /**
     * How to run the PyTorch baseline.
     *
     * @param python the interpreter with torch
     * @param script {@code bench/pytorch/gan_bench.py}
     * @param threads torch's intra-op threads (match the JVM's)
     */
    public record PyTorchSettings(Path python, Path script, int threads) {}

    private static final String PYTORCH = "plain PyTorch";
    private static final String EMA = "gan4j trainer + EMA";

    private final Settings settings;
    private final PrintWriter out;
    private final ModalityRegistry registry = ModalityRegistry.load();

    /**
     * @param settings what to measure
     * @param out where to print progress and results
     */
    public ThroughputBenchmark(Settings settings, PrintWriter out) {
        this.settings = settings;
        this.out = out;
    }

    /**
     * Runs the benchmark and prints per-round rates and the summary.
     *
     * @return each contender's rates (steps per second), one per round, in the order timed
     * @throws IOException if the preset's data cannot be made or read
     * @throws IllegalStateException if a baseline fails or its model differs from gan4j's
     */
    public Map<String, List<Double>> run() throws IOException {
        BenchModel model = settings.model();
        Mode mode = settings.mode();
        Map<String, List<Double>> rates = new LinkedHashMap<>();
        try (NDManager manager = NDManager.newBaseManager();
                DataSource data = mode == Mode.STEP ? model.open(registry, settings.cacheDir(), DataRequest.Split.TRAIN)
                        : new RandomPool(model.sampleShape(), 2, 1)) {
            Loops contenders = mode == Mode.STEP ? trainingLoops(manager, data) : samplingLoops(manager, data);
            Map<String, StepLoop> loops = contenders.byName();
            try {
                ParameterCounts counts = contenders.counts();
                out.printf("%s (preset %s): %s trainable parameters%n", model.name(), model.preset(), counts);
                PyTorchBaseline pytorch = pytorchBaseline(counts);
                List<String> order = new ArrayList<>(List.of(mode.gan4j, mode.djl));
                if (pytorch != null) {
                    order.add(PYTORCH);
                }
                if (mode == Mode.STEP) {
                    order.add(EMA);
                }
                for (StepLoop loop : loops.values()) {
                    Throughput.stepsPerSecond(loop, settings.length().warmup());
                }
                for (int r = 1; r <= settings.length().rounds(); r++) {
                    StringBuilder line = new StringBuilder("round " + r + ":");
                    for (String name : rotated(order, r - 1)) {
                        double rate = name.equals(PYTORCH) ? pytorch.stepsPerSecond(settings.length().steps(), settings.length().warmup())
                                : Throughput.stepsPerSecond(loops.get(name), settings.length().steps());
                        rates.computeIfAbsent(name, k -> new ArrayList<>()).add(rate);
                        line.append(String.format("  %s %.2f %s/s", name, rate, mode.unit));
                    }
                    out.println(line);
                    out.flush();
                }
                summary(rates, pytorch);
            } finally {
                loops.values().forEach(StepLoop::close);
            }
        }
        return rates;
    }

    /**
     * The contenders in the order of round {@code shift}: each round starts one contender later, so
     * that no contender always runs first (after the previous round's last) or always follows the
     * Python process.
     */
    static List<String> rotated(List<String> order, int shift) {
        List<String> turned = new ArrayList<>(order);
        java.util.Collections.rotate(turned, -(shift % order.size()));
        return turned;
    }

    /**
     * The JVM contenders.
     *
     * @param byName each loop by the name printed for it
     * @param counts the trainable parameter counts of gan4j's networks
     */
    private record Loops(Map<String, StepLoop> byName, ParameterCounts counts) {}

    /**
     * gan4j's trainer first (its networks give the parameter counts), then the baselines; they take
     * turns on one data source, each reading the batches its own step count names.
     */
    private Loops trainingLoops(NDManager manager, DataSource data) {
        BenchModel model = settings.model();
        int batch = settings.length().batch();
        Map<String, StepLoop> loops = new LinkedHashMap<>();
        TrainerLoop trainer = new TrainerLoop(model.build(registry), data, batch, 0f, manager);
        loops.put(Mode.STEP.gan4j, trainer);
        loops.put(Mode.STEP.djl, new HandWrittenDjlLoop(model.build(registry), data, batch, TrainerLoop.LEARNING_RATE));
        loops.put(EMA, new TrainerLoop(model.build(registry), data, batch, 0.999f, manager));
        return new Loops(loops, trainer.parameterCounts());
    }

    /**
     * The trainer's sampler (the trainer is kept for its parameter counts; it never steps, so its
     * data is a stand-in) and a generator block initialized and called by hand.
     */
    private Loops samplingLoops(NDManager manager, DataSource data) {
        BenchModel model = settings.model();
        int batch = settings.length().batch();
        TrainerLoop trainer = new TrainerLoop(model.build(registry), data, 1, 0f, manager);
        Map<String, StepLoop> loops = new LinkedHashMap<>();
        loops.put(Mode.SAMPLE.gan4j, new SamplingLoop(manager, batch, (scope, n) -> trainer.sampler().generate(scope, n,
                null), trainer));
        GanModel handWritten = model.build(registry);
        Block generator = handWritten.generatorFactory().get();
        int latent = handWritten.prior().dim();
        generator.initialize(manager, DataType.FLOAT32, new Shape(batch, latent));
        loops.put(Mode.SAMPLE.djl, new SamplingLoop(manager, batch, (scope, n) -> generator.forward(
                new ParameterStore(scope, false), new NDList(scope.randomNormal(new Shape(n, latent))), false).head(), null));
        return new Loops(loops, trainer.parameterCounts());
    }

    private PyTorchBaseline pytorchBaseline(ParameterCounts counts) {
        PyTorchSettings p = settings.pytorch();
        if (p == null) {
            return null;
        }
        BenchModel model = settings.model();
        PyTorchBaseline baseline = new PyTorchBaseline(p.python(), p.script(), model.name(), settings.mode().script,
                p.threads(), settings.length().batch(), model.pytorchDataArguments(settings.cacheDir()));
        ParameterCounts theirs = baseline.parameterCounts();
        counts.requireSame(model.name(), theirs, "plain PyTorch (" + p.script() + ")");
        out.println("plain-PyTorch baseline: torch " + baseline.torchVersion() + " from " + p.python() + ", " + theirs
                + " trainable parameters (equal)");
        return baseline;
    }

    private void summary(Map<String, List<Double>> rates, PyTorchBaseline pytorch) {
        BenchModel model = settings.model();
        Mode mode = settings.mode();
        out.printf("%n%s, preset %s, %s, batch %d, %d alternating rounds of %d %s:%n", model.name(), model.preset(),
                mode == Mode.STEP ? "training step (one D update + one G update, non-saturating loss)"
                        : "sampling (inference, no gradients)",
                settings.length().batch(), settings.length().rounds(), settings.length().steps(), mode.unit);
        rates.forEach((name, r) -> out.printf("  %-26s %8.3f %s/s  %10.1f %s/s%n", name, Throughput.median(r), mode.unit,
                model.unitsPerSecond(Throughput.median(r), settings.length().batch()), model.unit()));
        List<Double> gan4j = rates.get(mode.gan4j);
        out.printf("  ratio %s / %s  %s%n", mode.gan4j, mode.djl, Throughput.Ratio.of(gan4j, rates.get(mode.djl)));
        if (pytorch != null) {
            out.printf("  ratio %s / %s  %s   (torch %s, torch threads: %d)%n", mode.gan4j, PYTORCH,
                    Throughput.Ratio.of(gan4j, rates.get(PYTORCH)), pytorch.torchVersion(), settings.pytorch().threads());
        }
        out.flush();
    }
}
