package org.gan4j.core.job;

import java.util.Optional;
import org.gan4j.core.train.StepReport;

/**
 * Detects divergence: a NaN or infinite loss, or a loss whose magnitude exceeds a limit.
 *
 * @param maxLoss the largest loss magnitude considered sane
 */
public record DivergenceWatchdog(double maxLoss) {

    /**
     * @param report a completed step
     * @return what diverged, or empty if the step is healthy
     */
    public Optional<String> check(StepReport report) {
        return check("discriminator", report.discriminatorLoss(), report.step())
                .or(() -> check("generator", report.generatorLoss(), report.step()));
    }

    private Optional<String> check(String net, float loss, long step) {
        if (Float.isNaN(loss) || Float.isInfinite(loss)) {
            return Optional.of(net + " loss became " + loss + " at step " + step);
        }
        if (Math.abs(loss) > maxLoss) {
            return Optional.of(net + " loss ran away to " + loss + " at step " + step
                    + " (limit watchdog.maxLoss = " + maxLoss + ")");
        }
        return Optional.empty();
    }
}
