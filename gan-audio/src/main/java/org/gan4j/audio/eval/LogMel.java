package org.gan4j.audio.eval;

import ai.djl.ndarray.types.Shape;
import org.gan4j.audio.data.ClipFormat;
import org.gan4j.audio.signal.MelFilterbank;
import org.gan4j.audio.signal.Stft;

/**
 * The classifier's view of a clip: {@value #BANDS} log-mel bands × {@value #FRAMES} frames, from an
 * STFT whose window is 1/32 and hop 1/64 of the clip (32 ms and 16 ms whatever the rate), the last
 * frame dropped. Not thread-safe.
 */
final class LogMel {

    /** Mel bands. */
    static final int BANDS = 40;

    /** Frames. */
    static final int FRAMES = 64;

    private final int window;
    private final MelFilterbank filterbank;

    /** @param window the clip length, one of {@link ClipFormat#WINDOWS} */
    LogMel(int window) {
        this.window = window;
        ClipFormat format = new ClipFormat(window, ClipFormat.Representation.WAVEFORM);
        this.filterbank = new MelFilterbank(new Stft(window / 32, window / 64), format.sampleRate(), BANDS);
    }

    /** @return (1, bands, frames) */
    static Shape shape() {
        return new Shape(1, BANDS, FRAMES);
    }

    /**
     * @param clip {@code window} samples
     * @param out receives BANDS × FRAMES values at {@code offset}, row-major
     * @param offset where to write
     */
    void compute(float[] clip, float[] out, int offset) {
        if (clip.length != window) {
            throw new IllegalArgumentException("expected " + window + " samples, got " + clip.length);
        }
        float[][] mel = filterbank.logMel(clip);
        for (int b = 0; b < BANDS; b++) {
            System.arraycopy(mel[b], 0, out, offset + b * FRAMES, FRAMES);
        }
    }
}
