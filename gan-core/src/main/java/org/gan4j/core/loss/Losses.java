package org.gan4j.core.loss;

import java.util.List;
import org.gan4j.core.options.UnknownNameException;

/** Creates losses by registry name. */
public final class Losses {

    /** Every loss name {@link #create} accepts. */
    public static final List<String> NAMES =
            List.of(
                    "minimax",
                    "non-saturating",
                    "wasserstein",
                    "least-squares",
                    "hinge",
                    "relativistic",
                    "relativistic-average");

    private Losses() {}

    /**
     * Creates a loss.
     *
     * @param name one of {@link #NAMES}
     * @param labelSmoothing one-sided label smoothing: the real target becomes {@code 1 -
     *     labelSmoothing} (0 disables it); only the cross-entropy and least-squares losses use it
     * @return the loss
     * @throws UnknownNameException if the name is not registered
     * @throws IllegalArgumentException if {@code labelSmoothing} is outside [0, 0.5) or set for a
     *     loss that has no real target
     */
    public static GanLoss create(String name, float labelSmoothing) {
        if (!(labelSmoothing >= 0f && labelSmoothing < 0.5f)) {
            throw new IllegalArgumentException(
                    "loss.labelSmoothing = " + labelSmoothing + " is out of range: allowed [0, 0.5)");
        }
        float realTarget = 1f - labelSmoothing;
        GanLoss loss =
                switch (name) {
                    case "minimax" -> CrossEntropyLoss.minimax(realTarget);
                    case "non-saturating" -> CrossEntropyLoss.nonSaturating(realTarget);
                    case "least-squares" -> new LeastSquaresLoss(realTarget);
                    case "wasserstein" -> new WassersteinLoss();
                    case "hinge" -> new HingeLoss();
                    case "relativistic" -> new RelativisticLoss();
                    case "relativistic-average" -> new RelativisticAverageLoss();
                    default -> throw new UnknownNameException("loss", name, NAMES);
                };
        boolean smooths = loss instanceof CrossEntropyLoss || loss instanceof LeastSquaresLoss;
        if (labelSmoothing > 0f && !smooths) {
            throw new IllegalArgumentException(
                    "loss.labelSmoothing = " + labelSmoothing + " has no meaning for loss '" + name
                            + "': use it with minimax, non-saturating or least-squares, or set it to 0");
        }
        return loss;
    }
}
