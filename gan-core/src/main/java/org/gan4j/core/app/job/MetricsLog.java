package org.gan4j.core.app.job;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gan4j.core.checkpoint.AtomicFiles;
import org.gan4j.core.metrics.MetricValue;
import org.gan4j.core.train.StepReport;

/**
 * The machine-readable record of a run, {@code metrics.json}: losses every few steps, each
 * evaluation's metrics with their sample counts, events such as rollbacks, and the run's
 * provenance (versions). Rewritten atomically on every change, so it is always valid JSON.
 */
public final class MetricsLog {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Path file;
    private final ObjectNode root;

    private MetricsLog(Path file, ObjectNode root) {
        this.file = file;
        this.root = root;
    }

    /**
     * Opens the log, keeping only entries up to {@code step} (a resumed run replays later steps).
     *
     * @param file the metrics file; created if absent
     * @param step the step the run continues from
     * @return the log
     * @throws IOException if an existing file is unreadable
     */
    public static MetricsLog open(Path file, long step) throws IOException {
        ObjectNode root = Files.exists(file) ? (ObjectNode) JSON.readTree(file.toFile()) : JSON.createObjectNode();
        for (String section : List.of("losses", "evaluations", "events")) {
            ArrayNode kept = JSON.createArrayNode();
            if (root.get(section) instanceof ArrayNode entries) {
                entries.forEach(e -> {
                    if (e.path("step").asLong() <= step) {
                        kept.add(e);
                    }
                });
            }
            root.set(section, kept);
        }
        return new MetricsLog(file, root);
    }

    /**
     * Records a step's losses (D's with the gradient penalty's share beside it, when there is one).
     *
     * @param report the step
     * @param stepsPerSecond the recent throughput
     * @throws IOException if writing fails
     */
    public void losses(StepReport report, double stepsPerSecond) throws IOException {
        ObjectNode e = ((ArrayNode) root.get("losses")).addObject();
        e.put("step", report.step());
        e.put("discriminator", report.discriminatorLoss());
        if (report.discriminatorPenalty() != 0) {
            e.put("discriminatorPenalty", report.discriminatorPenalty());
        }
        e.put("generator", report.generatorLoss());
        e.put("lrGenerator", report.learningRateGenerator());
        e.put("lrDiscriminator", report.learningRateDiscriminator());
        e.put("stepsPerSecond", stepsPerSecond);
        flush();
    }

    /**
     * Records an evaluation.
     *
     * @param step the step evaluated
     * @param metrics the metrics, each with its sample count
     * @throws IOException if writing fails
     */
    public void evaluation(long step, List<MetricValue> metrics) throws IOException {
        evaluation(step, metrics, List.of());
    }

    /**
     * Records an evaluation and the alarms it raised, in one write, so that a kill leaves both or
     * neither.
     *
     * @param step the step evaluated
     * @param metrics the metrics, each with its sample count
     * @param alarms the alarms, each logged as an event of that step
     * @throws IOException if writing fails
     */
    public void evaluation(long step, List<MetricValue> metrics, List<GeneralizationAlarms.Alarm> alarms) throws IOException {
        ObjectNode e = ((ArrayNode) root.get("evaluations")).addObject();
        e.put("step", step);
        ArrayNode values = e.putArray("metrics");
        for (MetricValue m : metrics) {
            values.add(JSON.valueToTree(m));
        }
        for (GeneralizationAlarms.Alarm alarm : alarms) {
            addEvent(step, alarm.kind(), alarm.message());
        }
        flush();
    }

    /**
     * @param step a step
     * @return the metrics logged for an evaluation of that step, if there is one
     * @throws IOException if an entry cannot be read back
     */
    public Optional<List<MetricValue>> evaluationAt(long step) throws IOException {
        for (JsonNode e : root.get("evaluations")) {
            if (e.path("step").asLong() == step) {
                List<MetricValue> metrics = new ArrayList<>();
                for (JsonNode m : e.path("metrics")) {
                    metrics.add(JSON.treeToValue(m, MetricValue.class));
                }
                return Optional.of(List.copyOf(metrics));
            }
        }
        return Optional.empty();
    }

    /**
     * Records an event such as a rollback.
     *
     * @param step when it happened
     * @param kind a short kind, e.g. {@code rollback}
     * @param message what happened
     * @throws IOException if writing fails
     */
    public void event(long step, String kind, String message) throws IOException {
        addEvent(step, kind, message);
        flush();
    }

    private void addEvent(long step, String kind, String message) {
        ObjectNode e = ((ArrayNode) root.get("events")).addObject();
        e.put("step", step);
        e.put("kind", kind);
        e.put("message", message);
    }

    /**
     * Records where the run comes from (versions, settings), replacing any earlier record: a
     * resumed run records the versions that continue it.
     *
     * @param entries name → value, kept in order
     * @throws IOException if writing fails
     */
    public void provenance(Map<String, String> entries) throws IOException {
        ObjectNode p = root.putObject("provenance");
        entries.forEach(p::put);
        flush();
    }

    private void flush() throws IOException {
        AtomicFiles.write(file, JSON.writeValueAsBytes(root));
    }
}
