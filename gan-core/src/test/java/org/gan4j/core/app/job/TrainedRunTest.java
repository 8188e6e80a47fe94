package org.gan4j.core.app.job;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDManager;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.gan4j.core.app.config.ConfigLoader;
import org.gan4j.core.app.config.RunConfig;
import org.gan4j.core.checkpoint.CheckpointException;
import org.gan4j.core.metrics.MetricValue;
import org.gan4j.core.spi.ModalityRegistry;
import org.gan4j.core.testing.ToyModality;
import org.gan4j.core.train.EngineSeeds;
import org.gan4j.core.train.Sampler;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run opened for inference restores only what sampling, evaluation and export need, and gives
 * exactly what the whole trainer restored from the same checkpoint gives.
 */
class TrainedRunTest {

    private static final ModalityRegistry REGISTRY = ModalityRegistry.of(List.of(new ToyModality()));

    @TempDir
    static Path temp;

    private static Path run;

    @BeforeAll
    static void trainToyRun() throws Exception {
        run = temp.resolve("run");
        RunConfig config = ConfigLoader.withDefaults().mergeYaml(REGISTRY.preset("toy").yaml(), "toy")
                .set("train.steps", 30).set("checkpoint.every", 10).set("train.emaDecay", 0.9)
                .set("eval.every", 0).set("eval.samples", 256).resolve();
        try (TrainingJob job = TrainingJob.start(config, run, REGISTRY, temp.resolve("cache"), line -> {})) {
            job.run();
        }
    }

    @Test
    void givenAToyRunWhenOpenedForInferenceThenSamplesAndMetricsEqualTheWholeTrainersForTheSameNoise() throws Exception {
        float[] fromTrainer;
        Map<String, Double> trainerMetrics;
        try (TrainingJob job = TrainingJob.open(run, "last", REGISTRY, temp.resolve("cache"), line -> {})) {
            fromTrainer = samples(job.trainer().sampler(), job.trainer().manager());
            trainerMetrics = byName(job.measure(job.trainer().sampler(), 256));
        }
        try (TrainedRun generatorOnly = TrainedRun.open(run, "last", false, REGISTRY, temp.resolve("cache"), line -> {});
                TrainedRun withD = TrainedRun.open(run, "last", true, REGISTRY, temp.resolve("cache"), line -> {})) {
            assertEquals(30, generatorOnly.stepCount());
            assertArrayEquals(fromTrainer, samples(generatorOnly.sampler(), generatorOnly.manager()));
            Map<String, Double> metrics = byName(withD.measure(withD.sampler(), 256));
            assertEquals(trainerMetrics, metrics);
            assertTrue(metrics.containsKey("d/rt"), metrics.keySet().toString());
            Map<String, Double> withoutD = byName(generatorOnly.measure(generatorOnly.sampler(), 256));
            assertFalse(withoutD.containsKey("d/rt"), "no discriminator, no overfitting metrics: " + withoutD.keySet());
            assertEquals(metrics.get("near-modes"), withoutD.get("near-modes"));
        }
    }

    @Test
    void givenACheckpointOfAnotherArchitectureWhenOpenedForInferenceThenTheErrorNamesTheFirstDifferentParameter()
            throws Exception {
        Path other = temp.resolve("wider");
        Files.createDirectories(other);
        try (var files = Files.walk(run)) {
            for (Path p : files.toList()) {
                Path target = other.resolve(run.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        Path config = other.resolve("config.json");
        ObjectMapper json = new ObjectMapper();
        ObjectNode tree = (ObjectNode) json.readTree(config.toFile());
        ((ObjectNode) tree.path("architecture").path("options")).put("width", 32);
        json.writeValue(config.toFile(), tree);
        CheckpointException e = assertThrows(CheckpointException.class,
                () -> TrainedRun.open(other, "last", false, REGISTRY, temp.resolve("cache"), line -> {}));
        assertTrue(e.getMessage().contains("was written by a different model: it has G."), e.getMessage());
    }

    private static float[] samples(Sampler sampler, NDManager parent) {
        try (EngineSeeds.Hold random = EngineSeeds.hold(); NDManager scope = parent.newSubManager()) {
            EngineSeeds.seed(5, 11, 0);
            return sampler.generate(scope, 16, null).toFloatArray();
        }
    }

    private static Map<String, Double> byName(List<MetricValue> metrics) {
        return metrics.stream().collect(Collectors.toMap(MetricValue::name, MetricValue::value));
    }
}
