package org.gan4j.examples.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gan4j.core.app.GanSetup;
import org.gan4j.core.app.config.ConfigLoader;
import org.gan4j.core.app.config.RunConfig;
import org.gan4j.core.options.ConfigException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's "Use from Java" example is this package's {@link UseFromJava}, and it runs. */
class UseFromJavaTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    @Test
    void givenTheReadmeWhenReadThenItsJavaExampleIsTheCompiledOne() throws Exception {
        String source = Files.readString(Path.of("src/test/java/org/gan4j/examples/api/UseFromJava.java"));
        String example = source.substring(source.indexOf("// README example: begin") + "// README example: begin".length(),
                source.indexOf("// README example: end")).strip();
        String readme = Files.readString(Path.of("../README.md"));
        assertTrue(readme.contains(example), "README.md's 'Use from Java' block differs from UseFromJava.java; copy it over");
    }

    @Test
    void givenTheExampleWhenRunThenItTrainsResumesAndExportsAndTheRunReRunsFromItsConfig() throws Exception {
        Path run = temp.resolve("ring");

        UseFromJava.main(new String[] {run.toString()});

        JsonNode evaluations = JSON.readTree(run.resolve("metrics.json").toFile()).get("evaluations");
        assertEquals(3, evaluations.size(), "evaluations at 1,000, 2,000 and (after resuming) 3,000");
        assertEquals(3000, evaluations.get(2).get("step").asLong());
        assertTrue(Files.isRegularFile(run.resolve("export/generator.json")), "the export has its generator card");
        RunConfig saved = ConfigLoader.fromJson(Files.readString(run.resolve("config.json")), "config.json");
        assertEquals("mlp", saved.architecture().name());
        assertEquals(7, saved.train().seed());
        // one schema, two front ends: the saved config.json builds the same setup
        assertEquals(saved, GanSetup.fromFile(run.resolve("config.json")).build().config());
    }

    @Test
    void givenABadTypedValueWhenBuildingThenTheErrorNamesTheField() {
        ConfigException e = org.junit.jupiter.api.Assertions.assertThrows(ConfigException.class,
                () -> GanSetup.preset("points-ring").batchSize(0).build());
        assertTrue(e.getMessage().contains("train.batchSize = 0"), e.getMessage());
        IllegalArgumentException betas = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> GanSetup.builder().optimizers(org.gan4j.core.app.Adam.of(1e-3),
                        org.gan4j.core.app.Adam.of(1e-3).betas(0, 0.9)));
        assertTrue(betas.getMessage().contains("betas"), betas.getMessage());
    }
}
