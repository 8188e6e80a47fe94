package org.gan4j.examples.points;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.gan4j.core.app.config.ConfigLoader;
import org.gan4j.core.app.config.RunConfig;
import org.gan4j.core.model.ConditionSpec;
import org.gan4j.core.model.LatentPrior;
import org.gan4j.core.spi.DataRequest;
import org.gan4j.core.spi.Modality;
import org.gan4j.core.spi.ModalityRegistry;
import org.gan4j.core.spi.ModelRequest;
import org.gan4j.core.spi.Preset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PointsModalityTest {

    @TempDir
    Path temp;

    @Test
    void givenClassPathWhenLoadingModalitiesThenPointsIsRegisteredWithItsComponents() {
        Modality points = ModalityRegistry.load().modality("points");

        assertEquals(List.of("ring8", "grid25"), points.dataSources().stream().map(d -> d.name()).toList());
        assertEquals("mlp", points.architecture("mlp").name());
    }

    @Test
    void givenEachPresetWhenResolvedOverDefaultsThenItNamesThePointsComponentsAndBestMetric() throws Exception {
        ModalityRegistry registry = ModalityRegistry.load();
        for (String name : List.of("points-ring", "points-grid")) {
            Preset preset = registry.preset(name);
            RunConfig config = ConfigLoader.withDefaults().mergeYaml(preset.yaml(), name).resolve();

            Modality modality = registry.modality(config.modality());
            assertEquals("points", modality.name());
            assertEquals(name, config.preset());
            assertEquals(ModeEvaluator.MODES_COVERED, config.checkpoint().bestMetric());
            modality.dataSource(config.data().name()).open(new DataRequest(
                    config.data().options("data"), DataRequest.Split.TRAIN, 1, temp));
            modality.architecture(config.architecture().name()).build(new ModelRequest(
                    new Shape(2), ConditionSpec.NONE,
                    LatentPrior.of(config.latent().prior(), config.latent().dim()),
                    config.architecture().options("architecture")));
        }
    }

    @Test
    void givenSamplesWhenWritingThenCsvHasOneLinePerPointAndPngIsAScatterPlot() throws Exception {
        try (NDManager manager = NDManager.newBaseManager()) {
            NDArray samples = manager.create(new float[] {2, 0, 0, 2, -1.5f, 0.25f}, new Shape(3, 2));

            List<Path> files = new PointsWriter(MixtureLayout.ring(8, 2, 0.02)).write(samples, null, temp, "step-000100");

            assertEquals(List.of(temp.resolve("step-000100.csv"), temp.resolve("step-000100.png")), files);
            List<String> lines = Files.readAllLines(files.get(0));
            assertEquals(List.of("x,y", "2.000000,0.000000", "0.000000,2.000000", "-1.500000,0.250000"), lines);
            BufferedImage image = ImageIO.read(files.get(1).toFile());
            assertEquals(PointsWriter.SIZE, image.getWidth());
            assertEquals(PointsWriter.SIZE, image.getHeight());
            assertTrue(image.getRGB(0, 0) == 0xFFFFFFFF, "background is white");
        }
    }
}
