package org.gan4j.core.app.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.gan4j.core.app.config.ConfigLoader;
import org.gan4j.core.app.config.RunConfig;
import org.gan4j.core.app.report.RunReport;
import org.gan4j.core.checkpoint.CheckpointStore;
import org.gan4j.core.spi.ModalityRegistry;
import org.gan4j.core.testing.ToyModality;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainingJobTest {

    private static final ModalityRegistry REGISTRY = ModalityRegistry.of(List.of(new ToyModality()));
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    private final List<String> lines = new java.util.ArrayList<>();
    private final java.util.function.Consumer<String> console = lines::add;

    private static ConfigLoader toy() {
        return ConfigLoader.withDefaults().mergeYaml(REGISTRY.preset("toy").yaml(), "toy");
    }

    private final List<org.gan4j.core.train.StepReport> reports = new java.util.ArrayList<>();

    private TrainingResult train(RunConfig config, Path dir) throws IOException {
        try (TrainingJob job = TrainingJob.start(config, dir, REGISTRY, temp.resolve("cache"), console)) {
            job.addListener(reports::add);
            return job.run();
        }
    }

    @Test
    void givenToyPresetWhenTrainingThenRunDirectoryHoldsConfigCheckpointsSamplesMetricsAndLog() throws Exception {
        Path dir = temp.resolve("run");
        TrainingResult result = train(toy().resolve(), dir);

        assertEquals(60, result.steps());
        assertEquals(60, reports.size(), "a listener sees every step");
        assertEquals(60, reports.get(59).step());
        assertEquals("toy", ConfigLoader.fromJson(Files.readString(dir.resolve("config.json")), "config").modality());
        List<Path> checkpoints = new CheckpointStore(dir.resolve("checkpoints"), 2).list();
        assertTrue(checkpoints.stream().anyMatch(p -> p.endsWith("step-00000060")), checkpoints.toString());
        assertTrue(Files.exists(dir.resolve("samples/step-00000030.txt")));
        assertTrue(Files.exists(dir.resolve("samples/step-00000060.txt")));
        JsonNode metrics = JSON.readTree(dir.resolve("metrics.json").toFile());
        assertEquals(6, metrics.get("losses").size());
        JsonNode firstEval = metrics.get("evaluations").get(0);
        assertEquals(20, firstEval.get("step").asLong());
        assertEquals(200, firstEval.get("metrics").get(0).get("samples").asLong());
        assertTrue(Files.readString(dir.resolve("train.log")).contains("step 60/60"));
        assertTrue(lines.stream().anyMatch(l -> l.contains("ETA")), "progress shown on the console");
    }

    @Test
    void givenWganGpConfigWhenTrainingThenLossesFiniteAndDiscriminatorOverfittingMetricsRecorded() throws Exception {
        Path dir = temp.resolve("gp");
        TrainingResult result = train(toy().set("loss.name", "wasserstein").set("stabilize.gradientPenalty", "wgan-gp")
                .resolve(), dir);
        assertTrue(reports.stream().allMatch(r -> Float.isFinite(r.discriminatorLoss())));
        List<String> names = result.metrics().stream().map(m -> m.name()).toList();
        assertTrue(names.containsAll(List.of("d/rt", "d/rt-heldout", "d/heldout-gap")), names.toString());
        for (var m : result.metrics()) {
            if (m.name().startsWith("d/")) {
                assertTrue(Math.abs(m.value()) <= 1, m.toString());
            }
        }
        JsonNode evaluation = JSON.readTree(dir.resolve("metrics.json").toFile()).get("evaluations").get(0);
        assertTrue(evaluation.toString().contains("d/heldout-gap"));
        for (JsonNode entry : JSON.readTree(dir.resolve("metrics.json").toFile()).get("losses")) {
            assertTrue(entry.path("discriminatorPenalty").asDouble() > 0, "the penalty's share is logged: " + entry);
        }
        assertEquals("wgan-gp", ConfigLoader.fromJson(Files.readString(dir.resolve("config.json")), "config")
                .stabilize().gradientPenalty());
    }

    @Test
    void givenNonEmptyDirectoryWhenStartingThenRefusedAndNothingOverwritten() throws Exception {
        Path dir = Files.createDirectories(temp.resolve("taken"));
        Files.writeString(dir.resolve("notes.txt"), "keep me");
        IOException e = assertThrows(IOException.class, () -> train(toy().resolve(), dir));
        assertTrue(e.getMessage().contains("not empty"), e.getMessage());
        assertEquals("keep me", Files.readString(dir.resolve("notes.txt")));
        assertEquals(1, Files.list(dir).count());
    }

    @Test
    void givenUnknownArchitectureWhenStartingThenErrorListsKnownOnesAndNoDirectoryIsMade() {
        Path dir = temp.resolve("never");
        RunConfig config = toy().set("architecture.name", "resnet").resolve();
        Exception e = assertThrows(IllegalArgumentException.class, () -> train(config, dir));
        assertTrue(e.getMessage().contains("'resnet'") && e.getMessage().contains("mlp"), e.getMessage());
        assertFalse(Files.exists(dir));
    }

    @Test
    void givenHalfFinishedRunWhenResumedThenLossesMatchTheUninterruptedRun() throws Exception {
        TrainingResult straight = train(toy().resolve(), temp.resolve("straight"));

        Path dir = temp.resolve("resumed");
        train(toy().set("train.steps", 40).resolve(), dir);
        TrainingResult resumed;
        try (TrainingJob job = TrainingJob.resume(dir, Optional.of(60L), REGISTRY, temp.resolve("cache"), console)) {
            assertEquals(40, job.trainer().stepCount());
            resumed = job.run();
        }
        assertEquals(straight.lastStep().discriminatorLoss(), resumed.lastStep().discriminatorLoss(), 1e-5);
        assertEquals(straight.lastStep().generatorLoss(), resumed.lastStep().generatorLoss(), 1e-5);
        JsonNode metrics = JSON.readTree(dir.resolve("metrics.json").toFile());
        assertEquals(6, metrics.get("losses").size(), "entries after the checkpoint are replaced, not duplicated");
    }

    @Test
    void givenTwoDevicesWhenTrainingAndResumingThenLossesMatchTheOneDeviceRun() throws Exception {
        // 40 steps, resumed at the checkpoint of step 20: a GAN amplifies the replicas' different
        // summation order, so the longer the run, the further apart the last bits drift
        TrainingResult single = train(toy().set("train.steps", 40).resolve(), temp.resolve("single"));
        Path dir = temp.resolve("parallel");
        train(toy().set("train.steps", 20).set("train.devices", 2).resolve(), dir);
        assertTrue(lines.stream().anyMatch(l -> l.contains("split across [cpu(), cpu()]")), lines.toString());
        TrainingResult parallel;
        try (TrainingJob job = TrainingJob.resume(dir, Optional.of(40L), REGISTRY, temp.resolve("cache"), console)) {
            parallel = job.run();
        }
        assertEquals(single.lastStep().discriminatorLoss(), parallel.lastStep().discriminatorLoss(), 1e-3);
        assertEquals(single.lastStep().generatorLoss(), parallel.lastStep().generatorLoss(), 1e-3);
    }

    @Test
    void givenInjectedNanWhenTrainingThenWatchdogRollsBackWithLowerLearningRate() throws Exception {
        Path dir = temp.resolve("nan");
        RunConfig config = toy().set("data.options.poisonBatch", 50).resolve();
        TrainingResult result = train(config, dir);

        assertEquals(60, result.steps());
        JsonNode events = JSON.readTree(dir.resolve("metrics.json").toFile()).get("events");
        assertEquals("rollback", events.get(0).get("kind").asText());
        assertEquals(40, events.get(0).get("step").asLong(), "rolled back to the last good checkpoint (step 40)");
        assertEquals(0.0005f, result.lastStep().learningRateGenerator(), 1e-9);
        assertTrue(Files.readString(dir.resolve(RunReport.FILE)).contains("<td>40</td><td>rollback</td>"), "the report lists the rollback");
        for (JsonNode entry : JSON.readTree(dir.resolve("metrics.json").toFile()).get("losses")) {
            assertTrue(entry.get("stepsPerSecond").asDouble() > 0, "the speed after a rollback counts from its step: " + entry);
        }
    }

    @Test
    void givenRollbackWhenResumedAfterItThenTheFreshRandomStreamContinuesAsUninterrupted() throws Exception {
        RunConfig poisoned = toy().set("data.options.poisonBatch", 50).set("train.steps", 80).resolve();
        TrainingResult straight = train(poisoned, temp.resolve("straight"));
        Path dir = temp.resolve("resumed");
        train(toy().set("data.options.poisonBatch", 50).set("train.steps", 60).resolve(), dir);
        assertTrue(lines.stream().anyMatch(l -> l.contains("fresh noise and batches (rollback 1 of 3)")), lines.toString());
        TrainingResult resumed;
        try (TrainingJob job = TrainingJob.resume(dir, Optional.of(80L), REGISTRY, temp.resolve("cache"), console)) {
            assertEquals(1, job.trainer().randomStream(), "the checkpoint after the rollback records its stream");
            resumed = job.run();
        }
        assertEquals(straight.lastStep().discriminatorLoss(), resumed.lastStep().discriminatorLoss(), 1e-5);
        assertEquals(straight.lastStep().generatorLoss(), resumed.lastStep().generatorLoss(), 1e-5);
    }

    @Test
    void givenRollbackBeforeAResumeWhenTroubleComesAfterItThenTheRollbackCountCarriesOn() throws Exception {
        Path dir = temp.resolve("counted");
        train(toy().set("data.options.poisonBatch", 50).set("train.steps", 60).resolve(), dir);
        // the resumed run meets a chance check it cannot pass (factor 1 over 30 steps of the toy D)
        ObjectNode saved = (ObjectNode) JSON.readTree(dir.resolve("config.json").toFile());
        ((ObjectNode) saved.get("watchdog")).put("chanceFactor", 1).put("window", 30);
        Files.writeString(dir.resolve("config.json"), JSON.writeValueAsString(saved));
        lines.clear();
        try (TrainingJob job = TrainingJob.resume(dir, Optional.of(400L), REGISTRY, temp.resolve("cache"), console)) {
            TrainingDivergedException e = assertThrows(TrainingDivergedException.class, job::run);
            assertTrue(e.getMessage().contains("already rolled back 3 times"), e.getMessage());
        }
        List<String> rollbacks = lines.stream().filter(l -> l.contains("fresh noise and batches")).toList();
        assertEquals(2, rollbacks.size(), "the rollback before the resume counts against maxRollbacks: " + rollbacks);
        assertTrue(rollbacks.get(0).contains("(rollback 2 of 3)"), rollbacks.get(0));
    }

    @Test
    void givenDiscriminatorWorseThanTheChanceFactorAllowsWhenTrainingThenWatchdogRollsBackAndFinallyStops() throws Exception {
        Path dir = temp.resolve("chance");
        // factor 1 and a window of 5: the toy D's loss (about 2 ln 2 early on, noisy) exceeds it soon
        RunConfig config = toy().set("watchdog.chanceFactor", 1).set("watchdog.window", 30)
                .set("watchdog.maxRollbacks", 1).set("train.steps", 400).resolve();
        TrainingDivergedException e = assertThrows(TrainingDivergedException.class, () -> train(config, dir));
        assertTrue(e.getMessage().contains("the discriminator is worse than chance"), e.getMessage());
        JsonNode events = JSON.readTree(dir.resolve("metrics.json").toFile()).get("events");
        assertTrue(events.get(0).get("message").asText().contains("worse than chance"), events.toString());
    }

    @Test
    void givenTroubleRightAfterARollbackThenTheNextRollbackGoesFurtherBackThanTheRestoredCheckpoint() throws Exception {
        Path dir = temp.resolve("again");
        RunConfig config = toy().set("watchdog.chanceFactor", 1).set("watchdog.window", 30)
                .set("watchdog.maxRollbacks", 3).set("train.steps", 400).set("checkpoint.keepLast", 20).resolve();
        assertThrows(TrainingDivergedException.class, () -> train(config, dir));
        JsonNode events = JSON.readTree(dir.resolve("metrics.json").toFile()).get("events");
        List<Long> restored = new java.util.ArrayList<>();
        for (JsonNode event : events) {
            if (event.get("kind").asText().equals("rollback")) {
                restored.add(event.get("step").asLong());
            }
        }
        assertEquals(3, restored.size(), events.toString());
        for (int i = 1; i < restored.size(); i++) {
            assertNotEquals(restored.get(i - 1), restored.get(i), "a checkpoint that led to trouble was restored twice in a row: "
                    + restored);
        }
    }

    @Test
    void givenNanAndNoRollbacksAllowedWhenTrainingThenStopsNamingTheStepAndNoNanCheckpointExists() throws Exception {
        Path dir = temp.resolve("stop");
        RunConfig config = toy().set("data.options.poisonBatch", 50).set("watchdog.maxRollbacks", 0).resolve();
        TrainingDivergedException e = assertThrows(TrainingDivergedException.class, () -> train(config, dir));
        assertTrue(e.getMessage().contains("discriminator loss became NaN at step 51"), e.getMessage());
        CheckpointStore store = new CheckpointStore(dir.resolve("checkpoints"), 2);
        for (Path checkpoint : store.list()) {
            CheckpointStore.load(checkpoint);
        }
        List<Path> kept = store.list();
        assertTrue(kept.get(kept.size() - 1).endsWith("step-00000040"), kept.toString());
        assertTrue(Files.readString(dir.resolve(RunReport.FILE)).contains("<td>51</td><td>diverged</td>"),
                "the report written as the run stops names the divergence");
    }

    @Test
    void givenDirectoryThatIsNotARunWhenResumingThenClearError() throws Exception {
        Path dir = Files.createDirectories(temp.resolve("plain"));
        IOException e = assertThrows(IOException.class,
                () -> TrainingJob.resume(dir, Optional.empty(), REGISTRY, temp, console));
        assertTrue(e.getMessage().contains("not a gan4j run directory"), e.getMessage());
    }

    @Test
    void givenToyRunWhenTrainingThenReportHoldsCurvesSamplesAndRecordedProvenance() throws Exception {
        Path dir = temp.resolve("reported");
        train(toy().resolve(), dir);

        String html = Files.readString(dir.resolve(RunReport.FILE));
        assertTrue(html.contains("<h3>step 60</h3>"), "the final samples are in the report written at the end");
        assertTrue(html.contains("aria-label=\"near-modes\""), "a curve of the toy evaluator's metric");
        assertTrue(html.contains("<td>final</td><td>60</td>"), "final checkpoint");
        JsonNode provenance = JSON.readTree(dir.resolve("metrics.json").toFile()).get("provenance");
        assertTrue(provenance.get("DJL").asText().startsWith("0."), provenance.toString());
        assertEquals("cpu()", provenance.get("device").asText(), "the device the run trained on");
        assertTrue(html.contains("<td>" + provenance.get("engine").asText() + "</td>"), "engine version in the report");
    }

    @Test
    void givenToyRunWhenTrainingThenReportIsRewrittenAsTrainingGoes() throws Exception {
        Path dir = temp.resolve("growing");
        List<String> midway = new java.util.ArrayList<>();
        try (TrainingJob job = TrainingJob.start(toy().resolve(), dir, REGISTRY, temp.resolve("cache"), console)) {
            job.addListener(report -> {
                if (report.step() == 35) {
                    try {
                        midway.add(Files.readString(dir.resolve(RunReport.FILE)));
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }
            });
            job.run();
        }
        String html = midway.get(0);
        assertTrue(html.contains("<h3>step 30</h3>") && !html.contains("<h3>step 60</h3>"), "samples of step 30, not yet 60");
        assertTrue(html.contains("<h3>Latest (step 20)</h3>"), "the evaluation at step 20 (toy evaluates every 20)");
        assertTrue(Files.readString(dir.resolve(RunReport.FILE)).contains("<h3>step 60</h3>"), "rewritten at the end");
    }

    @Test
    void givenReportDisabledWhenTrainingThenNoReportIsWritten() throws Exception {
        Path dir = temp.resolve("quiet");
        train(toy().set("report.enabled", false).resolve(), dir);
        assertTrue(Files.exists(dir.resolve("metrics.json")));
        assertFalse(Files.exists(dir.resolve(RunReport.FILE)));
    }

    @Test
    void givenReportThatCannotBeWrittenWhenTrainingThenTrainingFinishesWithAWarning() throws Exception {
        Path dir = temp.resolve("blocked");
        try (TrainingJob job = TrainingJob.start(toy().resolve(), dir, REGISTRY, temp.resolve("cache"), console)) {
            Files.writeString(Files.createDirectories(dir.resolve(RunReport.FILE)).resolve("in-the-way"), "x");
            assertEquals(60, job.run().steps());
        }
        assertTrue(lines.stream().anyMatch(l -> l.contains("warning: could not write report.html")), lines.toString());
        assertTrue(Files.readString(dir.resolve("train.log")).contains("could not write report.html"));
    }
}
