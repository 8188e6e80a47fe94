package org.gan4j.audio.signal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.UnsupportedAudioFileException;
import org.gan4j.core.checkpoint.AtomicFiles;

/**
 * Reads and writes WAV files through {@code javax.sound.sampled}.
 *
 * <p>Reading accepts integer PCM of 8, 16, 24 or 32 bits, signed or unsigned, either byte order,
 * any number of channels and any sample rate. Conversions, all documented in docs/AUDIO.md: several
 * channels are averaged to mono; 8-bit (unsigned, as WAV stores it) and 24/32-bit samples are
 * scaled to [-1, 1) like 16-bit ones ({@code s / 2^(bits-1)}); the rate is kept (callers resample
 * with {@link Waveform#at}). Anything else (not a WAV, µ-law, float, empty) is refused with an
 * {@link AudioFormatException} naming the file. Writing produces 16-bit signed little-endian mono
 * PCM, clipping to [-1, 1]; a 16-bit mono file read and written again is bit-identical.
 */
public final class WavFiles {

    private static final float SCALE_16 = 32768f;

    private WavFiles() {}

    /**
     * Reads a WAV file as mono.
     *
     * @param file the file
     * @return its samples at the file's own rate
     * @throws AudioFormatException if the file is not a PCM WAV this class can read
     * @throws IOException if it cannot be read
     */
    public static Waveform read(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        return read(bytes, file.toString());
    }

    /**
     * Reads WAV bytes as mono, e.g. a subprocess's output.
     *
     * @param bytes the WAV file's bytes
     * @param name what to call them in errors (a file name or a command)
     * @return the samples at the file's own rate
     * @throws AudioFormatException if the bytes are not a PCM WAV this class can read
     */
    public static Waveform read(byte[] bytes, String name) throws AudioFormatException {
        if (bytes.length < 12 || !new String(bytes, 0, 4, java.nio.charset.StandardCharsets.US_ASCII).equals("RIFF")
                || !new String(bytes, 8, 4, java.nio.charset.StandardCharsets.US_ASCII).equals("WAVE")) {
            throw new AudioFormatException(name + " is not a WAV file (no RIFF/WAVE header); convert it to 16-bit"
                    + " PCM WAV first, e.g. with `sox IN -b 16 OUT.wav`");
        }
        String unsupported = WavHeader.parse(bytes, name).unsupported(name);
        if (!unsupported.isEmpty()) {
            throw new AudioFormatException(unsupported);
        }
        try (AudioInputStream in = AudioSystem.getAudioInputStream(new ByteArrayInputStream(bytes))) {
            AudioFormat format = in.getFormat();
            AudioFormat.Encoding encoding = format.getEncoding();
            int bits = format.getSampleSizeInBits();
            boolean signed = AudioFormat.Encoding.PCM_SIGNED.equals(encoding);
            if (!signed && !AudioFormat.Encoding.PCM_UNSIGNED.equals(encoding)
                    || bits != 8 && bits != 16 && bits != 24 && bits != 32) {
                throw new AudioFormatException(name + " holds " + encoding + " audio of " + bits + " bits; expected"
                        + " integer PCM of 8, 16, 24 or 32 bits; convert it, e.g. `sox IN -b 16 -e signed OUT.wav`");
            }
            int channels = format.getChannels();
            int frameBytes = format.getFrameSize();
            byte[] data = readAll(in);
            int frames = data.length / frameBytes;
            if (frames == 0) {
                throw new AudioFormatException(name + " holds no audio samples");
            }
            float[] out = new float[frames];
            int bytesPerSample = bits / 8;
            float scale = (float) Math.pow(2, bits - 1);
            boolean bigEndian = format.isBigEndian();
            for (int f = 0; f < frames; f++) {
                float sum = 0;
                for (int c = 0; c < channels; c++) {
                    int offset = f * frameBytes + c * bytesPerSample;
                    long value = 0;
                    for (int b = 0; b < bytesPerSample; b++) {
                        int index = bigEndian ? offset + b : offset + bytesPerSample - 1 - b;
                        value = (value << 8) | (data[index] & 0xFF);
                    }
                    if (signed) {
                        value = (value << (64 - bits)) >> (64 - bits);
                    } else {
                        value -= 1L << (bits - 1);
                    }
                    sum += value / scale;
                }
                out[f] = sum / channels;
            }
            return new Waveform(out, Math.round(format.getSampleRate()));
        } catch (UnsupportedAudioFileException e) {
            throw new AudioFormatException(name + " is not a WAV file Java can decode (" + e.getMessage()
                    + "); convert it to 16-bit PCM WAV, e.g. `sox IN -b 16 OUT.wav`", e);
        } catch (IOException e) {
            throw new AudioFormatException(name + " is a damaged WAV file: " + e.getMessage(), e);
        }
    }

    /**
     * Writes 16-bit PCM mono, atomically.
     *
     * @param file the target
     * @param waveform the audio; samples outside [-1, 1] are clipped
     * @throws IOException if writing fails
     */
    public static void write(Path file, Waveform waveform) throws IOException {
        AtomicFiles.write(file, toBytes(waveform));
    }

    /**
     * Encodes a WAV file in memory: 16-bit signed little-endian PCM mono.
     *
     * @param waveform the audio; samples outside [-1, 1] are clipped
     * @return the file's bytes
     */
    public static byte[] toBytes(Waveform waveform) {
        float[] samples = waveform.samples();
        byte[] pcm = new byte[samples.length * 2];
        for (int i = 0; i < samples.length; i++) {
            int value = Math.round(samples[i] * SCALE_16);
            value = Math.max(-32768, Math.min(32767, value));
            pcm[2 * i] = (byte) value;
            pcm[2 * i + 1] = (byte) (value >> 8);
        }
        AudioFormat format = new AudioFormat(waveform.sampleRate(), 16, 1, true, false);
        ByteArrayOutputStream out = new ByteArrayOutputStream(pcm.length + 44);
        try (AudioInputStream in = new AudioInputStream(new ByteArrayInputStream(pcm), format, samples.length)) {
            AudioSystem.write(in, AudioFileFormat.Type.WAVE, out);
        } catch (IOException e) {
            throw new IllegalStateException("encoding WAV in memory failed", e);
        }
        return out.toByteArray();
    }

    private static byte[] readAll(InputStream in) throws IOException {
        return in.readAllBytes();
    }
}
