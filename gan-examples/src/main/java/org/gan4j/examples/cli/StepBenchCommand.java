package org.gan4j.examples.cli;

import org.gan4j.examples.bench.ThroughputBenchmark;
import picocli.CommandLine.Command;

/** {@code gan bench step}: a preset model's training step in gan4j vs a hand-written DJL loop vs plain PyTorch. */
@Command(name = "step", mixinStandardHelpOptions = true,
        description = {"A preset model's training step (one D + one G update, non-saturating loss, Adam 2e-4): gan4j"
                + " trainer vs a hand-written DJL loop vs plain PyTorch (bench/pytorch/gan_bench.py with the system's"
                + " python3-torch), alternating rounds in one run; the parameter counts of both sides must agree."},
        footer = {"", "Examples:", "  gan bench step --model dcgan", "  gan bench step --model wavegan --rounds 3 --steps 20",
            "  gan bench step --model text --no-pytorch"})
final class StepBenchCommand extends ThroughputBenchCommand {

    @Override
    ThroughputBenchmark.Mode mode() {
        return ThroughputBenchmark.Mode.STEP;
    }
}
