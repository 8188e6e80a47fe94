package org.gan4j.examples.cli;

import org.gan4j.examples.bench.ThroughputBenchmark;
import picocli.CommandLine.Command;

/** {@code gan bench sample}: a preset generator's sampling in gan4j vs a hand-written DJL forward vs plain PyTorch. */
@Command(name = "sample", mixinStandardHelpOptions = true,
        description = {"Sampling throughput of a preset's generator (inference, no gradients, large batches): gan4j's"
                + " sampler vs a hand-written DJL forward vs plain PyTorch, alternating rounds in one run."},
        footer = {"", "Examples:", "  gan bench sample --model dcgan", "  gan bench sample --model text --batch 200"})
final class SampleBenchCommand extends ThroughputBenchCommand {

    @Override
    ThroughputBenchmark.Mode mode() {
        return ThroughputBenchmark.Mode.SAMPLE;
    }
}
