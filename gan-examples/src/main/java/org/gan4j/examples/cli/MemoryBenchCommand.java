package org.gan4j.examples.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.gan4j.core.app.config.RunConfig;
import org.gan4j.core.spi.ModalityRegistry;
import org.gan4j.examples.bench.MemoryBenchmark;
import org.gan4j.examples.bench.RunConfigs;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code gan bench memory}: resident memory over many training steps of any preset, or over sampling. */
@Command(name = "memory", mixinStandardHelpOptions = true,
        description = "Resident memory (VmRSS) over many training steps of a preset (or batches sampled from its"
                + " generator), and its growth from a warm-up step.",
        footer = {"", "Examples:",
                "  gan bench memory --preset mnist-dcgan --loss wasserstein --penalty wgan-gp --steps 2000",
                "  gan bench memory --preset digits-wavegan --steps 10000 --every 500",
                "  gan bench memory --preset mnist-dcgan --augment translation,cutout,color --set train.batchSize=32",
                "  gan bench memory --preset mnist-dcgan --sample 1000 --steps 3000 --warmup 300 --every 300"})
final class MemoryBenchCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--preset", required = true, paramLabel = "NAME", description = "The preset to train (see 'gan list').")
    private String preset;

    @Option(names = "--loss", paramLabel = "NAME", description = "Adversarial loss (overrides the preset's loss.name).")
    private String loss;

    @Option(names = "--penalty", paramLabel = "NAME",
            description = "Gradient penalty: none, wgan-gp, wgan-gp-one-sided, r1, r2 (stabilize.gradientPenalty).")
    private String penalty;

    @Option(names = "--augment", paramLabel = "POLICY", description = "DiffAugment policy (stabilize.augment).")
    private String augment;

    @Option(names = "--set", paramLabel = "PATH=VALUE", description = "Any configuration field, e.g. train.nCritic=5.")
    private Map<String, String> set = new LinkedHashMap<>();

    @Option(names = "--steps", description = "Training steps (default ${DEFAULT-VALUE}).", defaultValue = "2000")
    private int steps;

    @Option(names = "--warmup", description = "The baseline step, after the heap and allocator settle (default ${DEFAULT-VALUE}).",
            defaultValue = "500")
    private int warmup;

    @Option(names = "--every", description = "Steps between RSS lines (default ${DEFAULT-VALUE}).", defaultValue = "100")
    private int every;

    @Option(names = "--sample", paramLabel = "BATCH", description = "Instead of training, draw a batch of BATCH samples"
            + " per step from the (untrained) generator, as 'gan sample' does.")
    private int sampleBatch;

    @Mixin
    private CacheOption cache;

    @Override
    public Integer call() throws Exception {
        MemoryBenchmark.Settings settings;
        try {
            settings = new MemoryBenchmark.Settings(steps, warmup, every, sampleBatch);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        Map<String, String> overrides = new LinkedHashMap<>(set);
        if (loss != null) {
            overrides.put("loss.name", loss);
        }
        if (penalty != null) {
            overrides.put("stabilize.gradientPenalty", penalty);
        }
        if (augment != null) {
            overrides.put("stabilize.augment", augment);
        }
        ModalityRegistry registry = ModalityRegistry.load();
        RunConfig config = RunConfigs.preset(registry, preset, overrides).set("train.steps", steps).resolve();
        new MemoryBenchmark(spec.commandLine().getOut())
                .run(config, registry, cache.dir(), settings);
        return 0;
    }
}
