package org.gan4j.examples.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.gan4j.core.app.job.TrainedRun;
import org.gan4j.core.spi.ModalityRegistry;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The options of the commands that work on a finished run: the run directory, the checkpoint, the
 * data cache and the device.
 */
final class RunOptions {

    @Parameters(index = "0", paramLabel = "RUN", description = "A run directory made by 'gan train'.")
    Path run;

    @Option(names = "--checkpoint", paramLabel = "WHICH", defaultValue = "last",
            description = "Which checkpoint: best, last or a step number (default: ${DEFAULT-VALUE}).")
    String checkpoint;

    @Mixin
    CacheOption cache;

    @Mixin
    DeviceOption device;

    /**
     * Opens the run read-only at the chosen checkpoint, with its generator restored (no optimizer
     * state).
     *
     * @param terminal receives the run's information lines
     * @param withDiscriminator whether to restore the discriminator too (for its overfitting metrics)
     * @return the opened run
     * @throws IOException if the directory is not a run or the checkpoint is unusable
     */
    TrainedRun open(Terminal terminal, boolean withDiscriminator) throws IOException {
        device.apply();
        return TrainedRun.open(run, checkpoint, withDiscriminator, ModalityRegistry.load(), cache.dir(),
                terminal::message);
    }
}
