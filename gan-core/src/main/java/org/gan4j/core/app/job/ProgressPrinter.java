package org.gan4j.core.app.job;

import java.time.Duration;
import java.util.function.Consumer;
import org.gan4j.core.train.StepReport;

/** Prints progress lines (step, percentage, losses, speed, ETA) to the console and the run log. */
final class ProgressPrinter {

    private final Consumer<String> console;
    private final RunLog log;
    private final long totalSteps;
    private long windowStartNanos = System.nanoTime();
    private long windowStartStep;

    ProgressPrinter(Consumer<String> console, RunLog log, long totalSteps, long firstStep) {
        this.console = console;
        this.log = log;
        this.totalSteps = totalSteps;
        this.windowStartStep = firstStep;
    }

    /**
     * Prints a line and restarts the speed window.
     *
     * @return the steps per second since the previous line
     */
    double print(StepReport r) {
        long now = System.nanoTime();
        double rate = (r.step() - windowStartStep) / Math.max(1e-9, (now - windowStartNanos) / 1e9);
        windowStartNanos = now;
        windowStartStep = r.step();
        long etaSeconds = rate > 0 ? (long) ((totalSteps - r.step()) / rate) : 0;
        String line = String.format("step %d/%d %3d%%  D %.4f  G %.4f  %.1f steps/s  ETA %s",
                r.step(), totalSteps, 100 * r.step() / totalSteps, r.discriminatorLoss(), r.generatorLoss(),
                rate, format(Duration.ofSeconds(etaSeconds)));
        say(line);
        return rate;
    }

    /**
     * Restarts the speed window at an earlier step, after a rollback, so that the next rate counts
     * only the steps run since.
     *
     * @param step the step training resumes from
     */
    void restartAt(long step) {
        windowStartNanos = System.nanoTime();
        windowStartStep = step;
    }

    void say(String line) {
        console.accept(line);
        log.line(line);
    }

    private static String format(Duration d) {
        return d.toHours() > 0
                ? String.format("%d:%02d:%02d", d.toHours(), d.toMinutesPart(), d.toSecondsPart())
                : String.format("%d:%02d", d.toMinutesPart(), d.toSecondsPart());
    }
}
