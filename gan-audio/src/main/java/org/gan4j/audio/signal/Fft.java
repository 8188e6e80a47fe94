package org.gan4j.audio.signal;

/** An in-place iterative radix-2 complex FFT of a fixed power-of-two size, with its twiddles precomputed. */
public final class Fft {

    private final int size;
    private final double[] cos;
    private final double[] sin;
    private final int[] reversed;

    /** @param size a power of two, at least 2 */
    public Fft(int size) {
        if (size < 2 || Integer.bitCount(size) != 1) {
            throw new IllegalArgumentException("FFT size must be a power of two ≥ 2, got " + size);
        }
        this.size = size;
        cos = new double[size / 2];
        sin = new double[size / 2];
        for (int i = 0; i < size / 2; i++) {
            cos[i] = Math.cos(2 * Math.PI * i / size);
            sin[i] = Math.sin(2 * Math.PI * i / size);
        }
        reversed = new int[size];
        int bits = Integer.numberOfTrailingZeros(size);
        for (int i = 0; i < size; i++) {
            reversed[i] = Integer.reverse(i) >>> (32 - bits);
        }
    }

    /** @return the transform size */
    public int size() {
        return size;
    }

    /**
     * The forward transform {@code X[k] = Σ x[n] e^{-2πikn/N}}, in place.
     *
     * @param re real parts
     * @param im imaginary parts
     */
    public void forward(double[] re, double[] im) {
        transform(re, im, -1);
    }

    /**
     * The inverse transform {@code x[n] = (1/N) Σ X[k] e^{2πikn/N}}, in place.
     *
     * @param re real parts
     * @param im imaginary parts
     */
    public void inverse(double[] re, double[] im) {
        transform(re, im, 1);
        for (int i = 0; i < size; i++) {
            re[i] /= size;
            im[i] /= size;
        }
    }

    private void transform(double[] re, double[] im, int sign) {
        for (int i = 0; i < size; i++) {
            int j = reversed[i];
            if (j > i) {
                double t = re[i];
                re[i] = re[j];
                re[j] = t;
                t = im[i];
                im[i] = im[j];
                im[j] = t;
            }
        }
        for (int length = 2; length <= size; length <<= 1) {
            int halfLength = length / 2;
            int step = size / length;
            for (int start = 0; start < size; start += length) {
                for (int k = 0; k < halfLength; k++) {
                    double wr = cos[k * step];
                    double wi = sign * sin[k * step];
                    int a = start + k;
                    int b = a + halfLength;
                    double xr = re[b] * wr - im[b] * wi;
                    double xi = re[b] * wi + im[b] * wr;
                    re[b] = re[a] - xr;
                    im[b] = im[a] - xi;
                    re[a] += xr;
                    im[a] += xi;
                }
            }
        }
    }
}
