package org.gan4j.examples.points;

import java.util.Locale;

/**
 * Mode coverage of a set of 2-D points against a {@link MixtureLayout}. A point is high-quality
 * when it lies within {@value #HIGH_QUALITY_SIGMAS} standard deviations of its nearest mode; a mode
 * is covered when at least one high-quality point is nearest to it. Real data scores about 98.9%
 * high-quality (the mass of a 2-D Gaussian within 3σ is 1 - e<sup>-4.5</sup>).
 *
 * @param modesCovered the number of covered modes
 * @param modes the number of modes in the layout
 * @param highQualityPercent the percentage of high-quality points, in [0, 100]
 * @param samples the number of points measured
 */
public record ModeStats(int modesCovered, int modes, double highQualityPercent, int samples) {

    /** The radius, in standard deviations, within which a point counts as high-quality. */
    public static final double HIGH_QUALITY_SIGMAS = 3;

    /**
     * Measures points against a layout. Non-finite points count as low quality.
     *
     * @param xy the points as x0, y0, x1, y1, ...
     * @param layout the modes
     * @return the statistics
     */
    public static ModeStats measure(float[] xy, MixtureLayout layout) {
        if (xy.length % 2 != 0) {
            throw new IllegalArgumentException("expected (x, y) pairs but got " + xy.length + " floats");
        }
        int count = xy.length / 2;
        double limit = HIGH_QUALITY_SIGMAS * layout.std();
        boolean[] covered = new boolean[layout.modes().size()];
        int highQuality = 0;
        for (int i = 0; i < count; i++) {
            double x = xy[2 * i];
            double y = xy[2 * i + 1];
            int mode = layout.nearest(x, y);
            if (layout.squaredDistance(mode, x, y) <= limit * limit) {
                highQuality++;
                covered[mode] = true;
            }
        }
        int modesCovered = 0;
        for (boolean c : covered) {
            modesCovered += c ? 1 : 0;
        }
        double percent = count == 0 ? 0 : 100.0 * highQuality / count;
        return new ModeStats(modesCovered, covered.length, percent, count);
    }

    /** @return e.g. {@code "8 modes, 99.7%"} */
    public String summary() {
        return String.format(Locale.ROOT, "%d modes, %.1f%%", modesCovered, highQualityPercent);
    }
}
