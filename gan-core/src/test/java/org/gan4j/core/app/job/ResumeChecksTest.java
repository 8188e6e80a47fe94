package org.gan4j.core.app.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.gan4j.core.app.config.ConfigLoader;
import org.gan4j.core.checkpoint.CheckpointException;
import org.gan4j.core.spi.ModalityRegistry;
import org.gan4j.core.testing.ToyModality;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What resume refuses, what it lets a user choose, and what the run directory looks like. */
class ResumeChecksTest {

    private static final ModalityRegistry REGISTRY = ModalityRegistry.of(List.of(new ToyModality()));
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    private final List<String> lines = new java.util.ArrayList<>();

    private Path train(String name, long seed) throws Exception {
        Path dir = temp.resolve(name);
        try (TrainingJob job = TrainingJob.start(ConfigLoader.withDefaults().mergeYaml(REGISTRY.preset("toy").yaml(), "toy")
                .set("train.seed", seed).resolve(), dir, REGISTRY, temp.resolve("cache"), lines::add)) {
            job.run();
        }
        return dir;
    }

    private TrainingJob resume(Path dir, Optional<Long> steps, Optional<String> from) throws Exception {
        return TrainingJob.resume(dir, steps, from, REGISTRY, temp.resolve("cache"), lines::add);
    }

    @Test
    void givenACheckpointCopiedInFromAnotherRunWhenResumingThenRefusedNamingBothRuns() throws Exception {
        Path mine = train("mine", 1);
        Path other = train("other", 2);
        copyTree(other.resolve("checkpoints/step-00000060"), mine.resolve("checkpoints/step-00000080"));

        CheckpointException e = assertThrows(CheckpointException.class, () -> resume(mine, Optional.of(100L), Optional.empty()));

        String mineId = JSON.readTree(mine.resolve("run.json").toFile()).get("run").asText();
        String otherId = JSON.readTree(other.resolve("run.json").toFile()).get("run").asText();
        assertTrue(e.getMessage().contains(mineId) && e.getMessage().contains(otherId), e.getMessage());
        assertTrue(e.getMessage().contains("seed 2") && e.getMessage().contains("seed 1"), e.getMessage());
    }

    @Test
    void givenANewestCheckpointWithoutManifestWhenResumingThenReportedAndAnEarlierOneCanBeChosen() throws Exception {
        Path run = train("run", 1);
        Files.delete(run.resolve("checkpoints/step-00000060/manifest.json"));

        CheckpointException e = assertThrows(CheckpointException.class, () -> resume(run, Optional.empty(), Optional.empty()));
        assertTrue(e.getMessage().contains("step-00000060") && e.getMessage().contains("no manifest.json")
                && e.getMessage().contains("--checkpoint STEP"), e.getMessage());

        try (TrainingJob job = resume(run, Optional.empty(), Optional.of("40"))) {
            assertEquals(40, job.trainer().stepCount());
            assertEquals(60, job.run().steps());
        }
    }

    @Test
    void givenAnEarlierCheckpointChosenWhenResumingThenNewerOnesAreSetAsideAndTheRunEndsAsBefore() throws Exception {
        Path run = train("run", 1);
        JsonNode before = JSON.readTree(run.resolve("metrics.json").toFile()).get("evaluations");

        try (TrainingJob job = resume(run, Optional.empty(), Optional.of("40"))) {
            job.run();
        }

        assertTrue(Files.isDirectory(run.resolve("checkpoints/.superseded-step-00000060")));
        assertTrue(lines.stream().anyMatch(l -> l.contains("set aside")), lines.toString());
        assertEquals(before, JSON.readTree(run.resolve("metrics.json").toFile()).get("evaluations"));
    }

    @Test
    void givenARunWhenTrainedThenEveryFileHasTheSameMode() throws Exception {
        Path run = train("run", 1);
        Set<Set<PosixFilePermission>> modes;
        try (Stream<Path> all = Files.walk(run)) {
            modes = all.filter(Files::isRegularFile).map(p -> {
                try {
                    return Files.getPosixFilePermissions(p);
                } catch (java.io.IOException ex) {
                    throw new java.io.UncheckedIOException(ex);
                }
            }).collect(java.util.stream.Collectors.toSet());
        }
        assertEquals(1, modes.size(), modes.toString());
        assertTrue(modes.iterator().next().contains(PosixFilePermission.OTHERS_READ), modes.toString());
    }

    @Test
    void givenASaturatingBestMetricWhenTiedThenTheTieBreakMetricDecides() throws Exception {
        Path dir = temp.resolve("tie");
        // near-modes saturates at 1.0 on an easy toy; d/heldout-gap (lower is better) breaks ties
        try (TrainingJob job = TrainingJob.start(ConfigLoader.withDefaults().mergeYaml(REGISTRY.preset("toy").yaml(), "toy")
                .set("checkpoint.bestMetric", "d/rt").set("checkpoint.bestTieBreak", "near-modes").resolve(),
                dir, REGISTRY, temp.resolve("cache"), lines::add)) {
            job.run();
        }
        JsonNode evaluations = JSON.readTree(dir.resolve("metrics.json").toFile()).get("evaluations");
        JsonNode best = JSON.readTree(dir.resolve("checkpoints/best.json").toFile());
        double bestRt = Double.POSITIVE_INFINITY;
        double bestTie = Double.NEGATIVE_INFINITY;
        long expected = -1;
        for (JsonNode e : evaluations) {
            double rt = value(e, "d/rt");
            double tie = value(e, "near-modes");
            if (rt < bestRt || (rt == bestRt && tie > bestTie)) {
                bestRt = rt;
                bestTie = tie;
                expected = e.get("step").asLong();
            }
        }
        assertEquals(expected, best.get("step").asLong(), evaluations.toString());
        assertEquals(bestTie, best.get("tieValue").asDouble());
        assertFalse(best.get("tieBreak").isNull());
    }

    private static double value(JsonNode evaluation, String name) {
        for (JsonNode m : evaluation.get("metrics")) {
            if (m.get("name").asText().equals(name)) {
                return m.get("value").asDouble();
            }
        }
        throw new AssertionError(name + " not in " + evaluation);
    }

    private static void copyTree(Path from, Path to) throws java.io.IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : files.toList()) {
                Files.copy(f, to.resolve(f.getFileName()));
            }
        }
    }
}
