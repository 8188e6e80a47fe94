package org.gan4j.audio.signal;

import java.util.SplittableRandom;

/**
 * Phase reconstruction from a magnitude spectrogram: the fast Griffin-Lim algorithm (Perraudin,
 * Balazs and Søndergaard 2013), alternating projections with momentum, from seeded random phases.
 */
public final class GriffinLim {

    private final Stft stft;
    private final int iterations;
    private final double momentum;

    /**
     * @param stft the transform the magnitudes came from
     * @param iterations how many projections (e.g. 32–100)
     * @param momentum the acceleration, 0 for the classic algorithm, 0.99 recommended
     */
    public GriffinLim(Stft stft, int iterations, double momentum) {
        if (iterations < 1 || momentum < 0 || momentum >= 1) {
            throw new IllegalArgumentException("need iterations ≥ 1 and momentum in [0, 1), got " + iterations
                    + ", " + momentum);
        }
        this.stft = stft;
        this.iterations = iterations;
        this.momentum = momentum;
    }

    /**
     * @param magnitudes target magnitudes, [frame][bin]
     * @param length the signal length wanted
     * @param seed seeds the initial phases
     * @return a signal whose STFT magnitudes approximate the target
     */
    public float[] reconstruct(float[][] magnitudes, int length, long seed) {
        int frames = magnitudes.length;
        int bins = stft.bins();
        SplittableRandom random = new SplittableRandom(seed);
        float[][] re = new float[frames][bins];
        float[][] im = new float[frames][bins];
        for (int t = 0; t < frames; t++) {
            for (int f = 0; f < bins; f++) {
                double angle = 2 * Math.PI * random.nextDouble();
                re[t][f] = (float) (magnitudes[t][f] * Math.cos(angle));
                im[t][f] = (float) (magnitudes[t][f] * Math.sin(angle));
            }
        }
        float[][] previousRe = new float[frames][bins];
        float[][] previousIm = new float[frames][bins];
        Spectrum estimate = new Spectrum(re, im);
        for (int i = 0; i < iterations; i++) {
            Spectrum projected = stft.forward(stft.inverse(estimate, length));
            for (int t = 0; t < frames; t++) {
                for (int f = 0; f < bins; f++) {
                    float pr = projected.re()[t][f];
                    float pi = projected.im()[t][f];
                    float ar = (float) (pr + momentum * (pr - previousRe[t][f]));
                    float ai = (float) (pi + momentum * (pi - previousIm[t][f]));
                    previousRe[t][f] = pr;
                    previousIm[t][f] = pi;
                    double norm = Math.hypot(ar, ai);
                    if (norm > 1e-12) {
                        re[t][f] = (float) (magnitudes[t][f] * ar / norm);
                        im[t][f] = (float) (magnitudes[t][f] * ai / norm);
                    } else {
                        re[t][f] = magnitudes[t][f];
                        im[t][f] = 0;
                    }
                }
            }
        }
        return stft.inverse(estimate, length);
    }
}
