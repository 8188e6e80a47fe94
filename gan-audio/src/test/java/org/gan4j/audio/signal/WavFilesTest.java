package org.gan4j.audio.signal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** WAV reading and writing: PCM round trips, and refusals that say what is wrong and how to fix it. */
class WavFilesTest {

    @TempDir
    Path dir;

    @Test
    void givenRandom16BitPcmWhenReadAndWrittenThenBytesAreIdentical() throws IOException {
        byte[] pcm = new byte[2 * 1000];
        new Random(3).nextBytes(pcm);
        pcm[0] = 0;
        pcm[1] = (byte) 0x80; // -32768
        pcm[2] = (byte) 0xFF;
        pcm[3] = 0x7F; // 32767
        byte[] original = wav(new AudioFormat(16000, 16, 1, true, false), pcm);
        Path file = dir.resolve("a.wav");
        Files.write(file, original);

        Waveform read = WavFiles.read(file);
        Path copy = dir.resolve("b.wav");
        WavFiles.write(copy, read);

        assertEquals(16000, read.sampleRate());
        assertEquals(1000, read.samples().length);
        assertEquals(-1f, read.samples()[0]);
        assertEquals(32767 / 32768f, read.samples()[1]);
        assertArrayEquals(original, Files.readAllBytes(copy));
    }

    @Test
    void givenStereoWhenReadThenChannelsAreAveraged() throws IOException {
        // frames: (1000, 3000), (-2000, 0)
        byte[] pcm = {(byte) 0xE8, 0x03, (byte) 0xB8, 0x0B, 0x30, (byte) 0xF8, 0, 0};
        Waveform read = WavFiles.read(wav(new AudioFormat(8000, 16, 2, true, false), pcm), "stereo.wav");
        assertArrayEquals(new float[] {2000 / 32768f, -1000 / 32768f}, read.samples());
    }

    @Test
    void given8BitUnsignedWhenReadThenScaledAroundMidpoint() throws IOException {
        byte[] pcm = {(byte) 128, (byte) 255, 0, (byte) 192};
        Waveform read = WavFiles.read(wav(new AudioFormat(11025, 8, 1, false, false), pcm), "eight.wav");
        assertArrayEquals(new float[] {0f, 127 / 128f, -1f, 0.5f}, read.samples());
        assertEquals(11025, read.sampleRate());
    }

    @Test
    void givenTextFileWhenReadThenRefusedNamingTheFile() throws IOException {
        Path file = dir.resolve("notes.wav");
        Files.writeString(file, "this is not audio at all");
        AudioFormatException e = assertThrows(AudioFormatException.class, () -> WavFiles.read(file));
        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
        assertTrue(e.getMessage().contains("not a WAV"), e.getMessage());
    }

    @Test
    void givenWavWithoutSamplesWhenReadThenRefused() throws IOException {
        byte[] empty = wav(new AudioFormat(16000, 16, 1, true, false), new byte[0]);
        AudioFormatException e = assertThrows(AudioFormatException.class, () -> WavFiles.read(empty, "empty.wav"));
        assertTrue(e.getMessage().contains("empty.wav holds no audio"), e.getMessage());
    }

    @Test
    void givenSamplesBeyondFullScaleWhenWrittenThenClipped() throws IOException {
        Waveform loud = new Waveform(new float[] {1.5f, -2f, 0.25f}, 16000);
        Waveform read = WavFiles.read(WavFiles.toBytes(loud), "loud");
        assertArrayEquals(new float[] {32767 / 32768f, -1f, 0.25f}, read.samples());
    }

    @Test
    void givenA32BitFloatWavWhenReadThenTheErrorSaysFloatAndHowToConvert() throws IOException {
        byte[] wav = wav(new AudioFormat(16000, 16, 1, true, false), new byte[8]);
        ByteBuffer.wrap(wav).order(ByteOrder.LITTLE_ENDIAN).putShort(20, (short) 3).putShort(34, (short) 32);
        AudioFormatException e = assertThrows(AudioFormatException.class, () -> WavFiles.read(wav, "float.wav"));
        assertTrue(e.getMessage().startsWith("float.wav holds 32-bit float samples"), e.getMessage());
        assertTrue(e.getMessage().contains("sox IN -b 16 -e signed-integer OUT.wav"), e.getMessage());
    }

    @Test
    void givenAWavCutShortWhenReadThenRefusedAsTruncatedWithBothSizes() throws IOException {
        byte[] whole = wav(new AudioFormat(16000, 16, 1, true, false), new byte[2000]);
        byte[] cut = Arrays.copyOf(whole, whole.length - 500);
        AudioFormatException e = assertThrows(AudioFormatException.class, () -> WavFiles.read(cut, "cut.wav"));
        assertEquals("cut.wav is truncated: its header promises 2000 bytes of audio but the file holds 1500;"
                + " export or copy it again", e.getMessage());
        byte[] headerOnly = Arrays.copyOf(whole, 30);
        e = assertThrows(AudioFormatException.class, () -> WavFiles.read(headerOnly, "head.wav"));
        assertTrue(e.getMessage().startsWith("head.wav is truncated or damaged: it ends before its fmt chunk"),
                e.getMessage());
    }

    @Test
    void givenAStreamedWavWithUnknownLengthWhenReadThenAllItsSamplesAreRead() throws IOException {
        byte[] wav = wav(new AudioFormat(22050, 16, 1, true, false), new byte[] {0, 0x40, 0, (byte) 0xC0});
        ByteBuffer.wrap(wav).order(ByteOrder.LITTLE_ENDIAN).putInt(4, 0x7FFFF024).putInt(40, 0x7FFFF000);
        assertArrayEquals(new float[] {0.5f, -0.5f}, WavFiles.read(wav, "espeak-ng --stdout").samples());
    }

    private static byte[] wav(AudioFormat format, byte[] pcm) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (AudioInputStream in = new AudioInputStream(new ByteArrayInputStream(pcm), format,
                pcm.length / format.getFrameSize())) {
            AudioSystem.write(in, AudioFileFormat.Type.WAVE, out);
        }
        return out.toByteArray();
    }
}
