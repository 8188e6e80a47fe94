package org.gan4j.core.app.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gan4j.core.app.run.RunDirectory;
import org.gan4j.core.metrics.MetricValue;

/**
 * What a run directory holds, read for the report: the resolved configuration, the
 * {@code metrics.json} sections (losses, evaluations, events, provenance), the sample files and
 * the checkpoints (the newest and the best).
 *
 * @param directory the run directory
 * @param config the resolved configuration ({@code config.json})
 * @param losses the loss entries, oldest first
 * @param evaluations the evaluations, oldest first
 * @param events events such as rollbacks and divergence, oldest first
 * @param provenance versions and settings recorded when the run started or resumed (may be empty)
 * @param samples the sample files by step
 * @param finalStep the newest checkpoint's step, if any
 * @param best the best checkpoint, if one was marked
 */
public record RunRecord(
        Path directory,
        JsonNode config,
        List<LossEntry> losses,
        List<Evaluation> evaluations,
        List<Event> events,
        Map<String, String> provenance,
        SampleIndex samples,
        Optional<Long> finalStep,
        Optional<Best> best) {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final Pattern CHECKPOINT = Pattern.compile("step-(\\d{8,})");

    /**
     * One {@code losses} entry.
     *
     * @param step the step
     * @param discriminator D's loss
     * @param generator G's loss
     * @param lrGenerator G's learning rate
     * @param lrDiscriminator D's learning rate
     * @param stepsPerSecond recent throughput
     */
    public record LossEntry(long step, double discriminator, double generator, double lrGenerator, double lrDiscriminator,
            double stepsPerSecond) {}

    /**
     * One evaluation.
     *
     * @param step the step evaluated
     * @param metrics its metrics
     */
    public record Evaluation(long step, List<MetricValue> metrics) {}

    /**
     * One event.
     *
     * @param step when it happened
     * @param kind e.g. {@code rollback}
     * @param message what happened
     */
    public record Event(long step, String kind, String message) {}

    /**
     * The best checkpoint.
     *
     * @param step its step
     * @param metric the metric that chose it
     * @param value the metric's value there
     */
    public record Best(long step, String metric, double value) {}

    /**
     * Reads a run directory.
     *
     * @param directory the run directory
     * @return what it holds; a run without metrics.json yet has empty sections
     * @throws IOException if it is not a run directory or a file is unreadable
     */
    public static RunRecord read(Path directory) throws IOException {
        RunDirectory run = RunDirectory.open(directory);
        JsonNode config = readJson(run.config());
        JsonNode metrics = Files.isRegularFile(run.metrics()) ? readJson(run.metrics()) : JSON.createObjectNode();
        List<LossEntry> losses = new ArrayList<>();
        metrics.path("losses").forEach(e -> losses.add(new LossEntry(e.path("step").asLong(), number(e, "discriminator"),
                number(e, "generator"), number(e, "lrGenerator"), number(e, "lrDiscriminator"), number(e, "stepsPerSecond"))));
        List<Evaluation> evaluations = new ArrayList<>();
        metrics.path("evaluations").forEach(e -> {
            List<MetricValue> values = new ArrayList<>();
            e.path("metrics").forEach(m -> values.add(new MetricValue(m.path("name").asText(), number(m, "value"),
                    number(m, "std"), m.path("samples").asLong(), m.path("higherIsBetter").asBoolean(), m.path("note").asText(""))));
            evaluations.add(new Evaluation(e.path("step").asLong(), List.copyOf(values)));
        });
        List<Event> events = new ArrayList<>();
        metrics.path("events").forEach(e -> events.add(new Event(e.path("step").asLong(), e.path("kind").asText(),
                e.path("message").asText())));
        Map<String, String> provenance = new LinkedHashMap<>();
        metrics.path("provenance").fields().forEachRemaining(f -> provenance.put(f.getKey(), f.getValue().asText()));
        return new RunRecord(directory, config, List.copyOf(losses), List.copyOf(evaluations), List.copyOf(events),
                provenance, SampleIndex.scan(run.samples()), newestCheckpoint(run.checkpoints()), best(run.checkpoints()));
    }

    /** @return the configuration as indented JSON */
    public String configText() {
        try {
            return JSON.writeValueAsString(config);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * @param step a step
     * @return the evaluation at that step, if there was one
     */
    public Optional<Evaluation> evaluationAt(long step) {
        return evaluations.stream().filter(e -> e.step() == step).reduce((first, second) -> second);
    }

    private static JsonNode readJson(Path file) throws IOException {
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new IOException(file + " is not readable JSON: " + e.getMessage(), e);
        }
    }

    private static double number(JsonNode entry, String field) {
        return entry.path(field).asDouble(Double.NaN);
    }

    private static Optional<Long> newestCheckpoint(Path checkpoints) throws IOException {
        try (var dirs = Files.list(checkpoints)) {
            return dirs.filter(d -> Files.isRegularFile(d.resolve("manifest.json")))
                    .map(d -> CHECKPOINT.matcher(d.getFileName().toString()))
                    .filter(Matcher::matches)
                    .map(m -> Long.parseLong(m.group(1)))
                    .max(Long::compare);
        }
    }

    private static Optional<Best> best(Path checkpoints) throws IOException {
        Path file = checkpoints.resolve("best.json");
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        JsonNode best = readJson(file);
        return Optional.of(new Best(best.path("step").asLong(), best.path("metric").asText(), number(best, "value")));
    }
}
