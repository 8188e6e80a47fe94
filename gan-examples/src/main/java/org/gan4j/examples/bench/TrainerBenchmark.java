package org.gan4j.examples.bench;

import ai.djl.ndarray.NDManager;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gan4j.core.data.DataSource;
import org.gan4j.core.device.Devices;
import org.gan4j.core.model.GanModel;
import org.gan4j.core.model.LatentPrior;
import org.gan4j.core.options.Options;
import org.gan4j.core.spi.DataRequest;
import org.gan4j.core.spi.Modality;
import org.gan4j.core.spi.ModalityRegistry;
import org.gan4j.core.spi.ModelRequest;

/**
 * {@code gan bench trainer}: gan4j's trainer ({@link TrainerLoop}) against {@link HandWrittenDjlLoop} on the
 * same MLP GAN (points modality, ring of 8 Gaussians), timed in alternating rounds in one process,
 * then resident memory of the trainer over a long run.
 */
public final class TrainerBenchmark {

    /** What to measure. */
    public record Settings(int rounds, int stepsPerRound, int warmupSteps, int memorySteps, int batchSize, int width) {}

    /** The outcome, as printed. */
    public record Result(double trainerStepsPerSecond, double loopStepsPerSecond, double medianRatio, double minRatio,
            double maxRatio, double emaStepsPerSecond, double rssAt500, double rssAtEnd) {}

    private final Settings settings;
    private final PrintWriter out;
    private final Modality points;

    /**
     * @param settings what to measure
     * @param out where to print progress and results
     */
    public TrainerBenchmark(Settings settings, PrintWriter out) {
        this.settings = settings;
        this.out = out;
        this.points = ModalityRegistry.load().modality("points");
    }

    /**
     * Runs the benchmark.
     *
     * @return the figures
     * @throws Exception if the points modality cannot be opened
     */
    public Result run() throws Exception {
        double[] memory = memory();
        List<Double> trainerRates = new ArrayList<>();
        List<Double> loopRates = new ArrayList<>();
        List<Double> emaRates = new ArrayList<>();
        try (NDManager manager = Devices.newBaseManager();
                StepLoop trainer = new TrainerLoop(model(), data(), settings.batchSize(), 0f, manager);
                StepLoop ema = new TrainerLoop(model(), data(), settings.batchSize(), 0.999f, manager);
                StepLoop loop = new HandWrittenDjlLoop(model(), data(), settings.batchSize(), TrainerLoop.LEARNING_RATE)) {
            for (StepLoop l : List.of(trainer, ema, loop)) {
                Throughput.stepsPerSecond(l, settings.warmupSteps());
            }
            for (int r = 0; r < settings.rounds(); r++) {
                trainerRates.add(Throughput.stepsPerSecond(trainer, settings.stepsPerRound()));
                loopRates.add(Throughput.stepsPerSecond(loop, settings.stepsPerRound()));
                emaRates.add(Throughput.stepsPerSecond(ema, settings.stepsPerRound()));
                out.printf("round %d: gan4j trainer %.1f steps/s, hand-written DJL loop %.1f steps/s, gan4j with EMA %.1f steps/s%n",
                        r + 1, trainerRates.get(r), loopRates.get(r), emaRates.get(r));
                out.flush();
            }
        }
        Throughput.Ratio ratio = Throughput.Ratio.of(trainerRates, loopRates);
        Result result = new Result(Throughput.median(trainerRates), Throughput.median(loopRates), ratio.median(),
                ratio.min(), ratio.max(), Throughput.median(emaRates), memory[0], memory[1]);
        out.printf("%nMLP GAN (width %d, batch %d), %d rounds of %d steps, alternating:%n", settings.width(),
                settings.batchSize(), settings.rounds(), settings.stepsPerRound());
        out.printf("  gan4j trainer (EMA off)   %.1f steps/s%n", result.trainerStepsPerSecond());
        out.printf("  hand-written DJL loop     %.1f steps/s%n", result.loopStepsPerSecond());
        out.printf("  ratio trainer/loop        %s%n", ratio);
        out.printf("  gan4j trainer (EMA 0.999) %.1f steps/s%n", result.emaStepsPerSecond());
        out.printf("resident memory of the trainer: %.1f MiB at step 500, %.1f MiB at step %d (growth %+.2f%%)%n",
                result.rssAt500(), result.rssAtEnd(), settings.memorySteps(),
                100 * (result.rssAtEnd() - result.rssAt500()) / result.rssAt500());
        out.flush();
        return result;
    }

    private double[] memory() throws Exception {
        try (NDManager manager = Devices.newBaseManager();
                StepLoop trainer = new TrainerLoop(model(), data(), settings.batchSize(), 0.999f, manager)) {
            double at500 = Double.NaN;
            for (int s = 1; s <= settings.memorySteps(); s++) {
                trainer.step();
                if (s == 500) {
                    at500 = ResidentMemory.mebibytes();
                }
                if (s % 1000 == 0) {
                    out.printf("memory run: step %d/%d, resident %.1f MiB%n", s, settings.memorySteps(), ResidentMemory.mebibytes());
                    out.flush();
                }
            }
            return new double[] {at500, ResidentMemory.mebibytes()};
        }
    }

    private GanModel model() {
        Options options = new Options("architecture.options", java.util.Map.of("width", settings.width(), "layers", 3));
        return points.architecture("mlp").build(new ModelRequest(new ai.djl.ndarray.types.Shape(2),
                org.gan4j.core.model.ConditionSpec.NONE, new LatentPrior(LatentPrior.Kind.NORMAL, 64), options));
    }

    private DataSource data() throws Exception {
        return points.dataSource("ring8").open(new DataRequest(new Options("data.options", java.util.Map.of()),
                DataRequest.Split.TRAIN, 1, Path.of(".")));
    }
}
