package org.gan4j.core.app.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class LineChartTest {

    @Test
    void givenAxisWhenMappingThenEndsLandOnPixelsAndMiddleInBetween() {
        LineChart.Axis y = new LineChart.Axis(0, 10, 200, 20);
        assertEquals(200, y.map(0), 1e-12);
        assertEquals(20, y.map(10), 1e-12);
        assertEquals(110, y.map(5), 1e-12);
        assertEquals(182, y.map(1), 1e-12);
    }

    @Test
    void givenValuesWithNanWhenSpanningThenOnlyFiniteValuesCount() {
        LineChart.Axis a = LineChart.Axis.spanning(
                List.of(new double[] {3, Double.NaN}, new double[] {-1, Double.POSITIVE_INFINITY}), 0, 100);
        assertEquals(-1, a.min());
        assertEquals(3, a.max());
    }

    @Test
    void givenOneValueOrNoneWhenSpanningThenRangeIsPaddedAndNeverEmpty() {
        LineChart.Axis single = LineChart.Axis.spanning(List.of(new double[] {5}), 0, 100);
        assertEquals(4.5, single.min(), 1e-12);
        assertEquals(5.5, single.max(), 1e-12);
        LineChart.Axis zero = LineChart.Axis.spanning(List.of(new double[] {0}), 0, 100);
        assertEquals(-1, zero.min());
        assertEquals(1, zero.max());
        LineChart.Axis none = LineChart.Axis.spanning(List.of(new double[] {Double.NaN}), 0, 100);
        assertEquals(0, none.min());
        assertEquals(1, none.max());
    }

    @Test
    void givenRangeWhenTickingThenRoundValuesInsideTheRange() {
        assertEquals(List.of(0.0, 2.0, 4.0, 6.0, 8.0, 10.0), new LineChart.Axis(0, 10, 0, 1).ticks());
        assertEquals(List.of(0.2, 0.3, 0.4), new LineChart.Axis(0.13, 0.47, 0, 1).ticks().stream()
                .map(t -> Math.round(t * 1e9) / 1e9).toList());
    }

    @Test
    void givenSeriesWhenPathDataThenCoordinatesAreTheMappedPointsAndNanBreaksTheLine() {
        LineChart.Axis x = new LineChart.Axis(0, 100, 64, 628);
        LineChart.Axis y = new LineChart.Axis(0, 2, 208, 28);
        LineChart.Series s = new LineChart.Series("g", new double[] {0, 50, 75, 100}, new double[] {0, 1, Double.NaN, 2});
        // x: 0 → 64, 50 → 346, 100 → 628; y: 0 → 208, 1 → 118, 2 → 28
        assertEquals("M64.0 208.0 L346.0 118.0 M628.0 28.0", LineChart.pathData(s, x, y));
    }

    @Test
    void givenTwoSeriesWhenRenderingThenOnePathEachWithAllPointsInsideThePlot() {
        String svg = LineChart.render("losses", List.of(
                new LineChart.Series("D", new double[] {10, 20, 30}, new double[] {1.5, 0.5, 1.0}),
                new LineChart.Series("G", new double[] {10, 20, 30}, new double[] {0.7, 2.5, 1.1})));
        Matcher paths = Pattern.compile("<path class=\"series\"[^>]* d=\"([^\"]*)\"").matcher(svg);
        int count = 0;
        while (paths.find()) {
            count++;
            for (String point : paths.group(1).split(" ?[ML]")) {
                if (point.isBlank()) {
                    continue;
                }
                String[] xy = point.trim().split(" ");
                double px = Double.parseDouble(xy[0]);
                double py = Double.parseDouble(xy[1]);
                assertTrue(px >= LineChart.LEFT && px <= LineChart.WIDTH - LineChart.RIGHT, point);
                assertTrue(py >= LineChart.TOP && py <= LineChart.HEIGHT - LineChart.BOTTOM, point);
            }
        }
        assertEquals(2, count);
        // the global maximum (G = 2.5) is drawn on the top edge, the minimum (D = 0.5) on the bottom
        assertTrue(svg.contains(" L346.0 208.0"), svg);
        assertTrue(svg.contains("L346.0 28.0"), svg);
        assertEquals(6, svg.split("<circle").length - 1, "a marker per point");
    }

    @Test
    void givenMismatchedLengthsWhenMakingSeriesThenRefusedNamingTheSeries() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new LineChart.Series("fid", new double[2], new double[3]));
        assertTrue(e.getMessage().contains("'fid'"), e.getMessage());
    }

    @Test
    void givenTitleWithMarkupWhenRenderingThenItIsEscaped() {
        String svg = LineChart.render("<b>x</b>", List.of(new LineChart.Series("<i>", new double[] {1}, new double[] {1})));
        assertTrue(!svg.contains("<b>") && !svg.contains("<i>") && svg.contains("&lt;b&gt;"), svg);
    }

    @Test
    void givenValuesWhenLabellingThenFourSignificantDigitsWithoutTrailingZeros() {
        assertEquals("12.5", LineChart.label(12.5));
        assertEquals("0.0002", LineChart.label(2e-4));
        assertEquals("0.3", LineChart.label(0.1 + 0.2));
        assertEquals("1235", LineChart.label(1234.567));
        assertEquals("-7", LineChart.label(-7));
        assertEquals("2.5E-7", LineChart.label(2.5e-7));
        assertEquals("0", LineChart.label(0));
        assertEquals("NaN", LineChart.label(Double.NaN));
    }

    @Test
    void givenNarrowRangeWhenLabellingTicksThenNeighboursDiffer() {
        LineChart.Axis narrow = new LineChart.Axis(1.0006, 1.0014, 0, 1);
        List<String> labels = narrow.ticks().stream().map(narrow::tickLabel).toList();
        assertEquals(List.of("1.0006", "1.0008", "1.001", "1.0012", "1.0014"), labels);
        LineChart.Axis steps = new LineChart.Axis(0, 2000, 0, 1);
        assertEquals(List.of("0", "500", "1000", "1500", "2000"), steps.ticks().stream().map(steps::tickLabel).toList());
    }
}
