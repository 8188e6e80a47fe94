package org.gan4j.examples.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code gan bench}: throughput and memory benchmarks, reported as ratios against baselines run alongside. */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Run a benchmark; each reports ratios against baselines timed in the same run.",
        subcommands = {TrainerBenchCommand.class, StepBenchCommand.class, SampleBenchCommand.class,
                EvalBenchCommand.class, MemoryBenchCommand.class, SmallDataBenchCommand.class, ProfileBenchCommand.class},
        footer = {"", "Examples:", "  gan bench trainer", "  gan bench step --model dcgan --rounds 5 --steps 200",
                "  gan bench profile --preset mnist-dcgan"})
final class BenchCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "name a benchmark: "
                + String.join(", ", spec.subcommands().keySet()) + " (see gan bench --help)");
    }
}
