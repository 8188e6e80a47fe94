package org.gan4j.audio.signal;

/**
 * A complex short-time spectrum: {@code frames × bins} values, bins 0 … fftSize/2.
 *
 * @param re real parts, [frame][bin]
 * @param im imaginary parts, [frame][bin]
 */
public record Spectrum(float[][] re, float[][] im) {

    /** @return the number of frames */
    public int frames() {
        return re.length;
    }

    /** @return the number of frequency bins */
    public int bins() {
        return re.length == 0 ? 0 : re[0].length;
    }

    /** @return the magnitudes, [frame][bin] */
    public float[][] magnitudes() {
        float[][] out = new float[frames()][bins()];
        for (int t = 0; t < frames(); t++) {
            for (int f = 0; f < bins(); f++) {
                out[t][f] = (float) Math.hypot(re[t][f], im[t][f]);
            }
        }
        return out;
    }
}
