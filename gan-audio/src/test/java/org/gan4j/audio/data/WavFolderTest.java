package org.gan4j.audio.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.gan4j.audio.signal.AudioFormatException;
import org.gan4j.audio.signal.WavFiles;
import org.gan4j.audio.signal.Waveform;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WavFolderTest {

    @TempDir
    Path dir;

    @Test
    void givenClassFoldersWhenLoadedThenClipsAreResampledTrimmedAndCentred() throws IOException {
        write("b-high", "x.wav", burst(200, 2000, 8000));
        write("a-low", "y.wav", burst(100, 300, 16000));
        Files.writeString(dir.resolve("a-low").resolve("readme.txt"), "ignored");

        AudioClips clips = WavFolder.load(dir, 4096, 4000);

        assertEquals(List.of("a-low", "b-high"), clips.classes());
        assertEquals(2, clips.size());
        assertEquals(0, clips.label(0));
        // 300 loud samples at 16 kHz are 75 at 4 kHz, centred in 4096 (give or take the filter's ring)
        int[] span = loudSpan(clips.clip(0));
        assertEquals((4096 - 75) / 2, span[0], 3);
        assertEquals((4096 + 75) / 2, span[1], 3);
        // 2000 samples at 8 kHz become 1000
        span = loudSpan(clips.clip(1));
        assertEquals(1000, span[1] - span[0], 6);
    }

    @Test
    void givenClipLongerThanWindowWhenLoadedThenRefusedNamingTheFile() throws IOException {
        Path file = write("seven", "long.wav", burst(0, 5000, 4000));
        AudioFormatException e = assertThrows(AudioFormatException.class, () -> WavFolder.load(dir, 4096, 4000));
        assertTrue(e.getMessage().contains(file.toString()) && e.getMessage().contains("window"), e.getMessage());
    }

    @Test
    void givenEmptyFoldersWhenLoadedThenRefusedWithTheFix() throws IOException {
        IOException none = assertThrows(IOException.class, () -> WavFolder.load(dir, 4096, 4000));
        assertTrue(none.getMessage().contains("no class sub-folders"), none.getMessage());
        Files.createDirectories(dir.resolve("three"));
        IOException empty = assertThrows(IOException.class, () -> WavFolder.load(dir, 4096, 4000));
        assertTrue(empty.getMessage().contains(dir.resolve("three") + " holds no .wav files"), empty.getMessage());
    }

    @Test
    void givenNonWavWithWavNameWhenLoadedThenRefusedNamingTheFile() throws IOException {
        Files.createDirectories(dir.resolve("one"));
        Path fake = dir.resolve("one").resolve("fake.wav");
        Files.writeString(fake, "ID3 mp3 pretending");
        AudioFormatException e = assertThrows(AudioFormatException.class, () -> WavFolder.load(dir, 4096, 4000));
        assertTrue(e.getMessage().startsWith(fake.toString()), e.getMessage());
    }

    @Test
    void givenClipsWhenSplitThenEveryClassKeepsTrainAndHeldOutClipsDeterministically() {
        float[] samples = new float[20 * 4096];
        int[] labels = new int[20];
        for (int i = 0; i < 20; i++) {
            labels[i] = i % 2;
            samples[i * 4096] = i;
        }
        AudioClips clips = new AudioClips(samples, labels, List.of("a", "b"), 4096, 4000);
        AudioClips[] split = clips.split(0.2, 5);
        assertEquals(16, split[0].size());
        assertEquals(4, split[1].size());
        assertEquals(2, java.util.Arrays.stream(split[1].labels()).filter(l -> l == 0).count());
        assertEquals(java.util.Arrays.toString(split[1].samples()), java.util.Arrays.toString(clips.split(0.2, 5)[1].samples()));
    }

    private Path write(String label, String name, Waveform waveform) throws IOException {
        Path file = dir.resolve(label).resolve(name);
        Files.createDirectories(file.getParent());
        WavFiles.write(file, waveform);
        return file;
    }

    /** Silence, then {@code loud} samples of a 0.5-amplitude square wave, then silence, at {@code rate}. */
    static Waveform burst(int offset, int loud, int rate) {
        float[] x = new float[offset + loud + 300];
        for (int i = 0; i < loud; i++) {
            x[offset + i] = (i / 40) % 2 == 0 ? 0.5f : -0.5f;
        }
        return new Waveform(x, rate);
    }

    private static int[] loudSpan(float[] clip) {
        int first = -1;
        int last = -1;
        for (int i = 0; i < clip.length; i++) {
            if (Math.abs(clip[i]) > 0.05) {
                if (first < 0) {
                    first = i;
                }
                last = i;
            }
        }
        return new int[] {first, last + 1};
    }
}
