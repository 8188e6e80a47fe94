package org.gan4j.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.gan4j.core.app.config.ConfigLoader;
import org.gan4j.core.app.config.RunConfig;
import org.gan4j.core.spi.Modality;
import org.gan4j.core.spi.ModalityRegistry;
import org.gan4j.core.spi.Preset;
import org.junit.jupiter.api.Test;

class ImageModalityTest {

    @Test
    void givenClassPathWhenLoadingModalitiesThenImageIsFoundWithItsSourcesAndArchitectures() {
        Modality image = ModalityRegistry.load().modality("image");
        assertEquals(List.of("mnist", "fashion-mnist", "image-folder"),
                image.dataSources().stream().map(d -> d.name()).toList());
        assertEquals(List.of("dcgan", "sn-dcgan"), image.architectures().stream().map(a -> a.name()).toList());
    }

    @Test
    void givenEachPresetWhenResolvedThenItIsAValidImageConfiguration() {
        for (Preset preset : new ImageModality().presets()) {
            RunConfig config = ConfigLoader.withDefaults().mergeYaml(preset.yaml(), preset.name()).resolve();
            assertEquals("image", config.modality(), preset.name());
            new ImageModality().dataSource(config.data().name());
            new ImageModality().architecture(config.architecture().name());
        }
        RunConfig cgan = ConfigLoader.withDefaults()
                .mergeYaml(ModalityRegistry.load().preset("mnist-cgan").yaml(), "mnist-cgan").resolve();
        assertTrue(cgan.data().options("data").getBoolean("conditional", false), "mnist-cgan trains on labels");
    }
}
