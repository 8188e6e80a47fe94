package org.gan4j.audio.samples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.gan4j.audio.data.ClipFormat;
import org.gan4j.audio.signal.WavFiles;
import org.gan4j.audio.signal.Waveform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AudioSampleWriterTest {

    @TempDir
    Path dir;

    private static float[] tones(int count, int window) {
        float[] out = new float[count * window];
        for (int i = 0; i < count; i++) {
            for (int n = 0; n < window; n++) {
                out[i * window + n] = (float) (0.5 * Math.sin(2 * Math.PI * 200 * (i + 1) * n / 4000.0));
            }
        }
        return out;
    }

    @Test
    void givenLabelledWaveformsWhenWrittenThenEachIsAWavFileAndTheSheetHasATilePerSample() throws IOException {
        try (NDManager manager = NDManager.newBaseManager()) {
            float[] values = tones(3, 4096);
            NDArray samples = manager.create(values, new Shape(3, 1, 4096));
            List<Path> files = new AudioSampleWriter().write(samples, manager.create(new long[] {0, 1, 2}), dir,
                    "step-000100");
            assertEquals(List.of(dir.resolve("step-000100-000-c0.wav"), dir.resolve("step-000100-001-c1.wav"),
                    dir.resolve("step-000100-002-c2.wav"), dir.resolve("step-000100.png")), files);
            Waveform second = WavFiles.read(files.get(1));
            assertEquals(4000, second.sampleRate());
            float[] expected = new float[4096];
            System.arraycopy(values, 4096, expected, 0, 4096);
            assertArrayEquals(expected, second.samples(), 1f / 32768);
            BufferedImage sheet = ImageIO.read(files.get(3).toFile());
            assertEquals(2 + 3 * (128 + 2), sheet.getWidth());
            assertEquals(2 + 32 + 2, sheet.getHeight());
        }
    }

    @Test
    void givenSpectrogramsWhenWrittenThenTheyAreInvertedToSoundOfTheRightLength() throws IOException {
        ClipFormat format = new ClipFormat(4096, ClipFormat.Representation.SPECTROGRAM);
        float[] image = format.encode(tones(1, 4096));
        try (NDManager manager = NDManager.newBaseManager()) {
            List<Path> files = new AudioSampleWriter().write(manager.create(image, new Shape(1, 1, 32, 128)), null,
                    dir, "s");
            Waveform sound = WavFiles.read(files.get(0));
            assertEquals(4096, sound.samples().length);
            double energy = 0;
            for (float v : sound.samples()) {
                energy += v * v;
            }
            double rms = Math.sqrt(energy / 4096);
            assertTrue(rms > 0.25 && rms < 0.45, "a 0.5-amplitude tone has rms 0.354, got " + rms);
        }
    }
}
