package org.gan4j.core.app.job;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Optional;
import org.gan4j.core.train.StepReport;

/**
 * Detects divergence: a NaN or infinite loss, a loss whose magnitude exceeds a limit, or a
 * discriminator that has been worse than chance for a while — its median loss over the last
 * {@code window} steps above {@code chanceFactor} times its loss when it outputs 0 for every sample
 * (its adversarial loss: a gradient penalty's share is not a sign of losing).
 * A discriminator that confidently calls fakes real is the signature of a collapsed adversarial
 * game (the generator's loss goes to 0 while its samples lose their modes), which no NaN check sees.
 * The median, unlike the mean, ignores a few wild steps: the alarm needs most of the window bad.
 */
public final class DivergenceWatchdog {

    /**
     * What diverged and the last step known to be healthy, so that a rollback picks a checkpoint
     * taken before the trouble began.
     *
     * @param message what went wrong, naming the step and the limit
     * @param lastHealthyStep the newest step whose state may be restored
     */
    public record Divergence(String message, long lastHealthyStep) {}

    private final double maxLoss;
    private final double chanceLoss;
    private final double chanceFactor;
    private final int window;
    private final ArrayDeque<Float> recent = new ArrayDeque<>();

    /**
     * @param maxLoss the largest loss magnitude considered sane
     * @param chanceLoss the discriminator's loss at output 0 (no better than a coin); the check is
     *     off when this is not positive (e.g. the Wasserstein loss, whose chance level is 0)
     * @param chanceFactor how many times the chance loss the windowed median may reach; 0 turns the
     *     check off
     * @param window the number of steps whose median is taken
     */
    public DivergenceWatchdog(double maxLoss, double chanceLoss, double chanceFactor, int window) {
        this.maxLoss = maxLoss;
        this.chanceLoss = chanceLoss;
        this.chanceFactor = chanceFactor;
        this.window = window;
    }

    /**
     * @param report a completed step
     * @return what diverged, or empty if the step is healthy
     */
    public Optional<Divergence> check(StepReport report) {
        long step = report.step();
        return check("discriminator", report.discriminatorLoss(), step)
                .or(() -> check("generator", report.generatorLoss(), step))
                .map(message -> new Divergence(message, step - 1))
                .or(() -> worseThanChance(report.adversarialDiscriminatorLoss(), step)
                        .map(message -> new Divergence(message, step - window)));
    }

    /** Forgets the recent losses, after a rollback restored an earlier state. */
    public void reset() {
        recent.clear();
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

    private Optional<String> worseThanChance(float discriminatorLoss, long step) {
        if (chanceFactor <= 0 || chanceLoss <= 0) {
            return Optional.empty();
        }
        recent.addLast(discriminatorLoss);
        if (recent.size() > window) {
            recent.removeFirst();
        }
        if (recent.size() < window) {
            return Optional.empty();
        }
        double median = median();
        if (median <= chanceFactor * chanceLoss) {
            return Optional.empty();
        }
        return Optional.of(String.format("the discriminator is worse than chance: its median loss over steps %d-%d is"
                + " %.3f, above %.1f x its chance level %.3f (limit watchdog.chanceFactor = %s)",
                step - window + 1, step, median, chanceFactor, chanceLoss, chanceFactor));
    }

    private double median() {
        float[] sorted = new float[recent.size()];
        int i = 0;
        for (float loss : recent) {
            sorted[i++] = loss;
        }
        Arrays.sort(sorted);
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + (double) sorted[mid]) / 2;
    }
}
