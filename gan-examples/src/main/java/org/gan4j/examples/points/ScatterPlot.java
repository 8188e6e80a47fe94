package org.gan4j.examples.points;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/**
 * Renders 2-D points as a square scatter plot: axes in grey, modes (when known) as red circles of
 * radius 3σ, points as small translucent blue dots. The view is centred on the origin and spans
 * the modes, or the points when no modes are given.
 */
final class ScatterPlot {

    private static final Color AXES = new Color(0xC8C8C8);
    private static final Color MODE = new Color(0xD62728);
    private static final Color POINT = new Color(31, 119, 180, 110);

    private ScatterPlot() {}

    /**
     * @param xy the points as x0, y0, x1, y1, ...
     * @param layout the modes to draw, or {@code null}
     * @param size the image's width and height in pixels
     * @return the image
     */
    static BufferedImage render(float[] xy, MixtureLayout layout, int size) {
        double half = halfExtent(xy, layout);
        double scale = size / (2 * half);
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, size, size);
            g.setColor(AXES);
            g.drawLine(0, size / 2, size, size / 2);
            g.drawLine(size / 2, 0, size / 2, size);
            g.setColor(POINT);
            for (int i = 0; i + 1 < xy.length; i += 2) {
                if (Float.isFinite(xy[i]) && Float.isFinite(xy[i + 1])) {
                    g.fillRect(px(xy[i], half, scale) - 1, py(xy[i + 1], half, scale) - 1, 3, 3);
                }
            }
            if (layout != null) {
                g.setColor(MODE);
                g.setStroke(new BasicStroke(1.2f));
                int r = (int) Math.max(4, Math.round(ModeStats.HIGH_QUALITY_SIGMAS * layout.std() * scale));
                for (MixtureLayout.Mode m : layout.modes()) {
                    g.drawOval(px(m.x(), half, scale) - r, py(m.y(), half, scale) - r, 2 * r, 2 * r);
                }
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    private static double halfExtent(float[] xy, MixtureLayout layout) {
        double extent = 0;
        if (layout != null) {
            extent = layout.extent() + 6 * layout.std();
        } else {
            for (float v : xy) {
                if (Float.isFinite(v)) {
                    extent = Math.max(extent, Math.abs(v));
                }
            }
        }
        return Math.max(1, 1.15 * extent);
    }

    private static int px(double x, double half, double scale) {
        return (int) Math.round((x + half) * scale);
    }

    private static int py(double y, double half, double scale) {
        return (int) Math.round((half - y) * scale);
    }
}
