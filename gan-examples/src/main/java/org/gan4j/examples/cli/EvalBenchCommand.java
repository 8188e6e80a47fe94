package org.gan4j.examples.cli;

import java.util.concurrent.Callable;
import org.gan4j.examples.bench.BenchModel;
import org.gan4j.examples.bench.EvalBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code gan bench eval}: a preset's evaluation throughput, with and without the sampling. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Evaluation throughput of a preset (its modality's evaluator on samples of its generator, as a"
                + " training run evaluates) against drawing the samples alone, alternating rounds in one run."},
        footer = {"", "Examples:", "  gan bench eval --model dcgan", "  gan bench eval --model text --samples 500"})
final class EvalBenchCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--model", required = true, paramLabel = "MODEL",
            description = "dcgan (mnist-dcgan), wavegan (digits-wavegan) or text (oracle-relgan).")
    private String model;

    @Option(names = "--rounds", description = "Alternating timing rounds (default ${DEFAULT-VALUE}).", defaultValue = "3")
    private int rounds;

    @Option(names = "--samples", description = "Samples per evaluation (default ${DEFAULT-VALUE}).", defaultValue = "1000")
    private int samples;

    @Mixin
    private CacheOption cache;

    @Override
    public Integer call() throws Exception {
        BenchModel chosen;
        try {
            chosen = BenchModel.named(model);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        if (rounds < 1) {
            throw new ParameterException(spec.commandLine(), "--rounds " + rounds + " is out of range: it must be ≥ 1");
        }
        if (samples < 1 || samples > 100_000) {
            throw new ParameterException(spec.commandLine(), "--samples " + samples + " is out of range: allowed [1, 100000]");
        }
        new EvalBenchmark(new EvalBenchmark.Settings(chosen, rounds, samples, cache.dir()),
                spec.commandLine().getOut()).run();
        return 0;
    }
}
