package org.gan4j.audio;

import java.util.List;
import org.gan4j.audio.data.AudioDataProvider;
import org.gan4j.audio.eval.AudioEvaluatorFactory;
import org.gan4j.audio.model.AudioGanArchitecture;
import org.gan4j.audio.samples.AudioSampleWriter;
import org.gan4j.core.spi.Architecture;
import org.gan4j.core.spi.DataSourceProvider;
import org.gan4j.core.spi.EvaluatorFactory;
import org.gan4j.core.spi.Modality;
import org.gan4j.core.spi.Preset;
import org.gan4j.core.spi.SampleWriter;

/**
 * The audio modality: the espeak-ng spoken-digits corpus and WAV folders; WaveGAN and SpecGAN-lite
 * (unconditional or class-conditional); WAV files and spectrogram sheets as samples; a self-trained
 * log-mel CNN evaluator for IS, FID, KID, precision/recall and class metrics.
 */
public final class AudioModality implements Modality {

    @Override
    public String name() {
        return "audio";
    }

    @Override
    public String description() {
        return "audio clips of 1.024 s (spoken digits made with espeak-ng, folders of WAV files)";
    }

    @Override
    public String sampleType() {
        return "waveform (1, L) or log-magnitude spectrogram (1, L/128, 128) in [-1, 1], L = 4096/8192/16384";
    }

    @Override
    public List<DataSourceProvider> dataSources() {
        return List.copyOf(AudioDataProvider.all());
    }

    @Override
    public List<Architecture> architectures() {
        return AudioGanArchitecture.all();
    }

    @Override
    public SampleWriter sampleWriter() {
        return new AudioSampleWriter();
    }

    @Override
    public EvaluatorFactory evaluatorFactory() {
        return new AudioEvaluatorFactory();
    }

    @Override
    public List<Preset> presets() {
        return List.of(
                Preset.fromResource(AudioModality.class, "digits-wavegan", "WaveGAN on spoken digits (8 kHz)"),
                Preset.fromResource(AudioModality.class, "digits-wavegan-gp",
                        "WaveGAN on spoken digits with the original WGAN-GP recipe (λ 10, 5 critic steps, Adam 1e-4 β 0.5/0.9)"),
                Preset.fromResource(AudioModality.class, "digits-specgan", "SpecGAN-lite on spoken digits (8 kHz)"),
                Preset.fromResource(AudioModality.class, "digits-cwavegan",
                        "class-conditional WaveGAN on spoken digits (projection D)"));
    }
}
