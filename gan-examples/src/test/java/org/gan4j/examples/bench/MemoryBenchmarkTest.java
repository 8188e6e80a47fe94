package org.gan4j.examples.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import org.gan4j.core.app.config.RunConfig;
import org.gan4j.core.options.ConfigException;
import org.gan4j.core.spi.ModalityRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The memory benchmark on the points preset with a gradient penalty, and its configuration overrides. */
class MemoryBenchmarkTest {

    @TempDir
    Path temp;

    @Test
    void givenPointsPresetWithWganGpWhenBenchmarkedThenRssLinesAndSummaryArePrinted() throws Exception {
        ModalityRegistry registry = ModalityRegistry.load();
        RunConfig config = RunConfigs.preset(registry, "points-ring", Map.of("loss.name", "wasserstein",
                "stabilize.gradientPenalty", "wgan-gp", "train.steps", "40")).resolve();
        StringWriter text = new StringWriter();
        MemoryBenchmark.Result result = new MemoryBenchmark(new PrintWriter(text))
                .run(config, registry, temp.resolve("cache"), new MemoryBenchmark.Settings(40, 10, 10, 0));
        assertTrue(result.warmupMiB() > 0 && result.endMiB() > 0, result.toString());
        assertEquals(100 * (result.endMiB() - result.warmupMiB()) / result.warmupMiB(), result.growthPercent(), 1e-9);
        String out = text.toString();
        assertTrue(out.contains("penalty wgan-gp"), out);
        assertEquals(3, out.lines().filter(l -> l.contains("growth")).filter(l -> l.startsWith("step")).count(), out);
        assertTrue(out.contains("resident memory:"), out);
    }

    @Test
    void givenASampleBatchWhenBenchmarkedThenEachStepSamplesInsteadOfTraining() throws Exception {
        ModalityRegistry registry = ModalityRegistry.load();
        RunConfig config = RunConfigs.preset(registry, "points-ring", Map.of("train.steps", "30")).resolve();
        StringWriter text = new StringWriter();
        MemoryBenchmark.Result result = new MemoryBenchmark(new PrintWriter(text))
                .run(config, registry, temp.resolve("cache"), new MemoryBenchmark.Settings(30, 10, 10, 500));
        String out = text.toString();
        assertTrue(out.startsWith("memory: points-ring, sampling 30 batches of 500, baseline at batch 10"), out);
        assertEquals(2, out.lines().filter(l -> l.startsWith("step") && l.contains("growth")).count(), out);
        assertTrue(result.stepsPerSecond() > 0, result.toString());
    }

    @Test
    void givenOverridesWhenResolvedThenTypedAndBadFieldsNamed() {
        assertEquals(5L, RunConfigs.typed("5"));
        assertEquals(0.5, RunConfigs.typed("0.5"));
        assertEquals(Boolean.TRUE, RunConfigs.typed("true"));
        assertEquals("wgan-gp", RunConfigs.typed("wgan-gp"));
        ConfigException e = assertThrows(ConfigException.class, () -> RunConfigs.preset(ModalityRegistry.load(),
                "points-ring", Map.of("stabilize.gradientPenalty", "wgan")).resolve());
        assertTrue(e.getMessage().contains("stabilize.gradientPenalty"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new MemoryBenchmark.Settings(100, 100, 10, 0));
        assertThrows(IllegalArgumentException.class, () -> new MemoryBenchmark.Settings(100, 10, 10, -1));
    }
}
