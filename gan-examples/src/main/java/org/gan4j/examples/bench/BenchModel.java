package org.gan4j.examples.bench;

import ai.djl.ndarray.types.Shape;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.gan4j.core.app.config.RunConfig;
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
 * One model the throughput benchmarks measure: a preset whose architecture (built through its
 * modality's {@link org.gan4j.core.spi.Architecture}) and latent prior are benchmarked, the sample
 * shape, how samples are counted in the unit users care about, where the real batches come from,
 * and default run lengths that keep each benchmark under about six minutes on a quiet 2-core
 * machine.
 *
 * @param name the {@code --model} value, also the PyTorch baseline's {@code --model}
 * @param preset the preset whose model, data and evaluator are used
 * @param sampleShape the shape of one sample
 * @param unit the unit of throughput, e.g. images
 * @param unitsPerSample how many units one sample is (1 image, 1.024 s of audio, 20 tokens)
 * @param syntheticData whether the training step reads a {@link RandomPool} instead of the preset's
 *     data (the same random pool the PyTorch baseline reads)
 * @param step the step benchmark's default length
 * @param sample the sampling benchmark's default length
 */
public record BenchModel(String name, String preset, Shape sampleShape, String unit, double unitsPerSample,
        boolean syntheticData, RunLength step, RunLength sample) {

    /**
     * A benchmark's length.
     *
     * @param rounds alternating rounds, ≥ 1
     * @param steps timed steps (training steps or sampled batches) per round and contender, ≥ 1
     * @param warmup untimed steps first, ≥ 0
     * @param batch samples per step, ≥ 1
     */
    public record RunLength(int rounds, int steps, int warmup, int batch) {

        /**
         * Checks the ranges.
         *
         * @throws IllegalArgumentException naming the command-line option that is out of range
         */
        public RunLength {
            requireAtLeast("--rounds", rounds, 1);
            requireAtLeast("--steps", steps, 1);
            requireAtLeast("--warmup", warmup, 0);
            requireAtLeast("--batch", batch, 1);
        }

        private static void requireAtLeast(String option, int value, int least) {
            if (value < least) {
                throw new IllegalArgumentException(option + " " + value + " is out of range: it must be ≥ " + least);
            }
        }

        /**
         * @param rounds {@code --rounds}, or {@code null} for this length's
         * @param steps {@code --steps}, or {@code null}
         * @param warmup {@code --warmup}, or {@code null}
         * @param batch {@code --batch}, or {@code null}
         * @return this length with the given values replacing its own
         * @throws IllegalArgumentException naming the option that is out of range
         */
        public RunLength with(Integer rounds, Integer steps, Integer warmup, Integer batch) {
            return new RunLength(rounds != null ? rounds : this.rounds, steps != null ? steps : this.steps,
                    warmup != null ? warmup : this.warmup, batch != null ? batch : this.batch);
        }
    }

    /** Spoken digits' sample rate. */
    static final double AUDIO_RATE = 8000;

    /** Every model, by name. */
    private static final List<BenchModel> ALL = List.of(
            new BenchModel("dcgan", "mnist-dcgan", new Shape(1, 28, 28), "images", 1, false,
                    new RunLength(5, 200, 30, 64), new RunLength(5, 40, 5, 1000)),
            new BenchModel("wavegan", "digits-wavegan", new Shape(1, 8192), "s of audio", 8192 / AUDIO_RATE, true,
                    new RunLength(3, 50, 10, 64), new RunLength(3, 10, 2, 1000)),
            new BenchModel("text", "oracle-relgan", new Shape(20, 5000), "tokens", 20, false,
                    new RunLength(3, 60, 10, 64), new RunLength(3, 20, 3, 200)));

    /** @return the names {@code --model} accepts */
    public static List<String> names() {
        return ALL.stream().map(BenchModel::name).toList();
    }

    /**
     * @param name a {@code --model} value
     * @return its description
     * @throws IllegalArgumentException naming the bad value and the accepted ones
     */
    public static BenchModel named(String name) {
        return ALL.stream().filter(m -> m.name.equals(name)).findFirst().orElseThrow(() -> new IllegalArgumentException(
                "--model '" + name + "' is not one of " + names().stream().collect(Collectors.joining(", "))));
    }

    /**
     * The training step's length with the user's choices.
     *
     * @param rounds {@code --rounds}, or {@code null} for the default
     * @param steps {@code --steps}, or {@code null}
     * @param warmup {@code --warmup}, or {@code null}
     * @param batch {@code --batch}, or {@code null}
     * @return the length
     * @throws IllegalArgumentException naming the option out of range, including a batch that does
     *     not fit the random pool of a model with synthetic data
     */
    public RunLength stepLength(Integer rounds, Integer steps, Integer warmup, Integer batch) {
        RunLength length = step.with(rounds, steps, warmup, batch);
        if (syntheticData && length.batch() >= RandomPool.SAMPLES) {
            throw new IllegalArgumentException("--batch " + length.batch() + " is out of range for model '" + name
                    + "': its real batches come from a pool of " + RandomPool.SAMPLES + " random samples, so it must be < "
                    + RandomPool.SAMPLES);
        }
        return length;
    }

    /**
     * @param stepsPerSecond training steps or sampled batches per second
     * @param batch samples per step
     * @return units per second
     */
    public double unitsPerSecond(double stepsPerSecond, int batch) {
        return stepsPerSecond * batch * unitsPerSample;
    }

    /**
     * @param cacheDir the data cache
     * @return the PyTorch baseline's arguments naming its real data: MNIST's training images for
     *     {@code dcgan}; none for the others, whose baseline makes the same kind of random data as
     *     {@link RandomPool} (waveforms) or draws random token ids (text)
     */
    public List<String> pytorchDataArguments(Path cacheDir) {
        if (!name.equals("dcgan")) {
            return List.of();
        }
        return List.of("--images", DatasetFetcher.location("mnist", cacheDir).resolve(IdxDirectory.FILE_NAMES.get(0))
                .toString());
    }

    /**
     * @param registry the modalities
     * @return the preset's configuration
     */
    public RunConfig config(ModalityRegistry registry) {
        return RunConfigs.preset(registry, preset, Map.of()).resolve();
    }

    /**
     * Builds a fresh, uninitialized instance of the preset's model.
     *
     * @param registry the modalities
     * @return the model
     */
    public GanModel build(ModalityRegistry registry) {
        RunConfig config = config(registry);
        Modality modality = registry.modality(config.modality());
        LatentPrior prior = LatentPrior.of(config.latent().prior(), config.latent().dim());
        return modality.architecture(config.architecture().name()).build(new ModelRequest(sampleShape, ConditionSpec.NONE,
                prior, config.architecture().options("architecture")));
    }

    /**
     * Opens the training step's real data: the preset's training split, or a random pool.
     *
     * @param registry the modalities
     * @param cacheDir the data cache
     * @param split the split of the preset's data
     * @return the data, of {@link #sampleShape}
     * @throws IOException if the preset's data cannot be made or read
     * @throws IllegalStateException if the data's samples are not of {@link #sampleShape}
     */
    public DataSource open(ModalityRegistry registry, Path cacheDir, DataRequest.Split split) throws IOException {
        if (syntheticData) {
            return new RandomPool(sampleShape, RandomPool.SAMPLES, 1);
        }
        DataRequest request = request(registry, cacheDir).withSplit(split);
        DataSourceProvider provider = provider(registry);
        provider.prepare(request);
        DataSource data = provider.open(request);
        if (!data.sampleShape().equals(sampleShape)) {
            data.close();
            throw new IllegalStateException("preset " + preset + "'s data gives samples of shape " + data.sampleShape()
                    + " but the benchmark's model '" + name + "' expects " + sampleShape);
        }
        return data;
    }

    /**
     * @param registry the modalities
     * @param cacheDir the data cache
     * @return the preset's training-data request (seed 1)
     */
    public DataRequest request(ModalityRegistry registry, Path cacheDir) {
        RunConfig config = config(registry);
        return new DataRequest(config.data().options("data"), DataRequest.Split.TRAIN, 1, cacheDir);
    }

    /**
     * @param registry the modalities
     * @return the preset's data source provider
     */
    public DataSourceProvider provider(ModalityRegistry registry) {
        RunConfig config = config(registry);
        return registry.modality(config.modality()).dataSource(config.data().name());
    }
}
