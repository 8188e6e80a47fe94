package org.gan4j.core.app.job;

import org.gan4j.core.train.StepReport;

/** Asks for a rollback when the {@link DivergenceWatchdog} sees a step diverge; starts afresh after one. */
final class WatchdogListener implements RunListener {

    private final DivergenceWatchdog watchdog;

    WatchdogListener(DivergenceWatchdog watchdog) {
        this.watchdog = watchdog;
    }

    @Override
    public void onStep(StepReport report, RunControl control) {
        watchdog.check(report).ifPresent(d -> control.rollback(d.message(), d.lastHealthyStep()));
    }

    @Override
    public void onRollback(long step, String message) {
        watchdog.reset();
    }
}
