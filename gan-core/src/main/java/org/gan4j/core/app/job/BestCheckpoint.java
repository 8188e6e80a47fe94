package org.gan4j.core.app.job;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.gan4j.core.app.config.RunConfig;
import org.gan4j.core.checkpoint.CheckpointStore;
import org.gan4j.core.metrics.MetricValue;
import org.gan4j.core.options.ConfigException;

/**
 * Marks the best checkpoint by {@code checkpoint.bestMetric}: an evaluation better than the best so
 * far is checkpointed (if its step has none yet) and recorded in {@code best.json}. Equal values
 * are decided by {@code checkpoint.bestTieBreak} when it is set, else the earlier one stays. The
 * decision reads only {@code best.json} and the metrics, so making it twice changes nothing.
 */
final class BestCheckpoint {

    private final String metric;
    private final String tieBreak;
    private final String modality;
    private final CheckpointStore store;
    private final CheckpointListener checkpoints;

    BestCheckpoint(RunConfig.Checkpoint settings, String modality, CheckpointStore store, CheckpointListener checkpoints) {
        this.metric = settings.bestMetric();
        this.tieBreak = settings.bestTieBreak();
        this.modality = modality;
        this.store = store;
        this.checkpoints = checkpoints;
    }

    /**
     * @param step the step evaluated (the trainer's current step, or the step resumed at)
     * @param metrics its metrics
     * @throws ConfigException if a configured metric is not among them
     * @throws IOException if the checkpoint or best.json cannot be written
     */
    void consider(long step, List<MetricValue> metrics) throws IOException {
        if (metric == null || metric.isBlank()) {
            return;
        }
        MetricValue current = find(metrics, metric, "bestMetric");
        Optional<MetricValue> tie = tieBreak.isBlank() ? Optional.empty()
                : Optional.of(find(metrics, tieBreak, "bestTieBreak"));
        if (store.bestStep().filter(s -> s == step).isPresent() || !better(current, tie)) {
            return;
        }
        checkpoints.ensureSaved();
        store.markBest(step, metric, current.value(), tie.map(MetricValue::name).orElse(null),
                tie.map(MetricValue::value).orElse(Double.NaN));
    }

    private boolean better(MetricValue current, Optional<MetricValue> tie) throws IOException {
        Optional<Double> best = store.bestValue();
        if (best.isEmpty() || current.betterThan(new MetricValue(metric, best.get(), 0, 0, current.higherIsBetter(), ""))) {
            return true;
        }
        if (tie.isEmpty() || current.value() != best.get()) {
            return false;
        }
        Optional<Double> bestTie = store.bestTieValue();
        MetricValue t = tie.get();
        return bestTie.isEmpty() || t.betterThan(new MetricValue(t.name(), bestTie.get(), 0, 0, t.higherIsBetter(), ""));
    }

    private MetricValue find(List<MetricValue> metrics, String name, String field) {
        return metrics.stream().filter(m -> m.name().equals(name)).findFirst()
                .orElseThrow(() -> new ConfigException("checkpoint." + field + " = '" + name + "' is not among the metrics"
                        + " of modality '" + modality + "': " + metrics.stream().map(MetricValue::name).toList()));
    }
}
