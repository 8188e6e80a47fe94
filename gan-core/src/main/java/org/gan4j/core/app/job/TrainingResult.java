package org.gan4j.core.app.job;

import java.nio.file.Path;
import java.util.List;
import org.gan4j.core.metrics.MetricValue;
import org.gan4j.core.train.StepReport;

/**
 * The outcome of a finished run.
 *
 * @param runDirectory where its files are
 * @param steps the steps completed
 * @param lastStep the last step's report, or {@code null} if no step ran in this process
 * @param metrics the final evaluation
 * @param seconds wall time of this process's training
 */
public record TrainingResult(Path runDirectory, long steps, StepReport lastStep, List<MetricValue> metrics, double seconds) {}
