package org.gan4j.audio.data;

import org.gan4j.audio.signal.AudioFormatException;

/**
 * Fits a clip into the fixed window every sample has: silence below {@value #TRIM_DBFS} dBFS is
 * trimmed from both ends and what is left is centred in the window, zero-padded. A clip whose
 * sound is longer than the window is refused (never cut), naming the file.
 */
public final class ClipWindow {

    /** The trimming threshold, in dB relative to full scale. */
    public static final double TRIM_DBFS = -45;

    private static final float THRESHOLD = (float) Math.pow(10, TRIM_DBFS / 20);

    private ClipWindow() {}

    /**
     * @param samples a clip
     * @return the part between the first and the last sample louder than {@value #TRIM_DBFS} dBFS;
     *     empty for a silent clip
     */
    public static float[] trim(float[] samples) {
        int first = 0;
        while (first < samples.length && Math.abs(samples[first]) < THRESHOLD) {
            first++;
        }
        int last = samples.length - 1;
        while (last >= first && Math.abs(samples[last]) < THRESHOLD) {
            last--;
        }
        return java.util.Arrays.copyOfRange(samples, first, last + 1);
    }

    /**
     * Trims a clip and centres it in the window.
     *
     * @param samples the clip at the window's sample rate
     * @param window the window length
     * @param name the file, for errors
     * @return {@code window} samples
     * @throws AudioFormatException if the clip is silent or its sound is longer than the window
     */
    public static float[] fit(float[] samples, int window, String name) throws AudioFormatException {
        float[] sound = trim(samples);
        if (sound.length == 0) {
            throw new AudioFormatException(name + " is silent (nothing above " + TRIM_DBFS + " dBFS); remove it");
        }
        if (sound.length > window) {
            throw new AudioFormatException(name + " holds " + sound.length + " samples of sound after trimming"
                    + " silence, more than the window of " + window + "; cut it to one word or use a longer window"
                    + " (data option window: 16384)");
        }
        float[] out = new float[window];
        System.arraycopy(sound, 0, out, (window - sound.length) / 2, sound.length);
        return out;
    }
}
