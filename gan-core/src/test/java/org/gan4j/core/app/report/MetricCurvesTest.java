package org.gan4j.core.app.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.gan4j.core.metrics.MetricValue;
import org.junit.jupiter.api.Test;

class MetricCurvesTest {

    private static MetricValue m(String name, double value) {
        return MetricValue.of(name, value, 100, false, "");
    }

    @Test
    void givenNamesWhenGroupingThenPrefixBeforeSlashOrTheUngroupedGroup() {
        assertEquals("gen", MetricCurves.groupOf("gen/nearest-real"));
        assertEquals(MetricCurves.UNGROUPED, MetricCurves.groupOf("fid"));
        assertEquals(MetricCurves.UNGROUPED, MetricCurves.groupOf("/odd"));
    }

    @Test
    void givenEvaluationsWhenBuildingCurvesThenOneCurvePerNameGroupedInFirstSeenOrder() {
        List<RunRecord.Evaluation> evaluations = List.of(
                new RunRecord.Evaluation(100, List.of(m("fid", 50), m("gen/memorization", 0.1))),
                new RunRecord.Evaluation(200, List.of(m("fid", 40), m("gen/memorization", 0.2), m("gen/new-metric", 7))),
                new RunRecord.Evaluation(300, List.of(m("fid", 30), m("is", 5))));
        Map<String, List<LineChart.Series>> groups = MetricCurves.of(evaluations);

        assertEquals(List.of(MetricCurves.UNGROUPED, "gen"), List.copyOf(groups.keySet()));
        assertEquals(List.of("fid", "is"), groups.get(MetricCurves.UNGROUPED).stream().map(LineChart.Series::name).toList());
        assertEquals(List.of("gen/memorization", "gen/new-metric"), groups.get("gen").stream().map(LineChart.Series::name).toList());
        LineChart.Series fid = groups.get(MetricCurves.UNGROUPED).get(0);
        assertArrayEquals(new double[] {100, 200, 300}, fid.x());
        assertArrayEquals(new double[] {50, 40, 30}, fid.y());
        LineChart.Series late = groups.get(MetricCurves.UNGROUPED).get(1);
        assertArrayEquals(new double[] {300}, late.x(), "a metric's curve has only the steps it was measured at");
    }
}
