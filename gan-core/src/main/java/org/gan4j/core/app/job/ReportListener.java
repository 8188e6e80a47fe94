package org.gan4j.core.app.job;

import java.io.IOException;
import java.nio.file.Path;
import org.gan4j.core.app.report.RunReport;
import org.gan4j.core.train.StepReport;

/**
 * Rewrites {@code report.html} (atomically) after each evaluation, sample write, rollback, resume
 * and at the end. A report that cannot be rendered is a warning on the console and in the log,
 * never the end of training.
 */
final class ReportListener implements RunListener {

    private final RunSchedule schedule;
    private final Path runDirectory;
    private final ProgressPrinter progress;

    ReportListener(RunSchedule schedule, Path runDirectory, ProgressPrinter progress) {
        this.schedule = schedule;
        this.runDirectory = runDirectory;
        this.progress = progress;
    }

    @Override
    public void onStep(StepReport report, RunControl control) {
        if (schedule.evaluationDue(report.step()) || schedule.samplesDue(report.step())) {
            refresh();
        }
    }

    @Override
    public void onResume(long step) {
        refresh();
    }

    @Override
    public void onRollback(long step, String message) {
        refresh();
    }

    @Override
    public void onFinish(long step) {
        refresh();
    }

    private void refresh() {
        try {
            RunReport.write(runDirectory, runDirectory.resolve(RunReport.FILE));
        } catch (IOException | RuntimeException e) {
            progress.say("gan4j: warning: could not write " + RunReport.FILE + " (training goes on): " + e);
        }
    }
}
