package org.gan4j.examples.cli;

import java.util.concurrent.Callable;
import org.gan4j.examples.bench.TrainerBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code gan bench trainer}: gan4j's trainer against a hand-written DJL loop on an MLP GAN; resident memory. */
@Command(name = "trainer", mixinStandardHelpOptions = true,
        description = "gan4j trainer vs a hand-written DJL loop (MLP GAN on 2-D points); resident memory over a long run.",
        footer = {"", "Examples:", "  gan bench trainer", "  gan bench trainer --rounds 3 --steps 300 --memory-steps 2000"})
final class TrainerBenchCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--rounds", description = "Alternating timing rounds (default ${DEFAULT-VALUE}).", defaultValue = "7")
    private int rounds;

    @Option(names = "--steps", description = "Steps per round and loop (default ${DEFAULT-VALUE}).", defaultValue = "1000")
    private int steps;

    @Option(names = "--memory-steps", description = "Steps of the memory run (default ${DEFAULT-VALUE}).", defaultValue = "5000")
    private int memorySteps;

    @Option(names = "--batch", description = "Batch size (default ${DEFAULT-VALUE}).", defaultValue = "256")
    private int batch;

    @Option(names = "--width", description = "MLP width (default ${DEFAULT-VALUE}).", defaultValue = "256")
    private int width;

    @Override
    public Integer call() throws Exception {
        if (rounds < 1 || steps < 1 || memorySteps < 500 || batch < 1 || width < 1) {
            throw new ParameterException(spec.commandLine(),
                    "--rounds, --steps, --batch and --width must be ≥ 1 and --memory-steps ≥ 500");
        }
        new TrainerBenchmark(new TrainerBenchmark.Settings(rounds, steps, Math.max(100, steps / 5), memorySteps, batch, width),
                spec.commandLine().getOut()).run();
        return 0;
    }
}
