package org.gan4j.audio.signal;

/**
 * The short-time Fourier transform with a periodic Hann window, frames centred on multiples of the
 * hop (the signal is zero-padded by half a window on both sides), as librosa's {@code
 * stft(center=True, pad_mode='constant')}. {@link #inverse} is the least-squares overlap-add inverse,
 * exact wherever the squared windows overlap (any hop up to half the window).
 */
public final class Stft {

    private final int fftSize;
    private final int hop;
    private final double[] window;
    private final Fft fft;

    /**
     * @param fftSize the window and transform length, a power of two
     * @param hop the distance between frames, in [1, fftSize]
     */
    public Stft(int fftSize, int hop) {
        if (hop < 1 || hop > fftSize) {
            throw new IllegalArgumentException("hop must be in [1, " + fftSize + "], got " + hop);
        }
        this.fft = new Fft(fftSize);
        this.fftSize = fftSize;
        this.hop = hop;
        window = new double[fftSize];
        for (int i = 0; i < fftSize; i++) {
            window[i] = 0.5 - 0.5 * Math.cos(2 * Math.PI * i / fftSize);
        }
    }

    /** @return the window length */
    public int fftSize() {
        return fftSize;
    }

    /** @return the frame step */
    public int hop() {
        return hop;
    }

    /** @return the number of bins per frame, fftSize/2 + 1 */
    public int bins() {
        return fftSize / 2 + 1;
    }

    /**
     * @param length a signal length
     * @return the number of frames {@link #forward} makes of it, {@code 1 + length / hop}
     */
    public int frames(int length) {
        return 1 + length / hop;
    }

    /**
     * @param signal the samples
     * @return its spectrum, {@link #frames} × {@link #bins}
     */
    public Spectrum forward(float[] signal) {
        int frames = frames(signal.length);
        int bins = bins();
        float[][] re = new float[frames][bins];
        float[][] im = new float[frames][bins];
        double[] bufferRe = new double[fftSize];
        double[] bufferIm = new double[fftSize];
        for (int t = 0; t < frames; t++) {
            int start = t * hop - fftSize / 2;
            for (int i = 0; i < fftSize; i++) {
                int n = start + i;
                bufferRe[i] = n >= 0 && n < signal.length ? signal[n] * window[i] : 0;
                bufferIm[i] = 0;
            }
            fft.forward(bufferRe, bufferIm);
            for (int f = 0; f < bins; f++) {
                re[t][f] = (float) bufferRe[f];
                im[t][f] = (float) bufferIm[f];
            }
        }
        return new Spectrum(re, im);
    }

    /**
     * Overlap-adds the windowed inverse transforms of the frames and divides by the summed squared
     * window.
     *
     * @param spectrum frames of {@link #bins} bins
     * @param length the signal length wanted
     * @return the signal
     */
    public float[] inverse(Spectrum spectrum, int length) {
        if (spectrum.frames() > 0 && spectrum.bins() != bins()) {
            throw new IllegalArgumentException("spectrum has " + spectrum.bins() + " bins, this STFT " + bins());
        }
        double[] sum = new double[length];
        double[] norm = new double[length];
        double[] bufferRe = new double[fftSize];
        double[] bufferIm = new double[fftSize];
        for (int t = 0; t < spectrum.frames(); t++) {
            float[] re = spectrum.re()[t];
            float[] im = spectrum.im()[t];
            for (int f = 0; f < fftSize; f++) {
                if (f <= fftSize / 2) {
                    bufferRe[f] = re[f];
                    bufferIm[f] = im[f];
                } else {
                    bufferRe[f] = re[fftSize - f];
                    bufferIm[f] = -im[fftSize - f];
                }
            }
            fft.inverse(bufferRe, bufferIm);
            int start = t * hop - fftSize / 2;
            for (int i = 0; i < fftSize; i++) {
                int n = start + i;
                if (n >= 0 && n < length) {
                    sum[n] += bufferRe[i] * window[i];
                    norm[n] += window[i] * window[i];
                }
            }
        }
        float[] out = new float[length];
        for (int n = 0; n < length; n++) {
            out[n] = norm[n] > 1e-8 ? (float) (sum[n] / norm[n]) : 0f;
        }
        return out;
    }
}
