package org.gan4j.core.app.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.gan4j.core.options.ConfigException;
import org.gan4j.core.options.Options;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {

    private static final String BASE = """
            modality: points
            data: {name: ring8, options: {}}
            architecture: {name: mlp, options: {width: 64}}
            """;

    private static ConfigLoader base() {
        return ConfigLoader.withDefaults().mergeYaml(BASE, "base");
    }

    private static String error(ConfigLoader loader) {
        return assertThrows(ConfigException.class, loader::resolve).getMessage();
    }

    @Test
    void givenPresetAndOverridesWhenResolvingThenLaterLayersWinFieldByField() {
        RunConfig c = base().mergeYaml("train: {steps: 7}", "user").set("train.seed", 99).resolve();
        assertEquals(7, c.train().steps());
        assertEquals(99, c.train().seed());
        assertEquals(64, c.train().batchSize(), "untouched defaults survive");
        assertEquals(64, c.architecture().options("architecture").getInt("width", 0, 1, 1000));
    }

    @Test
    void givenResolvedConfigWhenSavedAndReadThenIdentical() {
        RunConfig c = base().resolve();
        assertEquals(c, ConfigLoader.fromJson(ConfigLoader.toJson(c), "saved"));
    }

    @Test
    void givenConfigSavedBeforeTheReportSectionWhenReadThenReportIsEnabled() {
        RunConfig c = base().set("report.enabled", false).resolve();
        String saved = ConfigLoader.toJson(c);
        assertTrue(saved.contains("\"report\""), saved);
        String old = saved.replaceAll("(?s),\\s*\"report\"\\s*:\\s*\\{[^}]*\\}", "");
        assertFalse(old.contains("report"), old);
        assertFalse(c.report().enabled());
        assertTrue(ConfigLoader.fromJson(old, "old config.json").report().enabled());
    }

    @Test
    void givenUnknownFieldWhenResolvingThenErrorNamesItsPathAndTheAllowedFields() {
        String message = error(base().mergeYaml("train: {stepz: 7}", "user"));
        assertTrue(message.contains("'train.stepz'") && message.contains("steps"), message);
    }

    @Test
    void givenWrongTypeWhenResolvingThenErrorNamesTheField() {
        String message = error(base().mergeYaml("train: {steps: lots}", "user"));
        assertTrue(message.contains("'train.steps'"), message);
    }

    @Test
    void givenNegativeLearningRateWhenResolvingThenErrorNamesFieldValueAndRange() {
        String message = error(base().set("train.lrGenerator", -0.1));
        assertTrue(message.contains("train.lrGenerator = -0.1") && message.contains("> 0"), message);
    }

    @Test
    void givenZeroCriticStepsWhenResolvingThenRejected() {
        String message = error(base().set("train.nCritic", 0));
        assertTrue(message.contains("train.nCritic = 0") && message.contains("[1, 100]"), message);
    }

    @Test
    void givenOptionOutOfRangeWhenReadThenErrorNamesTheFullPath() {
        Options options = new Options("architecture.options", Map.of("width", 0));
        ConfigException e = assertThrows(ConfigException.class, () -> options.getInt("width", 8, 1, 4096));
        assertTrue(e.getMessage().contains("architecture.options.width = 0"), e.getMessage());
        ConfigException unknown = assertThrows(ConfigException.class,
                () -> new Options("data.options", Map.of("sdt", 1)).requireOnly(java.util.List.of("std")));
        assertTrue(unknown.getMessage().contains("data.options.sdt"), unknown.getMessage());
    }

    @Test
    void givenMissingOrMalformedFileWhenMergingThenErrorNamesTheFile(@TempDir Path temp) throws Exception {
        Path missing = temp.resolve("nope.yaml");
        assertTrue(assertThrows(ConfigException.class, () -> base().mergeFile(missing)).getMessage().contains("nope.yaml"));
        Path bad = Files.writeString(temp.resolve("bad.yaml"), "train: [unclosed");
        assertTrue(assertThrows(ConfigException.class, () -> base().mergeFile(bad)).getMessage().contains("bad.yaml"));
    }

    @Test
    void givenStabilizeSectionWhenResolvingThenPenaltyAndPolicyAreCheckedByField() {
        RunConfig c = base().set("stabilize.gradientPenalty", "wgan-gp").set("stabilize.augment", "translation,cutout")
                .resolve();
        assertEquals("wgan-gp", c.stabilize().gradientPenalty());
        assertEquals(10.0, c.stabilize().penaltyWeight());
        assertTrue(error(base().set("stabilize.gradientPenalty", "gp")).contains("stabilize.gradientPenalty = gp"));
        assertTrue(error(base().set("stabilize.augment", "translation,flip")).contains("stabilize.augment"));
        assertTrue(error(base().set("stabilize.penaltyWeight", -1)).contains("stabilize.penaltyWeight"));
        assertTrue(error(base().set("stabilize.instanceNoise", 20)).contains("stabilize.instanceNoise"));
    }

    @Test
    void givenConfigSavedBeforeStabilizeExistedWhenReadThenDefaultsApply() {
        String json = ConfigLoader.toJson(base().resolve()).replaceAll("(?s),\\s*\"stabilize\"\\s*:\\s*\\{[^}]*\\}", "");
        assertTrue(!json.contains("stabilize"), json);
        assertEquals(RunConfig.Stabilize.DEFAULT, ConfigLoader.fromJson(json, "old").stabilize());
    }
}
