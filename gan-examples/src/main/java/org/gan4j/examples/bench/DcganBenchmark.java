package org.gan4j.examples.bench;

import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gan4j.core.config.Options;
import org.gan4j.core.data.DataSource;
import org.gan4j.core.model.ConditionSpec;
import org.gan4j.core.model.GanModel;
import org.gan4j.core.model.LatentPrior;
import org.gan4j.core.spi.DataRequest;
import org.gan4j.core.spi.DataSourceProvider;
import org.gan4j.core.spi.Modality;
import org.gan4j.core.spi.ModalityRegistry;
import org.gan4j.core.spi.ModelRequest;
import org.gan4j.image.data.DatasetFetcher;
import org.gan4j.image.data.IdxDirectory;

/**
 * {@code gan bench dcgan}: the training step of the {@code mnist-dcgan} preset's model (DCGAN,
 * width 64, z of 100, batch 64, non-saturating loss, Adam 2e-4) in gan4j's trainer, in a
 * hand-written DJL loop and in plain PyTorch ({@link PyTorchBaseline}), on the same MNIST batches,
 * timed in alternating rounds in one run. The trainer is timed without its weight average (the
 * baselines have none) and, separately, with the preset's EMA.
 */
public final class DcganBenchmark {

    /**
     * What to measure.
     *
     * @param rounds alternating rounds
     * @param steps timed steps per round and loop
     * @param warmup untimed steps before the first round (and in each PyTorch process)
     * @param batchSize samples per step
     * @param cacheDir the data cache holding (or receiving) MNIST
     * @param pytorch the PyTorch baseline, or {@code null} to skip it
     */
    public record Settings(int rounds, int steps, int warmup, int batchSize, Path cacheDir, PyTorchSettings pytorch) {}

    /**
     * How to run the PyTorch baseline.
     *
     * @param python the interpreter with torch
     * @param script {@code bench/pytorch/dcgan_step.py}
     * @param threads torch's intra-op threads (match the JVM's)
     */
    public record PyTorchSettings(Path python, Path script, int threads) {}

    private static final int LATENT_DIM = 100;

    private final Settings settings;
    private final PrintWriter out;
    private final Modality image;

    /**
     * @param settings what to measure
     * @param out where to print progress and results
     */
    public DcganBenchmark(Settings settings, PrintWriter out) {
        this.settings = settings;
        this.out = out;
        this.image = ModalityRegistry.load().modality("image");
    }

    /**
     * Runs the benchmark and prints per-round rates and the summary.
     *
     * @throws Exception if MNIST cannot be obtained or a baseline fails
     */
    public void run() throws Exception {
        PyTorchBaseline pytorch = pytorchBaseline();
        DataSourceProvider mnist = image.dataSource("mnist");
        DataRequest request = new DataRequest(new Options("data.options", Map.of()), DataRequest.Split.TRAIN, 1,
                settings.cacheDir());
        mnist.prepare(request);
        Map<String, List<Double>> rates = new java.util.LinkedHashMap<>();
        try (NDManager manager = NDManager.newBaseManager();
                StepLoop trainer = new TrainerLoop(model(), mnist.open(request), settings.batchSize(), 0f, manager);
                StepLoop ema = new TrainerLoop(model(), mnist.open(request), settings.batchSize(), 0.999f, manager);
                StepLoop loop = new HandWrittenDjlLoop(model(), mnist.open(request), settings.batchSize(),
                        TrainerLoop.LEARNING_RATE)) {
            Map<String, StepLoop> loops = Map.of("gan4j trainer", trainer, "hand-written DJL loop", loop,
                    "gan4j trainer + EMA", ema);
            for (StepLoop l : loops.values()) {
                Throughput.stepsPerSecond(l, settings.warmup());
            }
            for (int r = 1; r <= settings.rounds(); r++) {
                StringBuilder line = new StringBuilder("round " + r + ":");
                for (String name : List.of("gan4j trainer", "hand-written DJL loop", "plain PyTorch", "gan4j trainer + EMA")) {
                    if (name.equals("plain PyTorch") && pytorch == null) {
                        continue;
                    }
                    double rate = name.equals("plain PyTorch")
                            ? pytorch.stepsPerSecond(settings.steps(), settings.warmup())
                            : Throughput.stepsPerSecond(loops.get(name), settings.steps());
                    rates.computeIfAbsent(name, k -> new ArrayList<>()).add(rate);
                    line.append(String.format("  %s %.2f steps/s", name, rate));
                }
                out.println(line);
                out.flush();
            }
        }
        summary(rates, pytorch);
    }

    private void summary(Map<String, List<Double>> rates, PyTorchBaseline pytorch) {
        out.printf("%nDCGAN 28×28 (mnist-dcgan model: width 64, z %d), batch %d, %d alternating rounds of %d steps"
                + " (one step = one D update + one G update):%n", LATENT_DIM, settings.batchSize(), settings.rounds(),
                settings.steps());
        rates.forEach((name, r) -> out.printf("  %-24s %6.2f steps/s  %7.1f images/s%n", name, Throughput.median(r),
                Throughput.median(r) * settings.batchSize()));
        List<Double> trainer = rates.get("gan4j trainer");
        out.printf("  ratio trainer / hand-written DJL loop  %s%n",
                Throughput.Ratio.of(trainer, rates.get("hand-written DJL loop")));
        if (pytorch != null) {
            out.printf("  ratio trainer / plain PyTorch          %s   (torch %s, %d threads)%n",
                    Throughput.Ratio.of(trainer, rates.get("plain PyTorch")), pytorch.torchVersion(),
                    settings.pytorch().threads());
        }
        out.flush();
    }

    private PyTorchBaseline pytorchBaseline() {
        PyTorchSettings p = settings.pytorch();
        if (p == null) {
            return null;
        }
        Path images = DatasetFetcher.location("mnist", settings.cacheDir()).resolve(IdxDirectory.FILE_NAMES.get(0));
        PyTorchBaseline baseline = new PyTorchBaseline(p.python(), p.script(), images, p.threads(), settings.batchSize());
        out.println("plain-PyTorch baseline: torch " + baseline.torchVersion() + " from " + p.python());
        return baseline;
    }

    private GanModel model() {
        Options options = new Options("architecture.options", Map.of("width", 64));
        return image.architecture("dcgan").build(new ModelRequest(new Shape(1, 28, 28), ConditionSpec.NONE,
                new LatentPrior(LatentPrior.Kind.NORMAL, LATENT_DIM), options));
    }
}
