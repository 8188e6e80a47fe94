package org.gan4j.examples.points;

import java.util.ArrayList;
import java.util.List;

/**
 * Where the components of an equal-weight mixture of isotropic 2-D Gaussians sit, and how wide
 * they are.
 *
 * @param modes the component means
 * @param std the standard deviation of every component along each axis
 */
public record MixtureLayout(List<Mode> modes, double std) {

    /**
     * A component mean.
     *
     * @param x the first coordinate
     * @param y the second coordinate
     */
    public record Mode(double x, double y) {}

    /** Copies the modes and validates the layout. */
    public MixtureLayout {
        modes = List.copyOf(modes);
        if (modes.isEmpty()) {
            throw new IllegalArgumentException("a mixture needs at least one mode");
        }
        if (!(std > 0 && Double.isFinite(std))) {
            throw new IllegalArgumentException("mixture std = " + std + " must be a finite number > 0");
        }
    }

    /**
     * Modes equally spaced on a circle, the first on the positive x axis.
     *
     * @param count the number of modes
     * @param radius the circle's radius
     * @param std the components' standard deviation
     * @return the layout
     */
    public static MixtureLayout ring(int count, double radius, double std) {
        List<Mode> modes = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            double angle = 2 * Math.PI * i / count;
            modes.add(new Mode(radius * Math.cos(angle), radius * Math.sin(angle)));
        }
        return new MixtureLayout(modes, std);
    }

    /**
     * Modes on every point of a square grid.
     *
     * @param coordinates the coordinates used along both axes
     * @param std the components' standard deviation
     * @return the layout
     */
    public static MixtureLayout grid(double[] coordinates, double std) {
        List<Mode> modes = new ArrayList<>(coordinates.length * coordinates.length);
        for (double x : coordinates) {
            for (double y : coordinates) {
                modes.add(new Mode(x, y));
            }
        }
        return new MixtureLayout(modes, std);
    }

    /**
     * Finds the mode nearest to a point.
     *
     * @param x the point's first coordinate
     * @param y the point's second coordinate
     * @return the index of the nearest mode
     */
    public int nearest(double x, double y) {
        int best = 0;
        double bestDistance = Double.POSITIVE_INFINITY;
        for (int i = 0; i < modes.size(); i++) {
            double d = squaredDistance(i, x, y);
            if (d < bestDistance) {
                bestDistance = d;
                best = i;
            }
        }
        return best;
    }

    /**
     * @param mode a mode index
     * @param x a point's first coordinate
     * @param y a point's second coordinate
     * @return the squared distance from the mode to the point
     */
    public double squaredDistance(int mode, double x, double y) {
        Mode m = modes.get(mode);
        double dx = x - m.x();
        double dy = y - m.y();
        return dx * dx + dy * dy;
    }

    /** @return the largest absolute coordinate of any mode */
    public double extent() {
        return modes.stream().mapToDouble(m -> Math.max(Math.abs(m.x()), Math.abs(m.y()))).max().orElse(0);
    }
}
