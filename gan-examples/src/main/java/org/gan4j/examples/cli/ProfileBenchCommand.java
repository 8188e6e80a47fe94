package org.gan4j.examples.cli;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Callable;
import org.gan4j.examples.bench.StepProfile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code gan bench profile}: where one training step of a preset spends its time. */
@Command(name = "profile", mixinStandardHelpOptions = true,
        description = {"Profile a preset's training step: wall time, time in the data source, time in libtorch's"
                + " operators (from its profiler) and what is left (Java, JNI, autograd set-up); the top operators"
                + " by self time.", "Writes a run directory with the chrome traces under profile/."},
        footer = {"", "Examples:", "  gan bench profile --preset mnist-dcgan", "  gan bench profile --preset points-ring --steps 200",
            "  gan bench profile --preset mnist-dcgan --device gpu   (a -Pcuda build)"})
final class ProfileBenchCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--preset", paramLabel = "NAME", required = true, description = "The preset to profile (see 'gan list').")
    private String preset;

    @Option(names = "--steps", paramLabel = "N", defaultValue = "50",
            description = "Steps per pass: timed, then profiled (default ${DEFAULT-VALUE}).")
    private int steps;

    @Option(names = "--warmup", paramLabel = "N", defaultValue = "10", description = "Untimed steps first (default ${DEFAULT-VALUE}).")
    private int warmup;

    @Option(names = "--out", paramLabel = "DIR", description = "Run directory to create (default: runs/profile-PRESET-TIMESTAMP).")
    private Path out;

    @Mixin
    private CacheOption cache;

    @Mixin
    private DeviceOption device;

    @Override
    public Integer call() throws Exception {
        if (steps < 1 || warmup < 0) {
            throw new ParameterException(spec.commandLine(), "--steps must be ≥ 1 and --warmup ≥ 0");
        }
        device.apply();
        Path dir = out != null ? out : Path.of("runs", "profile-" + preset + "-"
                + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
        new StepProfile(new StepProfile.Settings(preset, steps, warmup, dir, cache.dir()),
                spec.commandLine().getOut()).run();
        return 0;
    }
}
