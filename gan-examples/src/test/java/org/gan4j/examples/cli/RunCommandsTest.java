package org.gan4j.examples.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ai.djl.Model;
import ai.djl.inference.Predictor;
import ai.djl.modality.cv.Image;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.training.ParameterStore;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.gan4j.core.app.job.TrainedRun;
import org.gan4j.core.app.job.TrainingJob;
import org.gan4j.core.device.MachineMemory;
import org.gan4j.core.export.GeneratorCard;
import org.gan4j.core.export.GeneratorInput;
import org.gan4j.core.export.GeneratorModels;
import org.gan4j.core.export.GeneratorTranslator;
import org.gan4j.core.export.SampleDecoder;
import org.gan4j.core.spi.ModalityRegistry;
import org.gan4j.image.samples.ImageGridWriter;
import org.gan4j.image.samples.ImageSamples;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Drives {@code gan train, sample, eval, export} end to end on a tiny points run and a tiny
 * class-conditional image run (a folder of 28×28 PNGs), and the bad inputs of each command.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RunCommandsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path temp;

    private Path cache;
    private Path points;
    private Path image;
    private final CliCapture cli = new CliCapture();

    private int gan(String... args) {
        return cli.run(args);
    }

    @BeforeAll
    void trainTinyRuns() throws Exception {
        cache = temp.resolve("cache");
        points = temp.resolve("points");
        Path tiny = Files.writeString(temp.resolve("tiny-points.yaml"), """
                train: {steps: 60, logEvery: 20}
                checkpoint: {every: 30}
                eval: {samples: 400}
                samples: {every: 60, count: 50}
                """);
        assertEquals(0, gan("train", "points-ring", "--config", tiny.toString(), "--out", points.toString(),
                "--cache", cache.toString()), cli.err());

        Path pictures = temp.resolve("pictures");
        Random random = new Random(3);
        for (String label : List.of("dark", "light")) {
            Path folder = Files.createDirectories(pictures.resolve(label));
            for (int i = 0; i < 20; i++) {
                BufferedImage picture = new BufferedImage(28, 28, BufferedImage.TYPE_BYTE_GRAY);
                for (int y = 0; y < 28; y++) {
                    for (int x = 0; x < 28; x++) {
                        int base = label.equals("dark") ? 40 : 200;
                        picture.getRaster().setSample(x, y, 0, base + random.nextInt(40) - 20);
                    }
                }
                ImageIO.write(picture, "png", folder.resolve(i + ".png").toFile());
            }
        }
        image = temp.resolve("image");
        Path config = Files.writeString(temp.resolve("tiny-image.yaml"), """
                modality: image
                data: {name: image-folder, options: {path: "%s", conditional: true, heldOut: 0.25}}
                architecture: {name: dcgan, options: {width: 4, embedding: 4}}
                latent: {prior: normal, dim: 8}
                train: {steps: 4, batchSize: 4, logEvery: 2}
                checkpoint: {every: 2, keepLast: 3}
                eval: {samples: 12}
                samples: {every: 4, count: 4}
                """.formatted(pictures.toString().replace("\\", "/")));
        assertEquals(0, gan("train", "--config", config.toString(), "--out", image.toString(), "--cache", cache.toString()),
                cli.err());
    }

    @Test
    void givenNoImagesLeftToHoldOutOrABatchBeyondTheMachinesMemoryWhenTrainingThenRefusedBeforeTheFirstStep()
            throws Exception {
        String pictures = temp.resolve("pictures").toString().replace("\\", "/");
        Path noneHeldOut = Files.writeString(temp.resolve("none-held-out.yaml"), """
                modality: image
                data: {name: image-folder, options: {path: "%s", heldOut: 0.01}}
                architecture: {name: dcgan, options: {width: 4}}
                train: {steps: 4, batchSize: 4}
                """.formatted(pictures));
        Path run = temp.resolve("refused");
        assertEquals(2, gan("train", "--config", noneHeldOut.toString(), "--out", run.toString(), "--cache", cache.toString()));
        assertTrue(cli.err().contains("no images left for the HELD_OUT part with heldOut 0.01"), cli.err());
        assertFalse(cli.out().contains("step "), "no step ran: " + cli.out());
        assertTrue(Files.notExists(run));

        assumeTrue(MachineMemory.availableBytes() < (64L << 30), "the machine has memory for batch 65,536 of dcgan");
        Path huge = Files.writeString(temp.resolve("huge-batch.yaml"), """
                modality: image
                data: {name: image-folder, options: {path: "%s", heldOut: 0.25}}
                architecture: {name: dcgan, options: {}}
                train: {steps: 4, batchSize: 65536}
                """.formatted(pictures));
        assertEquals(2, gan("train", "--config", huge.toString(), "--out", run.toString(), "--cache", cache.toString()));
        assertTrue(cli.err().startsWith("gan: train.batchSize = 65536 is too large for this machine: one training step"
                + " of model 'dcgan' needs about "), cli.err());
        assertTrue(cli.err().contains(" is available; use train.batchSize "), cli.err());
        assertTrue(Files.notExists(run));
    }

    @Test
    void givenSavedConfigWhenTrainingAgainThenTheSameLossesAndMetricsComeOut() throws Exception {
        Path again = temp.resolve("points-again");
        assertEquals(0, gan("-q", "train", "--config", points.resolve("config.json").toString(), "--out", again.toString(),
                "--cache", cache.toString()), cli.err());
        assertTrue(!cli.out().contains("step 20/60"), "quiet hides progress: " + cli.out());
        assertTrue(cli.out().contains("modes-covered"), "quiet keeps results: " + cli.out());
        JsonNode first = JSON.readTree(points.resolve("metrics.json").toFile());
        JsonNode second = JSON.readTree(again.resolve("metrics.json").toFile());
        assertEquals(3, first.get("losses").size());
        for (int i = 0; i < 3; i++) {
            for (String net : List.of("discriminator", "generator")) {
                assertEquals(first.get("losses").get(i).get(net).asDouble(), second.get("losses").get(i).get(net).asDouble(),
                        0.0, net + " loss of entry " + i);
            }
        }
        assertEquals(first.get("evaluations"), second.get("evaluations"));
        assertEquals(JSON.readTree(points.resolve("config.json").toFile()), JSON.readTree(again.resolve("config.json").toFile()));
    }

    @Test
    void givenPointsRunWhenSamplingThenBatchesOfCsvHoldNSamplesAndBadConditionsAreRefused() throws Exception {
        Path dir = temp.resolve("points-samples");
        assertEquals(0, gan("sample", points.toString(), "--n", "50", "--batch", "20", "--out", dir.toString(),
                "--device", "cpu"), cli.err());
        int rows = 0;
        for (String stem : List.of("sample-0000", "sample-0001", "sample-0002")) {
            List<String> lines = Files.readAllLines(dir.resolve(stem + ".csv"));
            assertEquals("x,y", lines.get(0));
            rows += lines.size() - 1;
            assertTrue(Files.size(dir.resolve(stem + ".png")) > 0);
        }
        assertEquals(50, rows);
        assertTrue(cli.out().contains("wrote 50 samples of step 60"), cli.out());

        assertEquals(2, gan("sample", points.toString(), "--condition", "3", "--out", temp.resolve("c").toString()));
        assertTrue(cli.err().contains("this run is unconditional; leave --condition out"), cli.err());
        assertEquals(2, gan("sample", points.toString(), "--out", dir.toString()));
        assertTrue(cli.err().contains("already holds files"), cli.err());
        assertEquals(2, gan("sample", points.toString(), "--n", "0"));
        if (ai.djl.engine.Engine.getInstance().getGpuCount() == 0) {
            assertEquals(2, gan("sample", points.toString(), "--device", "gpu", "--out", temp.resolve("g").toString()));
            assertTrue(cli.err().contains("--device gpu requested but the PyTorch engine sees 0 GPUs"), cli.err());
            assertTrue(Files.notExists(temp.resolve("g")));
        }
    }

    @Test
    void givenManyBatchesWhenSamplingThenTheModelsManagerHoldsNoNewArrays() throws Exception {
        Path dir = Files.createDirectories(temp.resolve("points-flat"));
        try (TrainedRun job = TrainedRun.open(points, "last", false, ModalityRegistry.load(), cache, line -> {})) {
            job.writeSamples(10, 5, null, 1, dir, done -> { });
            int before = job.manager().getManagedArrays().size();
            List<Path> files = job.writeSamples(200, 5, null, 2, Files.createDirectories(dir.resolve("more")), done -> { });
            assertEquals(80, files.size(), "a CSV and a PNG per batch of 5");
            assertEquals(before, job.manager().getManagedArrays().size());
        }
    }

    @Test
    void givenPointsRunWhenEvaluatingWithTheRunsSampleCountThenTheFinalEvaluationIsReproducedAndSaved() throws Exception {
        assertEquals(0, gan("eval", points.toString()), cli.err());
        JsonNode saved = JSON.readTree(points.resolve("evaluations/step-00000060.json").toFile());
        JsonNode training = JSON.readTree(points.resolve("metrics.json").toFile()).get("evaluations");
        assertEquals(training.get(training.size() - 1).get("metrics"), saved.get("metrics"));
        assertEquals(400, saved.get("samples").asInt());
        assertTrue(cli.out().contains("modes-covered"), cli.out());
        assertEquals(2, gan("eval", points.toString(), "--samples", "0"));
        assertTrue(cli.err().contains("--samples 0 is out of range"), cli.err());
    }

    @Test
    void givenBadRunDirectoriesWhenSamplingOrEvaluatingThenExitCode3NamesTheProblem() throws Exception {
        assertEquals(3, gan("sample", temp.resolve("nothing").toString()));
        assertTrue(cli.err().contains("does not exist"), cli.err());
        assertEquals(3, gan("eval", points.toString(), "--checkpoint", "45"));
        assertTrue(cli.err().contains("no checkpoint of step 45") && cli.err().contains("[0, 30, 60]"), cli.err());
        assertEquals(3, gan("export", image.toString(), "--checkpoint", "best", "--out", temp.resolve("e").toString()));
        assertTrue(cli.err().contains("no best checkpoint was marked"), cli.err());

        Path otherModel = copy(points, temp.resolve("other-model"));
        Path configFile = otherModel.resolve("config.json");
        Files.writeString(configFile, Files.readString(configFile).replace("\"width\" : 128", "\"width\" : 64"));
        assertEquals(3, gan("sample", otherModel.toString(), "--out", temp.resolve("o").toString()));
        assertTrue(cli.err().contains("was written by a different model"), cli.err());

        Path otherModality = copy(points, temp.resolve("other-modality"));
        try (Stream<Path> files = Files.list(otherModality.resolve("checkpoints"))) {
            for (Path checkpoint : files.toList()) {
                deleteTree(checkpoint);
            }
        }
        copy(image.resolve("checkpoints").resolve("step-00000004"), otherModality.resolve("checkpoints").resolve("step-00000004"));
        assertEquals(3, gan("eval", otherModality.toString()));
        assertTrue(cli.err().contains("modality 'image'") && cli.err().contains("names modality 'points'"),
                cli.err());
    }

    @Test
    void givenConditionalImageRunWhenSamplingOneClassThenOneGridRowPerSampleOfThatClass() throws Exception {
        Path dir = temp.resolve("image-samples");
        assertEquals(0, gan("sample", image.toString(), "--n", "6", "--condition", "1", "--out", dir.toString()), cli.err());
        BufferedImage grid = ImageIO.read(dir.resolve("sample-0000.png").toFile());
        int tile = 28 + ImageGridWriter.BORDER;
        assertEquals(6 * tile + ImageGridWriter.BORDER, grid.getWidth(), "six samples of class 1 share a row");
        assertEquals(2 * tile + ImageGridWriter.BORDER, grid.getHeight(), "rows for classes 0 and 1");

        assertEquals(2, gan("sample", image.toString(), "--condition", "2", "--out", temp.resolve("x").toString()));
        assertTrue(cli.err().contains("--condition 2 is not a class label of this run: allowed 0 to 1"), cli.err());
        assertEquals(2, gan("sample", image.toString(), "--condition", "one", "--out", temp.resolve("y").toString()));
        assertEquals(2, gan("sample", image.toString(), "--condition", "1,,0", "--out", temp.resolve("z").toString()));
        assertTrue(cli.err().startsWith("gan: --condition 1,,0: item 2 is empty; give labels separated by single commas"),
                cli.err());
        assertTrue(Files.notExists(temp.resolve("z")));
    }

    @Test
    void givenExportedImageGeneratorWhenPredictingWithPlainDjlThenOutputEqualsTheTrainersGenerator() throws Exception {
        Path export = temp.resolve("image-export");
        assertEquals(0, gan("export", image.toString(), "--out", export.toString(), "--checkpoint", "2"), cli.err());
        assertTrue(Files.isRegularFile(export.resolve("generator-0000.params")), "DJL parameter file");
        assertEquals(2, gan("export", image.toString(), "--out", export.toString()));
        assertTrue(cli.err().contains("already holds files; choose another --out"), cli.err());

        Path fresh = temp.resolve("image-export-last");
        assertEquals(0, gan("export", image.toString(), "--out", fresh.toString()), cli.err());
        float[] z = new float[8];
        for (int i = 0; i < z.length; i++) {
            z[i] = (float) Math.sin(i + 1.0);
        }
        float[] expected;
        try (TrainingJob job = TrainingJob.open(image, "last", ModalityRegistry.load(), cache, line -> {});
                NDManager scope = NDManager.newBaseManager()) {
            NDArray noise = scope.create(new float[][] {z});
            NDArray label = scope.create(new long[] {1}).toType(DataType.INT64, false);
            expected = job.trainer().averageGenerator()
                    .forward(new ParameterStore(scope, false), new NDList(noise, label), false).head().toFloatArray();
        }
        GeneratorCard card = GeneratorCard.read(fresh);
        assertEquals(4, card.step());
        try (Model model = GeneratorModels.load(fresh);
                Predictor<GeneratorInput, float[]> floats = model.newPredictor(new GeneratorTranslator<>(card, SampleDecoder.floats()));
                Predictor<GeneratorInput, Image> images = model.newPredictor(new GeneratorTranslator<>(card, ImageSamples.decoder()))) {
            assertArrayEquals(expected, floats.predict(GeneratorInput.of(z, 1)), 1e-5f);
            Image picture = images.predict(GeneratorInput.of(z, 1));
            assertEquals(28, picture.getWidth());
            BufferedImage pixels = (BufferedImage) picture.getWrappedImage();
            assertEquals(ImageGridWriter.level(expected[28 * 5 + 7]), pixels.getRGB(7, 5) & 0xFF);
        }
    }

    private static Path copy(Path from, Path to) throws Exception {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path p : paths.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                }
            }
        }
        return to;
    }

    private static void deleteTree(Path dir) throws Exception {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
