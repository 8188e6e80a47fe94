package org.gan4j.examples.crossmodal;

/**
 * Raw shape measurements of a digit image in [-1, 1] (ink is the intensity {@code (x + 1) / 2}):
 * stroke thickness (ink per inked row), glyph width (inked columns of the bounding box) and slant
 * ({@code −cov(x, y) / var(y)} of the ink, y downwards, so a digit leaning right is positive).
 *
 * @param thickness total ink over the bounding-box height
 * @param width the bounding-box width in pixels
 * @param slant the ink's horizontal drift per row upwards
 */
public record DigitMeasurements(double thickness, double width, double slant) {

    private static final double INKED = 0.5;

    /**
     * @param image H × W floats in [-1, 1], row-major
     * @param height the image height
     * @param width the image width
     * @return the measurements; all 0 for an empty image
     */
    public static DigitMeasurements of(float[] image, int height, int width) {
        double ink = 0;
        double sumX = 0;
        double sumY = 0;
        int top = height;
        int bottom = -1;
        int left = width;
        int right = -1;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                double v = (image[y * width + x] + 1) / 2;
                ink += v;
                sumX += v * x;
                sumY += v * y;
                if (v > INKED) {
                    top = Math.min(top, y);
                    bottom = Math.max(bottom, y);
                    left = Math.min(left, x);
                    right = Math.max(right, x);
                }
            }
        }
        if (bottom < 0 || ink <= 0) {
            return new DigitMeasurements(0, 0, 0);
        }
        double meanX = sumX / ink;
        double meanY = sumY / ink;
        double covariance = 0;
        double varianceY = 0;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                double v = (image[y * width + x] + 1) / 2;
                covariance += v * (x - meanX) * (y - meanY);
                varianceY += v * (y - meanY) * (y - meanY);
            }
        }
        double slant = varianceY > 0 ? -covariance / varianceY : 0;
        return new DigitMeasurements(ink / (bottom - top + 1), right - left + 1, slant);
    }
}
