package org.gan4j.core.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.Model;
import ai.djl.inference.Predictor;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.training.ParameterStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gan4j.core.app.config.ConfigLoader;
import org.gan4j.core.app.job.TrainedRun;
import org.gan4j.core.app.job.TrainingJob;
import org.gan4j.core.spi.ModalityRegistry;
import org.gan4j.core.testing.ToyModality;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A generator exported from a run opened for inference and loaded back with plain DJL gives the
 * samples of the trainer's weight average.
 */
class GeneratorExportTest {

    private static final ModalityRegistry REGISTRY = ModalityRegistry.of(List.of(new ToyModality()));

    @TempDir
    Path temp;

    @Test
    void givenTrainedToyRunWhenExportedAndLoadedThenPredictorMatchesTheTrainersGeneratorForTheSameNoise() throws Exception {
        Path run = temp.resolve("run");
        var config = ConfigLoader.withDefaults().mergeYaml(REGISTRY.preset("toy").yaml(), "toy")
                .set("train.steps", 30).set("checkpoint.every", 10).resolve();
        try (TrainingJob job = TrainingJob.start(config, run, REGISTRY, temp.resolve("cache"), line -> {})) {
            job.run();
        }
        Path export = temp.resolve("export");
        float[][] z = {{0.3f, -1.2f, 0.7f, 2.0f}, {-0.5f, 0.1f, 0.0f, -1.0f}, {1.5f, 1.5f, -0.2f, 0.4f}};
        float[] expected;
        try (TrainingJob job = TrainingJob.open(run, "last", REGISTRY, temp.resolve("cache"), line -> {});
                NDManager scope = NDManager.newBaseManager()) {
            NDArray noise = scope.create(z);
            NDList out = job.trainer().averageGenerator().forward(new ParameterStore(scope, false), new NDList(noise), false);
            expected = out.head().toFloatArray();
        }
        try (TrainedRun opened = TrainedRun.open(run, "last", false, REGISTRY, temp.resolve("cache"), line -> {})) {
            assertEquals(30, opened.exportGenerator(export, "toy-generator").step());
        }
        assertTrue(Files.isRegularFile(export.resolve("toy-generator-0000.params")));
        assertTrue(Files.isRegularFile(export.resolve(GeneratorCard.FILE)));

        GeneratorCard card = GeneratorCard.read(export);
        try (Model model = GeneratorModels.load(export, REGISTRY);
                Predictor<GeneratorInput, float[]> predictor = model.newPredictor(
                        new GeneratorTranslator<>(card, SampleDecoder.floats()))) {
            List<GeneratorInput> inputs = new ArrayList<>();
            for (float[] code : z) {
                inputs.add(GeneratorInput.of(code));
            }
            List<float[]> batch = predictor.batchPredict(inputs);
            float[] single = predictor.predict(GeneratorInput.of(z[1]));
            assertEquals(3, batch.size());
            for (int i = 0; i < z.length; i++) {
                assertArrayEquals(new float[] {expected[i]}, batch.get(i), 1e-6f, "sample " + i);
            }
            assertArrayEquals(new float[] {expected[1]}, single, 1e-6f);
            var wrong = assertThrows(Exception.class, () -> predictor.predict(GeneratorInput.of(new float[2])));
            assertTrue(String.valueOf(wrong.getMessage()).contains("takes a latent code of 4")
                    || String.valueOf(wrong.getCause()).contains("takes a latent code of 4"), wrong.toString());
            var label = assertThrows(Exception.class, () -> predictor.predict(GeneratorInput.of(z[0], 1)));
            assertTrue(String.valueOf(label.getMessage()).contains("unconditional")
                    || String.valueOf(label.getCause()).contains("unconditional"), label.toString());
        }
    }

    @Test
    void givenDirectoryWithoutCardWhenLoadingThenErrorNamesTheCommandThatMakesOne() throws IOException {
        IOException e = assertThrows(IOException.class, () -> GeneratorModels.load(Files.createDirectories(temp.resolve("x")), REGISTRY));
        assertTrue(e.getMessage().contains("gan export RUN --out DIR"), e.getMessage());
    }
}
