package org.gan4j.audio.samples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import org.gan4j.audio.data.ClipFormat;
import org.junit.jupiter.api.Test;

/** Audio samples decode to waveforms: waveforms as they are, spectrograms through Griffin-Lim. */
class AudioSamplesTest {

    @Test
    void givenWaveformSampleWhenDecodedThenTheSamplesAreTheValues() {
        float[] wave = new float[4096];
        for (int i = 0; i < wave.length; i++) {
            wave[i] = (float) Math.sin(2 * Math.PI * 440 * i / 4000.0) * 0.5f;
        }
        try (NDManager manager = NDManager.newBaseManager()) {
            assertArrayEquals(wave, AudioSamples.waveform().decode(manager.create(wave, new Shape(1, 4096))));
        }
    }

    @Test
    void givenSpectrogramSampleWhenDecodedThenAWaveformOfTheWindowComesBack() {
        float[] wave = new float[4096];
        for (int i = 0; i < wave.length; i++) {
            wave[i] = (float) Math.sin(2 * Math.PI * 500 * i / 4000.0) * 0.5f;
        }
        ClipFormat format = new ClipFormat(4096, ClipFormat.Representation.SPECTROGRAM);
        try (NDManager manager = NDManager.newBaseManager()) {
            float[] decoded = AudioSamples.waveform().decode(manager.create(format.encode(wave), format.sampleShape()));
            assertEquals(4096, decoded.length);
            assertArrayEquals(format.toWaveform(format.encode(wave), format.codec(), 0), decoded, "as the sample writer does");
            double energy = 0;
            for (float v : decoded) {
                energy += v * v;
            }
            assertTrue(Math.sqrt(energy / decoded.length) > 0.05, "a tone comes back, not silence");
        }
    }
}
