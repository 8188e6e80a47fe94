package org.gan4j.core.app.job;

import java.util.ArrayList;
import java.util.List;
import org.gan4j.core.metrics.MetricValue;

/**
 * Raises alarms from an evaluation's metrics: {@code mode-collapse} when the generated class
 * histogram's KL divergence from uniform ({@code class-kl-uniform}) exceeds its threshold, and
 * {@code d-overfitting} when D's accuracy gap between training and held-out reals ({@code
 * d/heldout-gap}) does. A metric that is absent raises nothing.
 *
 * @param modeCollapseKl the KL threshold in nats
 * @param overfitGap the accuracy-gap threshold
 */
public record GeneralizationAlarms(double modeCollapseKl, double overfitGap) {

    /** The metric the mode-collapse alarm reads. */
    public static final String CLASS_KL = "class-kl-uniform";

    /** The metric the D-overfitting alarm reads. */
    public static final String HELD_OUT_GAP = "d/heldout-gap";

    /**
     * An alarm.
     *
     * @param kind {@code mode-collapse} or {@code d-overfitting}, the metrics.json event kind
     * @param message a one-line explanation with the value, the threshold and what to try
     */
    public record Alarm(String kind, String message) {}

    /**
     * @param metrics one evaluation's metrics
     * @return the alarms they raise, possibly none
     */
    public List<Alarm> check(List<MetricValue> metrics) {
        List<Alarm> alarms = new ArrayList<>();
        for (MetricValue m : metrics) {
            if (m.name().equals(CLASS_KL) && m.value() > modeCollapseKl) {
                alarms.add(new Alarm("mode-collapse", String.format("mode collapse: %s = %.3f nats exceeds"
                        + " stabilize.modeCollapseKl = %.3f (0 is uniform over classes); try a gradient penalty,"
                        + " DiffAugment, a lower learning rate or the mode-seeking regularizer", CLASS_KL, m.value(),
                        modeCollapseKl)));
            }
            if (m.name().equals(HELD_OUT_GAP) && m.value() > overfitGap) {
                alarms.add(new Alarm("d-overfitting", String.format("discriminator overfitting: %s = %.3f exceeds"
                        + " stabilize.overfitGap = %.3f (D accepts training reals more often than unseen reals);"
                        + " try stabilize.augment, a gradient penalty or more data", HELD_OUT_GAP, m.value(),
                        overfitGap)));
            }
        }
        return alarms;
    }
}
