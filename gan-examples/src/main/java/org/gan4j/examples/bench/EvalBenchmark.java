package org.gan4j.examples.bench;

import ai.djl.ndarray.NDManager;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gan4j.core.data.DataSource;
import org.gan4j.core.metrics.MetricValue;
import org.gan4j.core.spi.DataRequest;
import org.gan4j.core.spi.Evaluator;
import org.gan4j.core.spi.ModalityRegistry;
import org.gan4j.core.train.Sampler;

/**
 * {@code gan bench eval}: the throughput of a preset's evaluation as a training run does it — the
 * modality's evaluator (IS/FID/KID/precision-recall features for images and audio, NLL and BLEU
 * for text) over samples of the preset's (untrained) generator — against drawing the same samples
 * alone, timed in alternating rounds, so that the evaluator's own rate is the difference. The
 * evaluator is made as a run makes it (a cached trained classifier, the real references).
 */
public final class EvalBenchmark {

    /**
     * What to measure.
     *
     * @param model the model whose preset gives data, generator and evaluator
     * @param rounds alternating rounds
     * @param samples samples per evaluation
     * @param cacheDir the data cache
     */
    public record Settings(BenchModel model, int rounds, int samples, Path cacheDir) {}

    /**
     * The medians over the rounds.
     *
     * @param evaluationSeconds one evaluation, sampling included
     * @param samplingSeconds drawing the samples alone
     */
    public record Result(double evaluationSeconds, double samplingSeconds) {

        /**
         * @param samples samples per evaluation
         * @return the evaluator's own rate, samples per second without the sampling, or NaN when
         *     sampling took as long as the whole evaluation (noise)
         */
        public double evaluatorSamplesPerSecond(int samples) {
            double own = evaluationSeconds - samplingSeconds;
            return own > 0 ? samples / own : Double.NaN;
        }
    }

    /** Samples per generator call when drawing alone (the text evaluator's chunk, the smallest). */
    private static final int CHUNK = 200;

    private final Settings settings;
    private final PrintWriter out;

    /**
     * @param settings what to measure
     * @param out where to print progress and results
     */
    public EvalBenchmark(Settings settings, PrintWriter out) {
        this.settings = settings;
        this.out = out;
    }

    /**
     * Runs one untimed evaluation, then the rounds, and prints the summary.
     *
     * @return the medians
     * @throws IOException if the preset's data or the evaluator's model cannot be made or read
     */
    public Result run() throws IOException {
        BenchModel model = settings.model();
        ModalityRegistry registry = ModalityRegistry.load();
        DataRequest request = model.request(registry, settings.cacheDir());
        int n = settings.samples();
        List<Double> evaluations = new ArrayList<>();
        List<Double> sampling = new ArrayList<>();
        try (NDManager manager = NDManager.newBaseManager();
                DataSource train = model.open(registry, settings.cacheDir(), DataRequest.Split.TRAIN);
                DataSource heldOut = model.provider(registry).open(request.withSplit(DataRequest.Split.HELD_OUT));
                TrainerLoop trainer = new TrainerLoop(model.build(registry), train, 1, 0f, manager);
                Evaluator evaluator = registry.modality(model.config(registry).modality()).evaluatorFactory()
                        .create(heldOut, request)) {
            Sampler sampler = trainer.sampler();
            List<MetricValue> metrics = evaluator.evaluate(sampler, n);
            out.printf("%s (preset %s): %d samples per evaluation; metrics: %s%n", model.name(), model.preset(), n,
                    String.join(", ", metrics.stream().map(MetricValue::name).toList()));
            for (int r = 1; r <= settings.rounds(); r++) {
                long start = System.nanoTime();
                evaluator.evaluate(sampler, n);
                double evaluation = (System.nanoTime() - start) / 1e9;
                start = System.nanoTime();
                drawAll(sampler, manager, n);
                double draw = (System.nanoTime() - start) / 1e9;
                evaluations.add(evaluation);
                sampling.add(draw);
                out.printf("round %d:  evaluation %.2f s  sampling alone %.2f s%n", r, evaluation, draw);
                out.flush();
            }
        }
        Result result = new Result(Throughput.median(evaluations), Throughput.median(sampling));
        out.printf("%n%s, preset %s, %d samples, %d rounds (medians):%n", model.name(), model.preset(), n,
                settings.rounds());
        out.printf("  evaluation incl. sampling  %7.2f s  %9.1f samples/s  %10.1f %s/s%n", result.evaluationSeconds(),
                n / result.evaluationSeconds(), model.unitsPerSecond(n / result.evaluationSeconds(), 1), model.unit());
        out.printf("  sampling alone             %7.2f s  %9.1f samples/s%n", result.samplingSeconds(),
                n / result.samplingSeconds());
        out.printf("  evaluator alone (difference)        %9.1f samples/s  %10.1f %s/s%n",
                result.evaluatorSamplesPerSecond(n), model.unitsPerSecond(result.evaluatorSamplesPerSecond(n), 1),
                model.unit());
        out.flush();
        return result;
    }

    /** Draws n samples in the chunks the evaluators use, each on its own sub-manager. */
    private static void drawAll(Sampler sampler, NDManager manager, int n) {
        for (int from = 0; from < n; from += CHUNK) {
            try (NDManager scope = manager.newSubManager()) {
                sampler.generate(scope, Math.min(CHUNK, n - from), null);
            }
        }
    }
}
