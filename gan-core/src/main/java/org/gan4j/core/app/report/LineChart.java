package org.gan4j.core.app.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Draws line charts as inline SVG: one {@code <path class="series">} per series over shared linear
 * axes, with tick labels, a legend, and a marker with a tooltip on every point when there are few.
 * Non-finite values are skipped (a gap in the line).
 */
public final class LineChart {

    /** The chart's width in SVG pixels. */
    public static final int WIDTH = 640;
    /** The chart's height in SVG pixels. */
    public static final int HEIGHT = 240;
    /** Space for the y tick labels. */
    static final int LEFT = 64;
    static final int RIGHT = 12;
    /** Space for the title and legend. */
    static final int TOP = 28;
    /** Space for the x tick labels. */
    static final int BOTTOM = 32;
    /** Series with at most this many points get a marker per point. */
    static final int MARKER_LIMIT = 60;
    private static final int TICKS = 5;
    private static final String[] COLORS = {"#1f77b4", "#d62728", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b"};

    private LineChart() {}

    /**
     * One line: x and y values of equal length.
     *
     * @param name the legend label
     * @param x the x values (training steps)
     * @param y the y values
     */
    public record Series(String name, double[] x, double[] y) {
        /** @throws IllegalArgumentException if the lengths differ */
        public Series {
            if (x.length != y.length) {
                throw new IllegalArgumentException("series '" + name + "' has " + x.length + " x values but " + y.length + " y values");
            }
        }
    }

    /**
     * A linear map from data values [min, max] onto pixels [from, to] ({@code to < from} flips it,
     * as for a y axis).
     *
     * @param min the data value drawn at {@code from}
     * @param max the data value drawn at {@code to}
     * @param from the pixel of {@code min}
     * @param to the pixel of {@code max}
     */
    public record Axis(double min, double max, double from, double to) {

        /**
         * An axis spanning the finite values given; a single value v gets [v - 1, v + 1] when v = 0,
         * else v ± 10%; no finite value gives [0, 1].
         *
         * @param values the values to span
         * @param from the pixel of the smallest value
         * @param to the pixel of the largest value
         * @return the axis
         */
        public static Axis spanning(List<double[]> values, double from, double to) {
            double lo = Double.POSITIVE_INFINITY;
            double hi = Double.NEGATIVE_INFINITY;
            for (double[] vs : values) {
                for (double v : vs) {
                    if (Double.isFinite(v)) {
                        lo = Math.min(lo, v);
                        hi = Math.max(hi, v);
                    }
                }
            }
            if (lo > hi) {
                return new Axis(0, 1, from, to);
            }
            if (lo == hi) {
                double pad = lo == 0 ? 1 : Math.abs(lo) * 0.1;
                return new Axis(lo - pad, hi + pad, from, to);
            }
            return new Axis(lo, hi, from, to);
        }

        /**
         * @param value a data value
         * @return its pixel coordinate
         */
        public double map(double value) {
            return from + (value - min) / (max - min) * (to - from);
        }

        /** @return up to about five round values within [min, max] for tick marks */
        public List<Double> ticks() {
            double step = tickStep();
            List<Double> ticks = new ArrayList<>();
            for (double t = Math.ceil(min / step) * step; t <= max + step * 1e-9; t += step) {
                ticks.add(Math.abs(t) < step * 1e-9 ? 0.0 : t);
            }
            return ticks;
        }

        /**
         * @param tick one of {@link #ticks()}
         * @return the tick with as many decimals as the tick spacing needs, so neighbouring ticks
         *     never read the same
         */
        public String tickLabel(double tick) {
            int decimals = Math.max(0, (int) Math.ceil(-Math.log10(tickStep()) - 1e-9));
            return BigDecimal.valueOf(tick).setScale(decimals, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
        }

        private double tickStep() {
            return niceStep((max - min) / TICKS);
        }

        private static double niceStep(double raw) {
            double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
            double fraction = raw / magnitude;
            double nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10;
            return nice * magnitude;
        }
    }

    /**
     * Renders a chart.
     *
     * @param title the chart's title (escaped)
     * @param series the lines, drawn in order with a fixed palette
     * @return an {@code <svg>} element
     */
    public static String render(String title, List<Series> series) {
        Axis x = Axis.spanning(series.stream().map(Series::x).toList(), LEFT, WIDTH - RIGHT);
        Axis y = Axis.spanning(series.stream().map(Series::y).toList(), HEIGHT - BOTTOM, TOP);
        StringBuilder svg = new StringBuilder();
        svg.append("<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(WIDTH).append(' ')
                .append(HEIGHT).append("\" role=\"img\" aria-label=\"").append(Html.escape(title)).append("\">");
        svg.append("<text class=\"title\" x=\"").append(LEFT).append("\" y=\"16\">").append(Html.escape(title)).append("</text>");
        axes(svg, x, y);
        for (int i = 0; i < series.size(); i++) {
            line(svg, series.get(i), x, y, COLORS[i % COLORS.length]);
            legend(svg, series.get(i).name(), i, COLORS[i % COLORS.length]);
        }
        return svg.append("</svg>").toString();
    }

    /**
     * The path data of one series: {@code M} at the first finite point and after every gap, {@code L}
     * between consecutive finite points, coordinates with one decimal.
     *
     * @param s the series
     * @param x the x axis
     * @param y the y axis
     * @return the value of the path's {@code d} attribute; empty if no point is finite
     */
    public static String pathData(Series s, Axis x, Axis y) {
        StringBuilder d = new StringBuilder();
        boolean pen = false;
        for (int i = 0; i < s.x().length; i++) {
            if (!Double.isFinite(s.x()[i]) || !Double.isFinite(s.y()[i])) {
                pen = false;
                continue;
            }
            d.append(d.length() == 0 ? "" : " ").append(pen ? 'L' : 'M')
                    .append(coordinate(x.map(s.x()[i]))).append(' ').append(coordinate(y.map(s.y()[i])));
            pen = true;
        }
        return d.toString();
    }

    private static void axes(StringBuilder svg, Axis x, Axis y) {
        svg.append("<g class=\"axes\">");
        svg.append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"none\" stroke=\"#999\"/>",
                LEFT, TOP, WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM));
        for (double t : y.ticks()) {
            String py = coordinate(y.map(t));
            svg.append("<line x1=\"").append(LEFT).append("\" x2=\"").append(WIDTH - RIGHT).append("\" y1=\"").append(py)
                    .append("\" y2=\"").append(py).append("\" stroke=\"#eee\"/>");
            svg.append("<text x=\"").append(LEFT - 4).append("\" y=\"").append(py)
                    .append("\" text-anchor=\"end\" dominant-baseline=\"middle\">").append(y.tickLabel(t)).append("</text>");
        }
        for (double t : x.ticks()) {
            String px = coordinate(x.map(t));
            svg.append("<text x=\"").append(px).append("\" y=\"").append(HEIGHT - BOTTOM + 16)
                    .append("\" text-anchor=\"middle\">").append(x.tickLabel(t)).append("</text>");
        }
        svg.append("<text x=\"").append(WIDTH - RIGHT).append("\" y=\"").append(HEIGHT - 2)
                .append("\" text-anchor=\"end\">step</text></g>");
    }

    private static void line(StringBuilder svg, Series s, Axis x, Axis y, String color) {
        svg.append("<path class=\"series\" fill=\"none\" stroke-width=\"1.5\" stroke=\"").append(color).append("\" d=\"")
                .append(pathData(s, x, y)).append("\"/>");
        if (s.x().length > MARKER_LIMIT) {
            return;
        }
        for (int i = 0; i < s.x().length; i++) {
            if (Double.isFinite(s.x()[i]) && Double.isFinite(s.y()[i])) {
                svg.append("<circle r=\"3\" fill=\"").append(color).append("\" cx=\"").append(coordinate(x.map(s.x()[i])))
                        .append("\" cy=\"").append(coordinate(y.map(s.y()[i]))).append("\"><title>")
                        .append(Html.escape(s.name())).append(" @").append(label(s.x()[i])).append(": ")
                        .append(label(s.y()[i])).append("</title></circle>");
            }
        }
    }

    private static void legend(StringBuilder svg, String name, int index, String color) {
        int left = WIDTH - RIGHT - 150 * (index + 1);
        svg.append("<text class=\"legend\" x=\"").append(left + 14).append("\" y=\"16\" fill=\"").append(color).append("\">")
                .append(Html.escape(name)).append("</text><rect x=\"").append(left).append("\" y=\"9\" width=\"10\" height=\"8\" fill=\"")
                .append(color).append("\"/>");
    }

    private static String coordinate(double pixel) {
        return String.format(Locale.ROOT, "%.1f", pixel);
    }

    /**
     * @param value a value
     * @return the value rounded to four significant digits without trailing zeros, in plain
     *     notation from 1e-4 to 1e7 and scientific outside
     */
    static String label(double value) {
        if (!Double.isFinite(value) || value == 0) {
            return value == 0 ? "0" : Double.toString(value);
        }
        BigDecimal rounded = new BigDecimal(value).round(new MathContext(4)).stripTrailingZeros();
        double magnitude = Math.abs(value);
        return magnitude >= 1e-4 && magnitude < 1e7 ? rounded.toPlainString() : rounded.toString();
    }
}
