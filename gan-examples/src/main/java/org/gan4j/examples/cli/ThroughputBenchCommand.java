package org.gan4j.examples.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.gan4j.examples.bench.BenchModel;
import org.gan4j.examples.bench.ThroughputBenchmark;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The options and run of {@code gan bench step} and {@code gan bench sample}: a model timed in
 * gan4j vs a hand-written DJL loop vs plain PyTorch; the subclasses say which.
 */
abstract class ThroughputBenchCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--model", required = true, paramLabel = "MODEL",
            description = "dcgan (mnist-dcgan), wavegan (digits-wavegan) or text (oracle-relgan).")
    private String model;

    @Option(names = "--rounds", description = "Alternating timing rounds (default: the model's).")
    private Integer rounds;

    @Option(names = "--steps", description = "Timed steps per round and contender (default: the model's).")
    private Integer steps;

    @Option(names = "--warmup", description = "Untimed steps first (default: the model's).")
    private Integer warmup;

    @Option(names = "--batch", description = "Samples per step (default: the model's).")
    private Integer batch;

    @Mixin
    private CacheOption cache;

    @Option(names = "--python", paramLabel = "PATH", description = "Python with torch (default: ${DEFAULT-VALUE}).",
            defaultValue = "/usr/bin/python3")
    private Path python;

    @Option(names = "--pytorch-script", paramLabel = "PATH",
            description = "The baseline script (default: $GAN4J_HOME/bench/pytorch/gan_bench.py).")
    private Path script;

    @Option(names = "--threads", description = "torch threads of the PyTorch baseline (default: the JVM's engine threads).")
    private Integer threads;

    @Option(names = "--no-pytorch", description = "Skip the plain-PyTorch baseline.")
    private boolean noPytorch;

    /** @return what the command times */
    abstract ThroughputBenchmark.Mode mode();

    @Override
    public Integer call() throws Exception {
        BenchModel chosen;
        BenchModel.RunLength length;
        try {
            chosen = BenchModel.named(model);
            length = mode().length(chosen, rounds, steps, warmup, batch);
            if (threads != null && threads < 1) {
                throw new IllegalArgumentException("--threads " + threads + " is out of range: it must be ≥ 1");
            }
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        ThroughputBenchmark.PyTorchSettings pytorch = noPytorch ? null
                : new ThroughputBenchmark.PyTorchSettings(python, script != null ? script : Gan4jPaths.home()
                        .resolve("bench").resolve("pytorch").resolve("gan_bench.py"), threads != null ? threads : engineThreads());
        Path cacheDir = cache.dir();
        new ThroughputBenchmark(new ThroughputBenchmark.Settings(chosen, mode(), length, cacheDir, pytorch),
                spec.commandLine().getOut()).run();
        return 0;
    }

    private static int engineThreads() {
        return Integer.getInteger("ai.djl.pytorch.num_threads", Runtime.getRuntime().availableProcessors());
    }
}
