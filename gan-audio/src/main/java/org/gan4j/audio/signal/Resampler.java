package org.gan4j.audio.signal;

/**
 * Band-limited resampling by a Hann-windowed sinc kernel of 16 zero crossings per side, with its
 * cut-off at the lower of the two Nyquist frequencies (so downsampling filters out what the new
 * rate cannot hold). For a rational ratio {@code L/M} the kernel is tabulated once per phase.
 */
public final class Resampler {

    private static final int ZERO_CROSSINGS = 16;
    private static final int MAX_TABLE_PHASES = 4096;

    private Resampler() {}

    /**
     * @param input samples at {@code fromRate}
     * @param fromRate the input's rate
     * @param toRate the wanted rate
     * @return {@code floor(n · toRate / fromRate)} samples at {@code toRate}
     */
    public static float[] resample(float[] input, int fromRate, int toRate) {
        if (fromRate <= 0 || toRate <= 0) {
            throw new IllegalArgumentException("sample rates must be positive, got " + fromRate + " → " + toRate);
        }
        if (fromRate == toRate) {
            return input.clone();
        }
        int g = gcd(fromRate, toRate);
        int up = toRate / g;
        int down = fromRate / g;
        double cutoff = Math.min(1.0, (double) toRate / fromRate);
        int half = (int) Math.ceil(ZERO_CROSSINGS / cutoff);
        int outLength = (int) ((long) input.length * toRate / fromRate);
        float[][] table = up <= MAX_TABLE_PHASES ? new float[up][] : null;
        float[] output = new float[outLength];
        for (int n = 0; n < outLength; n++) {
            long position = (long) n * down;
            long base = position / up;
            int phase = (int) (position % up);
            float[] weights;
            if (table != null) {
                if (table[phase] == null) {
                    table[phase] = weights(phase / (double) up, half, cutoff);
                }
                weights = table[phase];
            } else {
                weights = weights(phase / (double) up, half, cutoff);
            }
            double sum = 0;
            long first = base - half + 1;
            for (int j = 0; j < weights.length; j++) {
                long k = first + j;
                if (k >= 0 && k < input.length) {
                    sum += weights[j] * input[(int) k];
                }
            }
            output[n] = (float) sum;
        }
        return output;
    }

    /** Kernel taps for input samples {@code base-half+1 … base+half} at fractional offset {@code frac}. */
    private static float[] weights(double frac, int half, double cutoff) {
        float[] w = new float[2 * half];
        for (int j = 0; j < w.length; j++) {
            double d = frac + half - 1 - j;
            double u = d / half;
            if (Math.abs(u) >= 1) {
                continue;
            }
            double x = Math.PI * cutoff * d;
            double sinc = x == 0 ? 1 : Math.sin(x) / x;
            w[j] = (float) (cutoff * sinc * 0.5 * (1 + Math.cos(Math.PI * u)));
        }
        return w;
    }

    private static int gcd(int a, int b) {
        return b == 0 ? a : gcd(b, a % b);
    }
}
