package org.gan4j.examples.cli;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.gan4j.core.app.config.ConfigLoader;
import org.gan4j.core.app.config.RunConfig;
import org.gan4j.core.app.job.TrainingJob;
import org.gan4j.core.app.job.TrainingResult;
import org.gan4j.core.spi.ModalityRegistry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code gan train}: starts a run from a preset and/or configuration file, or resumes one. */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = "Train a GAN from a preset or configuration file, or resume a run.",
        footer = {"", "Examples:", "  gan train points-ring", "  gan train points-ring --steps 500 --seed 7 --out runs/ring",
                "  gan train --config my-run.yaml", "  gan train --resume runs/ring --steps 4000",
                "  gan train --resume runs/ring --checkpoint 2000"})
final class TrainCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "PRESET", description = "A preset name (see 'gan list').")
    private String preset;

    @Option(names = "--config", paramLabel = "FILE", description = "A YAML or JSON configuration merged over the preset.")
    private Path config;

    @Option(names = "--resume", paramLabel = "RUN", description = "Continue the run in this directory from its newest checkpoint.")
    private Path resume;

    @Option(names = {"--checkpoint", "--from"}, paramLabel = "STEP",
            description = "With --resume: continue from this checkpoint (a step number, 'last' or 'best') instead of the newest.")
    private String from;

    @Option(names = "--steps", paramLabel = "N", description = "Total generator steps (overrides the configuration).")
    private Long steps;

    @Option(names = "--seed", paramLabel = "S", description = "Seed of the run (overrides the configuration).")
    private Long seed;

    @Option(names = "--out", paramLabel = "DIR", description = "Run directory to create (default: runs/PRESET-TIMESTAMP).")
    private Path out;

    @Mixin
    private CacheOption cache;

    @Mixin
    private DeviceOption device;

    @Override
    public Integer call() throws Exception {
        ModalityRegistry registry = ModalityRegistry.load();
        Terminal terminal = GanCli.terminal(spec);
        Path cacheDir = cache.dir();
        device.apply();
        if (resume != null) {
            if (preset != null || config != null || seed != null || out != null) {
                throw new ParameterException(spec.commandLine(), "--resume continues a run with its saved configuration;"
                        + " only --steps, --cache and --device may accompany it");
            }
            try (TrainingJob job = TrainingJob.resume(resume, Optional.ofNullable(steps), Optional.ofNullable(from),
                    registry, cacheDir, terminal::message)) {
                report(terminal, train(terminal, job));
            }
            return 0;
        }
        if (from != null) {
            throw new ParameterException(spec.commandLine(), "--checkpoint chooses where --resume continues from;"
                    + " give --resume RUN with it");
        }
        if (preset == null && config == null) {
            throw new ParameterException(spec.commandLine(), "name a PRESET (see 'gan list') or give --config FILE");
        }
        ConfigLoader loader = ConfigLoader.withDefaults();
        if (preset != null) {
            loader.mergeYaml(registry.preset(preset).yaml(), "preset " + preset).set("preset", preset);
        }
        if (config != null) {
            loader.mergeFile(config);
        }
        if (steps != null) {
            loader.set("train.steps", steps);
        }
        if (seed != null) {
            loader.set("train.seed", seed);
        }
        RunConfig resolved = loader.resolve();
        Path dir = out != null ? out : defaultRunDirectory(resolved);
        try (TrainingJob job = TrainingJob.start(resolved, dir, registry, cacheDir, terminal::message)) {
            report(terminal, train(terminal, job));
        }
        return 0;
    }

    /**
     * Runs the job; on a terminal a progress bar shows steps, ETA and the latest losses. Ctrl-C or
     * SIGTERM stops the process where it is (every file of the run is written atomically, so nothing
     * is torn) after one line on standard error saying how to resume.
     */
    private static TrainingResult train(Terminal terminal, TrainingJob job) throws java.io.IOException {
        try (InterruptNotice notice = InterruptNotice.install(job.runDirectory().root(), job.trainer()::stepCount)) {
            if (!terminal.interactive()) {
                return job.run();
            }
            ProgressBar progress = terminal.progress("train", job.config().train().steps(), "steps");
            job.addListener(r -> progress.update(r.step(),
                    String.format("D %.4f  G %.4f", r.discriminatorLoss(), r.generatorLoss())));
            try {
                return job.run();
            } finally {
                progress.finish();
            }
        }
    }

    private static Path defaultRunDirectory(RunConfig config) {
        String name = config.preset() == null || config.preset().isBlank() ? config.modality() : config.preset();
        return Path.of("runs", name + "-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")));
    }

    private static void report(Terminal terminal, TrainingResult result) {
        result.metrics().forEach(m -> terminal.result(String.format("%-16s %.4f  (n=%d)%s", m.name(), m.value(), m.samples(),
                m.note().isEmpty() ? "" : "  " + m.note())));
        terminal.result("run directory: " + result.runDirectory().toAbsolutePath().normalize());
    }
}
