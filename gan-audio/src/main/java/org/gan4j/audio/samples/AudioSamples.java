package org.gan4j.audio.samples;

import org.gan4j.audio.data.ClipFormat;
import org.gan4j.core.export.SampleDecoder;

/** Decodes an exported audio generator's samples to waveforms. */
public final class AudioSamples {

    private AudioSamples() {}

    /**
     * @return a decoder to the waveform's samples in [-1, 1] at the format's sample rate ({@code
     *     window · 1000 / 1024} Hz): waveform samples as they are, spectrograms turned into sound with
     *     Griffin-Lim (seed 0), as the sample writer does
     */
    public static SampleDecoder<float[]> waveform() {
        return sample -> {
            ClipFormat format = ClipFormat.of(sample.getShape());
            return format.toWaveform(sample.toFloatArray(), format.codec(), 0);
        };
    }
}
