package org.gan4j.core.app.job;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.gan4j.core.app.config.RunConfig;
import org.gan4j.core.metrics.MetricValue;
import org.gan4j.core.train.GanTrainer;
import org.gan4j.core.train.StepReport;

/**
 * Evaluates the generator when due, logs the metrics with the alarms they raise in one write of
 * {@code metrics.json}, and hands them to the best-checkpoint tracker. On resume, an evaluation of
 * the resumed step that a kill cut short is redone; one that was logged is handed to the tracker
 * again (a kill may have come before it marked the best).
 */
final class EvaluationListener implements RunListener {

    private final RunSchedule schedule;
    private final GanTrainer trainer;
    private final RunEvaluator evaluator;
    private final MetricsLog metrics;
    private final ProgressPrinter progress;
    private final GeneralizationAlarms alarms;
    private final BestCheckpoint best;
    private final int samples;
    private List<MetricValue> last = List.of();

    EvaluationListener(RunSchedule schedule, GanTrainer trainer, RunEvaluator evaluator, MetricsLog metrics,
            ProgressPrinter progress, BestCheckpoint best) {
        RunConfig config = schedule.config();
        this.schedule = schedule;
        this.trainer = trainer;
        this.evaluator = evaluator;
        this.metrics = metrics;
        this.progress = progress;
        this.alarms = new GeneralizationAlarms(config.stabilize().modeCollapseKl(), config.stabilize().overfitGap());
        this.best = best;
        this.samples = config.eval().samples();
    }

    @Override
    public void onStep(StepReport report, RunControl control) throws IOException {
        if (schedule.evaluationDue(report.step())) {
            evaluate(report.step());
        }
    }

    @Override
    public void onResume(long step) throws IOException {
        Optional<List<MetricValue>> logged = metrics.evaluationAt(step);
        if (logged.isPresent()) {
            last = logged.get();
            best.consider(step, last);
        } else if (schedule.evaluationDue(step)) {
            evaluate(step);
        }
    }

    /** @return the latest evaluation's metrics, empty before the first */
    List<MetricValue> last() {
        return last;
    }

    private void evaluate(long step) throws IOException {
        last = evaluator.measure(trainer.sampler(), samples);
        List<GeneralizationAlarms.Alarm> raised = alarms.check(last);
        metrics.evaluation(step, last, raised);
        progress.say("eval @" + step + ": " + last.stream()
                .map(m -> m.name() + " " + String.format("%.4g", m.value()) + " (n=" + m.samples() + ")")
                .collect(Collectors.joining(", ")));
        raised.forEach(alarm -> progress.say("gan4j: ALARM @" + step + ": " + alarm.message()));
        best.consider(step, last);
    }
}
