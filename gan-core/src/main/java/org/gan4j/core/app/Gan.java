package org.gan4j.core.app;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;
import org.gan4j.core.app.job.TrainedRun;
import org.gan4j.core.app.job.TrainingJob;
import org.gan4j.core.app.job.TrainingResult;
import org.gan4j.core.spi.ModalityRegistry;

/**
 * Trains, resumes and opens gan4j runs from Java, with the modalities found through {@code
 * ServiceLoader} and the data cache of the command-line program ({@code $GAN4J_CACHE} or {@code
 * ~/.cache/gan4j}). Progress lines go to standard output unless a console is given.
 *
 * <pre>{@code
 * TrainingResult result = Gan.fit(GanSetup.preset("points-ring").steps(2000).build(), Path.of("runs/ring"));
 * TrainingResult more = Gan.resume(Path.of("runs/ring"), 4000);
 * }</pre>
 */
public final class Gan {

    private Gan() {}

    /**
     * Trains a new run to its configured steps.
     *
     * @param setup the run
     * @param runDirectory the directory to create; it must not exist or be empty
     * @return the finished run's summary
     * @throws IOException if the directory is taken or a file cannot be read or written
     */
    public static TrainingResult fit(GanSetup setup, Path runDirectory) throws IOException {
        return fit(setup, runDirectory, System.out::println);
    }

    /**
     * @param setup the run
     * @param runDirectory the directory to create
     * @param console receives progress lines
     * @return the finished run's summary
     * @throws IOException if the directory is taken or a file cannot be read or written
     */
    public static TrainingResult fit(GanSetup setup, Path runDirectory, Consumer<String> console) throws IOException {
        try (TrainingJob job = start(setup, runDirectory, console)) {
            return job.run();
        }
    }

    /**
     * Starts a run without training it, for callers that add listeners before {@link TrainingJob#run()}.
     *
     * @param setup the run
     * @param runDirectory the directory to create
     * @param console receives progress lines
     * @return the job; close it when done
     * @throws IOException if the directory is taken or data cannot be opened
     */
    public static TrainingJob start(GanSetup setup, Path runDirectory, Consumer<String> console) throws IOException {
        return TrainingJob.start(setup.config(), runDirectory, ModalityRegistry.load(), defaultCache(), console);
    }

    /**
     * Continues a run from its newest checkpoint to its configured steps; the resumed run ends as the
     * uninterrupted one would.
     *
     * @param runDirectory the run
     * @return the finished run's summary
     * @throws IOException if the directory is not a run or its checkpoint is unusable
     */
    public static TrainingResult resume(Path runDirectory) throws IOException {
        return resume(runDirectory, Optional.empty(), System.out::println);
    }

    /**
     * @param runDirectory the run
     * @param steps a new total step count
     * @return the finished run's summary
     * @throws IOException if the directory is not a run or its checkpoint is unusable
     */
    public static TrainingResult resume(Path runDirectory, long steps) throws IOException {
        return resume(runDirectory, Optional.of(steps), System.out::println);
    }

    /**
     * @param runDirectory the run
     * @param steps a new total step count, or empty to keep the configured one
     * @param console receives progress lines
     * @return the finished run's summary
     * @throws IOException if the directory is not a run or its checkpoint is unusable
     */
    public static TrainingResult resume(Path runDirectory, Optional<Long> steps, Consumer<String> console)
            throws IOException {
        try (TrainingJob job = TrainingJob.resume(runDirectory, steps, ModalityRegistry.load(), defaultCache(), console)) {
            return job.run();
        }
    }

    /**
     * Opens a run read-only at one checkpoint, to sample, evaluate or export its generator: only the
     * generator and the discriminator (for its overfitting metrics) are restored, no optimizer state.
     *
     * @param runDirectory the run
     * @param checkpoint {@code last}, {@code best} or a step number
     * @return the opened run; close it when done
     * @throws IOException if the run or checkpoint is unusable
     */
    public static TrainedRun open(Path runDirectory, String checkpoint) throws IOException {
        return TrainedRun.open(runDirectory, checkpoint, true, ModalityRegistry.load(), defaultCache(), line -> {});
    }

    /** @return {@code $GAN4J_CACHE}, else {@code ~/.cache/gan4j}: where data sets and evaluators are kept */
    public static Path defaultCache() {
        String env = System.getenv("GAN4J_CACHE");
        return env != null && !env.isBlank() ? Path.of(env) : Path.of(System.getProperty("user.home"), ".cache", "gan4j");
    }
}
