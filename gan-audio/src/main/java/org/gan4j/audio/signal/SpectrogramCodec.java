package org.gan4j.audio.signal;

/**
 * SpecGAN's representation of a clip of {@code length = bins · frames} samples: the STFT with a
 * Hann window of {@code 2·bins} and a hop of {@code bins}, the Nyquist bin and the last frame
 * dropped, so a clip becomes exactly {@code bins × frames} values (16384 samples → 128 × 128 as in
 * Donahue et al.; 8192 → 64 × 128). Each magnitude becomes decibels relative to a full-scale sine,
 * clipped to the {@value #RANGE_DB} dB below it and mapped linearly to [−{@value #PEAK}, {@value
 * #PEAK}]: a fixed normalisation that needs no data statistics and inverts exactly. The silence
 * floor (two thirds of a spoken digit's spectrogram) thus lies inside the range of a tanh output
 * rather than at its asymptote, where a generator could never reach it. {@link #decode} inverts the map
 * and recovers phases with {@link GriffinLim}.
 */
public final class SpectrogramCodec {

    /** The dynamic range kept, in dB. */
    public static final double RANGE_DB = 80;

    /** The largest absolute value of an encoded spectrogram. */
    public static final double PEAK = 0.9;

    private final int bins;
    private final int frames;
    private final Stft stft;
    private final double topDb;
    private final GriffinLim griffinLim;

    /**
     * @param bins frequency rows (a power of two)
     * @param frames time columns
     * @param iterations Griffin-Lim iterations for {@link #decode}
     */
    public SpectrogramCodec(int bins, int frames, int iterations) {
        this.bins = bins;
        this.frames = frames;
        this.stft = new Stft(2 * bins, bins);
        this.topDb = 20 * Math.log10(bins / 2.0);
        this.griffinLim = new GriffinLim(stft, iterations, 0.99);
    }

    /** @return the clip length this codec maps, bins · frames */
    public int length() {
        return bins * frames;
    }

    /**
     * @param signal {@link #length()} samples
     * @return the normalised log-magnitude, [bin][frame] in [−PEAK, PEAK]
     */
    public float[][] encode(float[] signal) {
        if (signal.length != length()) {
            throw new IllegalArgumentException("expected " + length() + " samples, got " + signal.length);
        }
        float[][] magnitudes = stft.forward(signal).magnitudes();
        float[][] out = new float[bins][frames];
        for (int f = 0; f < bins; f++) {
            for (int t = 0; t < frames; t++) {
                double db = 20 * Math.log10(Math.max(magnitudes[t][f], 1e-12)) - topDb;
                out[f][t] = (float) (PEAK * Math.max(-1, Math.min(1, 1 + 2 * db / RANGE_DB)));
            }
        }
        return out;
    }

    /**
     * @param image [bin][frame] values in [−PEAK, PEAK] (values outside are clipped)
     * @param seed seeds Griffin-Lim's initial phases
     * @return a waveform of {@link #length()} samples
     */
    public float[] decode(float[][] image, long seed) {
        float[][] magnitudes = new float[frames + 1][bins + 1];
        for (int f = 0; f < bins; f++) {
            for (int t = 0; t < frames; t++) {
                double v = Math.max(-1, Math.min(1, image[f][t] / PEAK));
                magnitudes[t][f] = v <= -1 ? 0f : (float) Math.pow(10, ((v - 1) * RANGE_DB / 2 + topDb) / 20);
            }
        }
        return griffinLim.reconstruct(magnitudes, length(), seed);
    }
}
