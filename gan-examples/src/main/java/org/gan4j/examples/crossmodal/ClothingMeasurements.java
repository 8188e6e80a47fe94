package org.gan4j.examples.crossmodal;

/**
 * Raw measurements of a clothing image in [-1, 1] (intensity {@code (x + 1) / 2}; the garment is
 * every pixel brighter than {@value #GARMENT}): its brightness (the garment's mean intensity), its
 * texture (the mean absolute intensity step between neighbouring garment pixels, across and down:
 * plain cloth is smooth, a print or a knit is not) and its width (the garment's bounding-box width).
 *
 * @param brightness mean intensity over the garment, in [0, 1]
 * @param texture mean |step| between horizontally or vertically adjacent garment pixels
 * @param width the bounding-box width in pixels
 */
record ClothingMeasurements(double brightness, double texture, double width) {

    /** The intensity above which a pixel belongs to the garment (Fashion-MNIST's background is 0). */
    static final double GARMENT = 0.1;

    /**
     * @param image H × W floats in [-1, 1], row-major
     * @param height the image height
     * @param width the image width
     * @return the measurements; all 0 for an empty image
     */
    static ClothingMeasurements of(float[] image, int height, int width) {
        double sum = 0;
        int pixels = 0;
        double steps = 0;
        int pairs = 0;
        int left = width;
        int right = -1;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                double v = intensity(image, y * width + x);
                if (v <= GARMENT) {
                    continue;
                }
                sum += v;
                pixels++;
                left = Math.min(left, x);
                right = Math.max(right, x);
                if (x + 1 < width && intensity(image, y * width + x + 1) > GARMENT) {
                    steps += Math.abs(intensity(image, y * width + x + 1) - v);
                    pairs++;
                }
                if (y + 1 < height && intensity(image, (y + 1) * width + x) > GARMENT) {
                    steps += Math.abs(intensity(image, (y + 1) * width + x) - v);
                    pairs++;
                }
            }
        }
        if (pixels == 0) {
            return new ClothingMeasurements(0, 0, 0);
        }
        return new ClothingMeasurements(sum / pixels, pairs == 0 ? 0 : steps / pairs, right - left + 1);
    }

    private static double intensity(float[] image, int index) {
        return (image[index] + 1) / 2.0;
    }
}
