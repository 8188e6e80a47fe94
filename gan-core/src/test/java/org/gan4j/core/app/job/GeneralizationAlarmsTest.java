package org.gan4j.core.app.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.gan4j.core.metrics.MetricValue;
import org.junit.jupiter.api.Test;

/** Alarms fire above their thresholds only. */
class GeneralizationAlarmsTest {

    private final GeneralizationAlarms alarms = new GeneralizationAlarms(0.5, 0.2);

    @Test
    void givenCollapsedHistogramAndOverfitDWhenCheckedThenBothAlarmsFire() {
        List<GeneralizationAlarms.Alarm> raised = alarms.check(List.of(
                MetricValue.of("fid", 99, 100, false, ""),
                MetricValue.of("class-kl-uniform", Math.log(10), 100, false, ""),
                MetricValue.of("d/heldout-gap", 0.35, 100, false, "")));
        assertEquals(List.of("mode-collapse", "d-overfitting"), raised.stream().map(GeneralizationAlarms.Alarm::kind).toList());
        assertTrue(raised.get(0).message().contains("2.303"), raised.get(0).message());
        assertTrue(raised.get(1).message().contains("stabilize.overfitGap"), raised.get(1).message());
    }

    @Test
    void givenHealthyOrMissingMetricsWhenCheckedThenNoAlarm() {
        assertEquals(List.of(), alarms.check(List.of(MetricValue.of("class-kl-uniform", 0.5, 100, false, ""),
                MetricValue.of("d/heldout-gap", 0.1, 100, false, ""))));
        assertEquals(List.of(), alarms.check(List.of()));
    }
}
