package org.gan4j.core.app.job;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import org.gan4j.core.app.config.ConfigLoader;
import org.gan4j.core.app.config.RunConfig;
import org.gan4j.core.app.run.RunDirectory;
import org.gan4j.core.checkpoint.Checkpoint;
import org.gan4j.core.checkpoint.CheckpointException;
import org.gan4j.core.checkpoint.CheckpointStore;
import org.gan4j.core.data.DataSource;
import org.gan4j.core.device.Devices;
import org.gan4j.core.export.GeneratorCard;
import org.gan4j.core.metrics.MetricValue;
import org.gan4j.core.model.ConditionSpec;
import org.gan4j.core.spi.Modality;
import org.gan4j.core.spi.ModalityRegistry;
import org.gan4j.core.train.EngineSeeds;
import org.gan4j.core.train.InferenceModel;
import org.gan4j.core.train.Sampler;

/**
 * A finished (or paused) run opened at one checkpoint for inference: sampling, evaluation and
 * export. It restores only the generator that samples come from, and the discriminator only when
 * asked for (evaluation reads its overfitting metrics); no optimizer state, and nothing in the run
 * directory changes.
 */
public final class TrainedRun implements AutoCloseable {

    /** The random stream of sample files, apart from training's, evaluation's and the run's fixed samples. */
    private static final long SAMPLE_STREAM = -4;

    private final RunDirectory run;
    private final RunConfig config;
    private final RunModel parts;
    private final NDManager base;
    private final InferenceModel model;
    private final RunEvaluator evaluator;

    private TrainedRun(RunDirectory run, RunConfig config, RunModel parts, NDManager base, InferenceModel model) {
        this.run = run;
        this.config = config;
        this.parts = parts;
        this.base = base;
        this.model = model;
        int batch = config.train().batchSize();
        this.evaluator = new RunEvaluator(parts.modality(), config, parts.request(), parts.data(),
                model.hasDiscriminator() ? (source, n) -> model.discriminatorScores(source, n, batch) : null);
    }

    /**
     * Opens a run at one checkpoint.
     *
     * @param directory the run directory
     * @param checkpoint {@code last}, {@code best} or a step number
     * @param withDiscriminator whether to restore the discriminator too, for the {@code d/rt}
     *     overfitting metrics of {@link #measure}
     * @param registry the modalities
     * @param cacheDir where data sources keep downloaded or converted data
     * @param console receives progress lines
     * @return the opened run
     * @throws IOException if the directory is not a run, or the checkpoint is missing, corrupt or of
     *     another modality or model than the run's configuration names
     */
    public static TrainedRun open(Path directory, String checkpoint, boolean withDiscriminator,
            ModalityRegistry registry, Path cacheDir, Consumer<String> console) throws IOException {
        RunDirectory run = RunDirectory.open(directory);
        RunConfig config = ConfigLoader.fromJson(Files.readString(run.config()), run.config().toString());
        Checkpoint chosen = select(run, config, checkpoint);
        RunModel parts = RunModel.open(config, registry, cacheDir, console);
        NDManager manager = Devices.newBaseManager();
        try {
            return new TrainedRun(run, config, parts, manager,
                    InferenceModel.restore(parts.model(), chosen, withDiscriminator, manager));
        } catch (IOException | RuntimeException e) {
            manager.close();
            parts.data().close();
            throw e;
        }
    }

    /** The checkpoint asked for, checked to be of the run's modality. */
    static Checkpoint select(RunDirectory run, RunConfig config, String which) throws IOException {
        Checkpoint chosen = new CheckpointStore(run.checkpoints(), config.checkpoint().keepLast()).select(which);
        String modality = chosen.metadata().getOrDefault("modality", config.modality());
        if (!modality.equals(config.modality())) {
            throw new CheckpointException("checkpoint " + chosen.directory() + " was written by a run of modality '"
                    + modality + "' but " + run.config() + " names modality '" + config.modality() + "'");
        }
        return chosen;
    }

    /**
     * Runs the modality's evaluator with the run's evaluation noise, as training does, plus D's
     * overfitting metrics when the discriminator was restored; nothing is recorded.
     *
     * @param sampler the sampler to score, e.g. {@link #sampler()} or a wrapper of it
     * @param samples how many samples to draw
     * @return the evaluator's metrics, then {@code d/rt}, {@code d/rt-heldout} and {@code d/heldout-gap} if D is loaded
     * @throws IOException if the held-out data or the evaluator's model cannot be read or made
     */
    public List<MetricValue> measure(Sampler sampler, int samples) throws IOException {
        return evaluator.measure(sampler, samples);
    }

    /**
     * Exports the generator that samples come from as a DJL model directory with its {@link
     * GeneratorCard} and the modality's export resources.
     *
     * @param directory the export directory (created if absent)
     * @param name the DJL model name
     * @return the card written
     * @throws IOException if writing fails
     */
    public GeneratorCard exportGenerator(Path directory, String name) throws IOException {
        return GeneratorExporter.export(run.root(), config, parts, model.generator(), model.stepCount(), directory, name);
    }

    /**
     * Generates {@code n} samples and writes them with the modality's sample writer, as {@code gan
     * sample} does: batch {@code b} draws its noise from (seed, b), so the same seed writes the same
     * files, and each batch's arrays are closed once it is written, so memory stays flat.
     *
     * @param n how many samples
     * @param batch samples generated and written at a time
     * @param labels class labels to cycle through, or {@code null} for every class in turn (a
     *     class-conditional run; embedding-conditioned runs take their conditions from the data)
     * @param seed the noise seed
     * @param directory where to write (must exist)
     * @param progress receives the count written after each batch
     * @return the files written
     * @throws IOException if writing fails
     */
    public List<Path> writeSamples(int n, int batch, long[] labels, long seed, Path directory, IntConsumer progress)
            throws IOException {
        Sampler sampler = sampler();
        List<Path> files = new ArrayList<>();
        int done = 0;
        for (int b = 0; done < n; b++) {
            int count = Math.min(batch, n - done);
            try (EngineSeeds.Hold random = EngineSeeds.hold(); NDManager scope = manager().newSubManager()) {
                EngineSeeds.seed(seed, SAMPLE_STREAM, b);
                NDArray conditions = SampleConditions.of(condition(), data(), labels, scope, done, count, b);
                NDArray samples = sampler.generate(scope, count, conditions);
                files.addAll(modality().sampleWriter().write(samples, conditions, directory,
                        String.format("sample-%04d", b)));
            }
            done += count;
            progress.accept(done);
        }
        return files;
    }

    /** @return a sampler over the restored generator */
    public Sampler sampler() {
        return model.sampler();
    }

    /** @return what the generator is conditioned on */
    public ConditionSpec condition() {
        return model.model().condition();
    }

    /** @return the training steps the checkpoint had completed */
    public long stepCount() {
        return model.stepCount();
    }

    /** @return the manager owning the networks (sampled batches go on sub-managers of it) */
    public NDManager manager() {
        return model.manager();
    }

    /** @return the resolved configuration of the run */
    public RunConfig config() {
        return config;
    }

    /** @return the run's modality */
    public Modality modality() {
        return parts.modality();
    }

    /** @return the run's training data (e.g. for real conditions to sample with) */
    public DataSource data() {
        return parts.data();
    }

    /** @return the run directory */
    public RunDirectory runDirectory() {
        return run;
    }

    @Override
    public void close() throws IOException {
        evaluator.close();
        parts.data().close();
        model.close();
        base.close();
    }
}
