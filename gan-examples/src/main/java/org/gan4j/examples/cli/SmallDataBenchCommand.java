package org.gan4j.examples.cli;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Callable;
import org.gan4j.core.spi.ModalityRegistry;
import org.gan4j.examples.bench.SmallDataExperiment;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code gan bench small-data}: a preset on few training samples, without and with DiffAugment. */
@Command(name = "small-data", mixinStandardHelpOptions = true,
        description = "Train a preset on a few training samples twice, without and with DiffAugment; compare FID,"
                + " D's held-out gap and memorization.",
        footer = {"", "Examples:", "  gan bench small-data",
                "  gan bench small-data --preset mnist-dcgan --train-size 500 --steps 3000 --augment translation,cutout,color"})
final class SmallDataBenchCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--preset", paramLabel = "NAME", description = "The preset (default ${DEFAULT-VALUE}).",
            defaultValue = "mnist-dcgan")
    private String preset;

    @Option(names = "--train-size", description = "Training samples kept (default ${DEFAULT-VALUE}).", defaultValue = "500")
    private int trainSize;

    @Option(names = "--steps", description = "Steps per arm (default ${DEFAULT-VALUE}).", defaultValue = "2000")
    private long steps;

    @Option(names = "--eval-samples", description = "Samples of the final evaluation (default ${DEFAULT-VALUE}).",
            defaultValue = "5000")
    private int evalSamples;

    @Option(names = "--augment", paramLabel = "POLICY", description = "The second arm's policy (default ${DEFAULT-VALUE}).",
            defaultValue = "translation,cutout,color")
    private String augment;

    @Option(names = "--seed", description = "Seed of both arms (default ${DEFAULT-VALUE}).", defaultValue = "1")
    private long seed;

    @Option(names = "--out", paramLabel = "DIR", description = "Folder for the two runs (default: runs/small-data-TIMESTAMP).")
    private Path out;

    @Mixin
    private CacheOption cache;

    @Override
    public Integer call() throws Exception {
        if (trainSize < 1 || steps < 1 || evalSamples < 10 || augment.isBlank() || augment.strip().equals("none")) {
            throw new ParameterException(spec.commandLine(),
                    "--train-size and --steps must be ≥ 1, --eval-samples ≥ 10 and --augment a policy other than none");
        }
        Path dir = out != null ? out
                : Path.of("runs", "small-data-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
        new SmallDataExperiment(spec.commandLine().getOut()).run(ModalityRegistry.load(),
                cache.dir(),
                new SmallDataExperiment.Settings(preset, trainSize, steps, evalSamples, augment, seed, dir));
        return 0;
    }
}
