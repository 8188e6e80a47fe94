package org.gan4j.examples.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.gan4j.examples.bench.DcganBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code gan bench dcgan}: the mnist-dcgan step in gan4j vs a hand-written DJL loop vs plain PyTorch. */
@Command(name = "dcgan", mixinStandardHelpOptions = true,
        description = {"The mnist-dcgan training step: gan4j trainer vs a hand-written DJL loop vs plain PyTorch"
                + " (bench/pytorch/dcgan_step.py with the system's python3-torch), alternating rounds in one run."},
        footer = {"", "Examples:", "  gan bench dcgan", "  gan bench dcgan --rounds 3 --steps 100 --no-pytorch"})
final class DcganBenchCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--rounds", description = "Alternating timing rounds (default ${DEFAULT-VALUE}).", defaultValue = "7")
    private int rounds;

    @Option(names = "--steps", description = "Timed steps per round and loop (default ${DEFAULT-VALUE}).", defaultValue = "300")
    private int steps;

    @Option(names = "--warmup", description = "Untimed steps first (default ${DEFAULT-VALUE}).", defaultValue = "30")
    private int warmup;

    @Option(names = "--batch", description = "Batch size (default ${DEFAULT-VALUE}).", defaultValue = "64")
    private int batch;

    @Option(names = "--cache", paramLabel = "DIR", description = "Data cache (default: $GAN4J_CACHE or ~/.cache/gan4j).")
    private Path cache;

    @Option(names = "--python", paramLabel = "PATH", description = "Python with torch (default: ${DEFAULT-VALUE}).",
            defaultValue = "/usr/bin/python3")
    private Path python;

    @Option(names = "--pytorch-script", paramLabel = "PATH",
            description = "The baseline script (default: $GAN4J_HOME/bench/pytorch/dcgan_step.py).")
    private Path script;

    @Option(names = "--threads", description = "torch threads of the PyTorch baseline (default: the JVM's engine threads).")
    private Integer threads;

    @Option(names = "--no-pytorch", description = "Skip the plain-PyTorch baseline.")
    private boolean noPytorch;

    @Override
    public Integer call() throws Exception {
        if (rounds < 1 || steps < 1 || warmup < 0 || batch < 1) {
            throw new ParameterException(spec.commandLine(), "--rounds, --steps and --batch must be ≥ 1, --warmup ≥ 0");
        }
        DcganBenchmark.PyTorchSettings pytorch = noPytorch ? null
                : new DcganBenchmark.PyTorchSettings(python, script != null ? script : Gan4jPaths.home()
                        .resolve("bench").resolve("pytorch").resolve("dcgan_step.py"), threads != null ? threads : engineThreads());
        Path cacheDir = cache != null ? cache : Gan4jPaths.cache();
        new DcganBenchmark(new DcganBenchmark.Settings(rounds, steps, warmup, batch, cacheDir, pytorch),
                spec.commandLine().getOut()).run();
        return 0;
    }

    private static int engineThreads() {
        return Integer.getInteger("ai.djl.pytorch.num_threads", Runtime.getRuntime().availableProcessors());
    }
}
