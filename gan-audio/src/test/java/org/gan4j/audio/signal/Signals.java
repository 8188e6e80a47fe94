package org.gan4j.audio.signal;

/** Synthetic test signals. */
final class Signals {

    private Signals() {}

    /** A sine of {@code hertz} at {@code rate}, amplitude 0.5. */
    static float[] sine(double hertz, int rate, int length) {
        float[] out = new float[length];
        for (int n = 0; n < length; n++) {
            out[n] = (float) (0.5 * Math.sin(2 * Math.PI * hertz * n / rate));
        }
        return out;
    }

    /** A linear chirp from {@code f0} to {@code f1} Hz over the clip, amplitude 0.5. */
    static float[] chirp(double f0, double f1, int rate, int length) {
        float[] out = new float[length];
        double seconds = length / (double) rate;
        for (int n = 0; n < length; n++) {
            double t = n / (double) rate;
            out[n] = (float) (0.5 * Math.sin(2 * Math.PI * (f0 * t + (f1 - f0) * t * t / (2 * seconds))));
        }
        return out;
    }

    /** ‖|STFT(x)| − target‖ / ‖target‖, Griffin-Lim's usual error measure. */
    static double spectralConvergence(Stft stft, float[] signal, float[][] target) {
        float[][] actual = stft.forward(signal).magnitudes();
        double error = 0;
        double norm = 0;
        for (int t = 0; t < target.length; t++) {
            for (int f = 0; f < target[t].length; f++) {
                double d = actual[t][f] - target[t][f];
                error += d * d;
                norm += target[t][f] * (double) target[t][f];
            }
        }
        return Math.sqrt(error / norm);
    }
}
