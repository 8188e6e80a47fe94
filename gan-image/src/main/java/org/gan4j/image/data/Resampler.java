package org.gan4j.image.data;

/**
 * Resizes images with a separable triangle (bilinear) filter whose support widens with the
 * downscaling factor, so that shrinking averages every source pixel instead of skipping some.
 */
final class Resampler {

    private Resampler() {}

    /**
     * @param picture the image
     * @param size the new height and width
     * @return the image resized to size × size (the aspect ratio is not kept)
     */
    static Picture resize(Picture picture, int size) {
        int c = picture.channels();
        int h = picture.height();
        int w = picture.width();
        Filter horizontal = new Filter(w, size);
        Filter vertical = new Filter(h, size);
        float[] rows = new float[c * h * size];
        for (int plane = 0; plane < c * h; plane++) {
            horizontal.apply(picture.values(), plane * w, 1, rows, plane * size, 1);
        }
        float[] out = new float[c * size * size];
        for (int channel = 0; channel < c; channel++) {
            for (int x = 0; x < size; x++) {
                vertical.apply(rows, channel * h * size + x, size, out, channel * size * size + x, size);
            }
        }
        return new Picture(picture.file(), c, size, size, out);
    }

    /** Weights mapping a line of {@code in} samples to {@code out} samples. */
    private static final class Filter {

        private final int[] first;
        private final float[][] weights;

        Filter(int in, int out) {
            double scale = (double) in / out;
            double support = Math.max(scale, 1);
            first = new int[out];
            weights = new float[out][];
            for (int o = 0; o < out; o++) {
                double centre = (o + 0.5) * scale;
                int lo = Math.max(0, (int) Math.floor(centre - support));
                int hi = Math.min(in, (int) Math.ceil(centre + support));
                float[] w = new float[hi - lo];
                double sum = 0;
                for (int k = lo; k < hi; k++) {
                    double weight = Math.max(0, 1 - Math.abs((k + 0.5 - centre) / support));
                    w[k - lo] = (float) weight;
                    sum += weight;
                }
                for (int k = 0; k < w.length; k++) {
                    w[k] /= (float) sum;
                }
                first[o] = lo;
                weights[o] = w;
            }
        }

        void apply(float[] src, int srcStart, int srcStride, float[] dst, int dstStart, int dstStride) {
            for (int o = 0; o < first.length; o++) {
                float[] w = weights[o];
                int s = srcStart + first[o] * srcStride;
                float acc = 0;
                for (int k = 0; k < w.length; k++) {
                    acc += w[k] * src[s + k * srcStride];
                }
                dst[dstStart + o * dstStride] = acc;
            }
        }
    }
}
