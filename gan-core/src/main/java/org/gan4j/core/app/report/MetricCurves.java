package org.gan4j.core.app.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gan4j.core.metrics.MetricValue;

/**
 * Turns the evaluations of a run into one curve per metric name, grouped by the name's prefix
 * (the part before the first {@code /}, e.g. {@code gen} for {@code gen/nearest-real}); names
 * without a prefix form the group {@value #UNGROUPED}. Any metric name is accepted, so metrics
 * added later appear without changes here.
 */
public final class MetricCurves {

    /** The group of metric names without a {@code /}. */
    public static final String UNGROUPED = "quality";

    private MetricCurves() {}

    /**
     * @param name a metric name
     * @return its group
     */
    public static String groupOf(String name) {
        int slash = name.indexOf('/');
        return slash > 0 ? name.substring(0, slash) : UNGROUPED;
    }

    /**
     * Builds the curves.
     *
     * @param evaluations the evaluations, oldest first
     * @return group → its curves, groups and curves in order of first appearance; each curve's x
     *     values are the steps at which that metric was measured
     */
    public static Map<String, List<LineChart.Series>> of(List<RunRecord.Evaluation> evaluations) {
        Map<String, List<double[]>> points = new LinkedHashMap<>();
        for (RunRecord.Evaluation e : evaluations) {
            for (MetricValue m : e.metrics()) {
                points.computeIfAbsent(m.name(), n -> new ArrayList<>()).add(new double[] {e.step(), m.value()});
            }
        }
        Map<String, List<LineChart.Series>> groups = new LinkedHashMap<>();
        points.forEach((name, xy) -> {
            double[] x = new double[xy.size()];
            double[] y = new double[xy.size()];
            for (int i = 0; i < xy.size(); i++) {
                x[i] = xy.get(i)[0];
                y[i] = xy.get(i)[1];
            }
            groups.computeIfAbsent(groupOf(name), g -> new ArrayList<>()).add(new LineChart.Series(name, x, y));
        });
        return groups;
    }
}
