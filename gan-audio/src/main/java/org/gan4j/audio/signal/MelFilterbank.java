package org.gan4j.audio.signal;

/**
 * Triangular filters evenly spaced on the HTK mel scale ({@code 2595 log10(1 + f/700)}) from 0 Hz
 * to the Nyquist frequency, and the log-mel spectrogram {@code ln(1e-6 + Σ filter · |X|²)} built on
 * them.
 */
public final class MelFilterbank {

    private static final double FLOOR = 1e-6;

    private final Stft stft;
    private final float[][] filters;

    /**
     * @param stft the transform whose power spectra are filtered
     * @param sampleRate the signal's rate
     * @param bands the number of mel bands
     */
    public MelFilterbank(Stft stft, int sampleRate, int bands) {
        if (bands < 1 || bands >= stft.bins()) {
            throw new IllegalArgumentException("need 1 ≤ bands < " + stft.bins() + " FFT bins, got " + bands);
        }
        this.stft = stft;
        int bins = stft.bins();
        double top = mel(sampleRate / 2.0);
        double[] edges = new double[bands + 2];
        for (int i = 0; i < edges.length; i++) {
            edges[i] = hertz(top * i / (bands + 1));
        }
        filters = new float[bands][bins];
        for (int b = 0; b < bands; b++) {
            for (int f = 0; f < bins; f++) {
                double hz = f * (double) sampleRate / stft.fftSize();
                double rising = (hz - edges[b]) / (edges[b + 1] - edges[b]);
                double falling = (edges[b + 2] - hz) / (edges[b + 2] - edges[b + 1]);
                filters[b][f] = (float) Math.max(0, Math.min(rising, falling));
            }
        }
    }

    /** @return the number of bands */
    public int bands() {
        return filters.length;
    }

    /**
     * @param signal the samples
     * @return the log-mel spectrogram, [band][frame]
     */
    public float[][] logMel(float[] signal) {
        float[][] magnitudes = stft.forward(signal).magnitudes();
        int frames = magnitudes.length;
        float[][] out = new float[filters.length][frames];
        for (int t = 0; t < frames; t++) {
            for (int b = 0; b < filters.length; b++) {
                double energy = 0;
                float[] filter = filters[b];
                for (int f = 0; f < filter.length; f++) {
                    if (filter[f] != 0) {
                        energy += filter[f] * (double) magnitudes[t][f] * magnitudes[t][f];
                    }
                }
                out[b][t] = (float) Math.log(FLOOR + energy);
            }
        }
        return out;
    }

    /** @return the mel value of a frequency in Hz */
    static double mel(double hertz) {
        return 2595 * Math.log10(1 + hertz / 700);
    }

    /** @return the frequency in Hz of a mel value */
    static double hertz(double mel) {
        return 700 * (Math.pow(10, mel / 2595) - 1);
    }
}
