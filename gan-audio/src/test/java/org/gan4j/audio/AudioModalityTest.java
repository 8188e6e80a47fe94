package org.gan4j.audio;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.gan4j.audio.data.AudioDataProvider;
import org.gan4j.audio.data.ClipFormat;
import org.gan4j.core.app.config.ConfigLoader;
import org.gan4j.core.app.config.RunConfig;
import org.gan4j.core.model.ConditionSpec;
import org.gan4j.core.model.LatentPrior;
import org.gan4j.core.spi.Modality;
import org.gan4j.core.spi.ModalityRegistry;
import org.gan4j.core.spi.ModelRequest;
import org.gan4j.core.spi.Preset;
import org.junit.jupiter.api.Test;

class AudioModalityTest {

    @Test
    void givenClassPathWhenLoadingModalitiesThenAudioIsFoundWithItsSourcesAndArchitectures() {
        Modality audio = ModalityRegistry.load().modality("audio");
        assertEquals(List.of("spoken-digits", "wav-folder"), audio.dataSources().stream().map(d -> d.name()).toList());
        assertEquals(List.of("wavegan", "specgan"), audio.architectures().stream().map(a -> a.name()).toList());
        assertEquals(List.of("digits-wavegan", "digits-wavegan-gp", "digits-specgan", "digits-cwavegan"),
                audio.presets().stream().map(Preset::name).toList());
    }

    @Test
    void givenEachPresetWhenResolvedThenItsDataAndArchitectureBuildTogether() {
        AudioModality audio = new AudioModality();
        for (Preset preset : audio.presets()) {
            RunConfig config = ConfigLoader.withDefaults().mergeYaml(preset.yaml(), preset.name()).resolve();
            assertEquals("audio", config.modality(), preset.name());
            audio.dataSource(config.data().name());
            ClipFormat format = AudioDataProvider.format(config.data().options("data"));
            boolean conditional = config.data().options("data").getBoolean("conditional", false);
            audio.architecture(config.architecture().name()).build(new ModelRequest(format.sampleShape(),
                    conditional ? ConditionSpec.classLabel(10) : ConditionSpec.NONE,
                    LatentPrior.of(config.latent().prior(), config.latent().dim()),
                    config.architecture().options("architecture")));
            assertEquals(preset.name().equals("digits-cwavegan"), conditional, preset.name());
        }
    }
}
