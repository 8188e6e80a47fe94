package org.gan4j.core.app.job;

import java.io.IOException;
import org.gan4j.core.train.StepReport;

/** Every {@code train.logEvery} steps: a progress line (console and train.log) and the losses in metrics.json. */
final class LossLogListener implements RunListener {

    private final RunSchedule schedule;
    private final ProgressPrinter progress;
    private final MetricsLog metrics;

    LossLogListener(RunSchedule schedule, ProgressPrinter progress, MetricsLog metrics) {
        this.schedule = schedule;
        this.progress = progress;
        this.metrics = metrics;
    }

    @Override
    public void onStep(StepReport report, RunControl control) throws IOException {
        if (schedule.logDue(report.step())) {
            metrics.losses(report, progress.print(report));
        }
    }

    @Override
    public void onRollback(long step, String message) throws IOException {
        progress.say("gan4j: " + message);
        progress.restartAt(step);
        metrics.event(step, "rollback", message);
    }
}
