package org.gan4j.audio.data;

import ai.djl.ndarray.types.Shape;
import java.util.Arrays;
import java.util.List;
import org.gan4j.audio.signal.SpectrogramCodec;
import org.gan4j.core.options.ConfigException;

/**
 * How a clip is shown to a GAN. A clip always lasts 1.024 s, so the window sets the sample rate:
 * 16384 samples at 16 kHz, 8192 at 8 kHz, 4096 at 4 kHz. As a {@link Representation#WAVEFORM} a
 * sample is (1, window) in [-1, 1]; as a {@link Representation#SPECTROGRAM} it is SpecGAN's
 * normalised log-magnitude (1, window/128, 128) (see {@link SpectrogramCodec}).
 *
 * @param window the clip length in samples: 4096, 8192 or 16384
 * @param representation waveform or spectrogram
 */
public record ClipFormat(int window, Representation representation) {

    /** The supported windows. */
    public static final List<Integer> WINDOWS = List.of(4096, 8192, 16384);

    /** Spectrogram frames per clip. */
    public static final int FRAMES = 128;

    /** Griffin-Lim iterations used to turn spectrogram samples into sound. */
    public static final int GRIFFIN_LIM_ITERATIONS = 32;

    /** What a sample is. */
    public enum Representation {
        /** The samples themselves. */
        WAVEFORM,
        /** A normalised log-magnitude spectrogram. */
        SPECTROGRAM;

        /** @return the option value naming it */
        public String optionValue() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        /**
         * @param value {@code waveform} or {@code spectrogram}
         * @return the representation
         * @throws ConfigException naming the allowed values
         */
        public static Representation parse(String value) {
            return Arrays.stream(values()).filter(r -> r.optionValue().equals(value)).findFirst()
                    .orElseThrow(() -> new ConfigException("data.options.representation = '" + value
                            + "' is not one of [waveform, spectrogram]"));
        }
    }

    /** Checks the window. */
    public ClipFormat {
        if (!WINDOWS.contains(window)) {
            throw new ConfigException("data.options.window = " + window + " is not one of " + WINDOWS);
        }
    }

    /**
     * Recognises the format of a model's samples from their shape.
     *
     * @param sampleShape (1, window) or (1, bins, 128)
     * @return the format
     * @throws IllegalArgumentException for any other shape
     */
    public static ClipFormat of(Shape sampleShape) {
        if (sampleShape.dimension() == 2 && sampleShape.get(0) == 1 && WINDOWS.contains((int) sampleShape.get(1))) {
            return new ClipFormat((int) sampleShape.get(1), Representation.WAVEFORM);
        }
        if (sampleShape.dimension() == 3 && sampleShape.get(0) == 1 && sampleShape.get(2) == FRAMES
                && WINDOWS.contains((int) (sampleShape.get(1) * FRAMES))) {
            return new ClipFormat((int) (sampleShape.get(1) * FRAMES), Representation.SPECTROGRAM);
        }
        throw new IllegalArgumentException("audio samples are (1, L) waveforms with L in " + WINDOWS
                + " or (1, L/128, 128) spectrograms, not " + sampleShape);
    }

    /** @return samples per second, window · 1000 / 1024 */
    public int sampleRate() {
        return window * 1000 / 1024;
    }

    /** @return the spectrogram's frequency rows, window / 128 */
    public int bins() {
        return window / FRAMES;
    }

    /** @return the shape of one sample without the batch axis */
    public Shape sampleShape() {
        return representation == Representation.WAVEFORM ? new Shape(1, window) : new Shape(1, bins(), FRAMES);
    }

    /** @return the number of floats in one sample */
    public int sampleLength() {
        return window;
    }

    /** @return a codec for this format's spectrograms */
    public SpectrogramCodec codec() {
        return new SpectrogramCodec(bins(), FRAMES, GRIFFIN_LIM_ITERATIONS);
    }

    /**
     * @param clip {@link #window} samples
     * @return the sample values, row-major in {@link #sampleShape()}
     */
    public float[] encode(float[] clip) {
        return encode(clip, representation == Representation.SPECTROGRAM ? codec() : null);
    }

    /**
     * @param clip {@link #window} samples
     * @param codec the codec (spectrograms only; reuse one for many clips)
     * @return the sample values
     */
    public float[] encode(float[] clip, SpectrogramCodec codec) {
        if (representation == Representation.WAVEFORM) {
            return clip;
        }
        float[][] image = codec.encode(clip);
        float[] out = new float[window];
        for (int f = 0; f < image.length; f++) {
            System.arraycopy(image[f], 0, out, f * FRAMES, FRAMES);
        }
        return out;
    }

    /**
     * @param sample one sample's values, row-major in {@link #sampleShape()}
     * @param codec the codec (spectrograms only)
     * @param seed seeds Griffin-Lim (spectrograms only)
     * @return the waveform
     */
    public float[] toWaveform(float[] sample, SpectrogramCodec codec, long seed) {
        if (representation == Representation.WAVEFORM) {
            return sample;
        }
        float[][] image = new float[bins()][FRAMES];
        for (int f = 0; f < image.length; f++) {
            System.arraycopy(sample, f * FRAMES, image[f], 0, FRAMES);
        }
        return codec.decode(image, seed);
    }
}
