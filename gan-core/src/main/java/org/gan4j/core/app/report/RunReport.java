package org.gan4j.core.app.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import org.gan4j.core.checkpoint.AtomicFiles;
import org.gan4j.core.metrics.MetricValue;

/**
 * Renders a run directory as one self-contained HTML page, {@value #FILE}: curves of the losses,
 * learning rates and throughput; a curve per evaluation metric, grouped by name prefix; events;
 * sample images, audio players and text samples over training; best versus final checkpoint; the
 * configuration and provenance. Nothing is linked from outside the file: CSS and a few lines of
 * script are inline, charts are SVG, samples are base64 data URIs.
 *
 * <p>Size bounds: at most {@value #MAX_SAMPLE_STEPS} sample steps (spread evenly, first and last
 * included), WAV players for at most {@value #MAX_AUDIO_CLIPS} clips of the newest sample step, at
 * most {@value #MAX_TEXT_LINES} lines of each text sample (each cut at {@value #MAX_LINE_CHARS}
 * characters), at most {@value #MAX_CURVE_POINTS} points per curve, the newest
 * {@value #MAX_EVENTS} events, and no embedded file over {@value #MAX_EMBEDDED_BYTES} bytes (such
 * a file is named instead). The page thus stays under about 30 MB whatever the run, and is
 * typically well under 1 MB.
 */
public final class RunReport {

    /** The report's file name in the run directory. */
    public static final String FILE = "report.html";
    /** Sample steps shown at most. */
    public static final int MAX_SAMPLE_STEPS = 12;
    /** Audio clips with a player at most (from the newest sample step). */
    public static final int MAX_AUDIO_CLIPS = 8;
    /** Lines shown per text sample file. */
    public static final int MAX_TEXT_LINES = 20;
    /** Characters shown per text sample line. */
    public static final int MAX_LINE_CHARS = 300;
    /** Points per loss or metric curve at most (spread evenly). */
    public static final int MAX_CURVE_POINTS = 1000;
    /** Events listed at most (the newest). */
    public static final int MAX_EVENTS = 200;
    /** The largest file embedded. */
    public static final long MAX_EMBEDDED_BYTES = 1 << 20;

    private static final String STYLE = """
            body{font-family:system-ui,sans-serif;margin:0 auto;max-width:1400px;padding:0 16px 40px;color:#222}
            h1{font-size:1.5em}h2{border-bottom:1px solid #ccc;padding-bottom:4px;margin-top:32px}
            .charts{display:flex;flex-wrap:wrap;gap:12px}.chart{width:640px;max-width:100%;height:auto;font-size:11px}
            .chart .title{font-weight:bold;font-size:12px}
            table{border-collapse:collapse;font-size:14px}td,th{border:1px solid #ddd;padding:3px 8px;text-align:left;vertical-align:top}
            th{background:#f4f4f4}pre{background:#f7f7f7;padding:8px;overflow:auto;max-height:480px;font-size:12px}
            .steps{display:flex;flex-wrap:wrap;gap:16px}.step{border:1px solid #ddd;padding:8px;max-width:100%}
            .step pre{white-space:pre-wrap;max-width:640px}
            img.sample{display:block;max-width:100%;min-width:280px;image-rendering:pixelated}img.sample.zoomed{min-width:90vw}
            html.js img.sample{cursor:zoom-in}html.js img.sample.zoomed{cursor:zoom-out}
            .clips{display:flex;flex-wrap:wrap;gap:12px}.clip{font-size:12px}.muted{color:#777}
            """;
    private static final String SCRIPT = """
            document.documentElement.classList.add('js');
            document.querySelectorAll('img.sample').forEach(function (img) {
              img.addEventListener('click', function () { img.classList.toggle('zoomed'); });
            });
            """;

    private RunReport() {}

    /**
     * Reads a run directory and writes its report atomically.
     *
     * @param runDirectory the run directory
     * @param out the report file, e.g. {@code runDirectory.resolve(FILE)}
     * @throws IOException if the directory is not a run or a file cannot be read or written
     */
    public static void write(Path runDirectory, Path out) throws IOException {
        AtomicFiles.write(out, render(RunRecord.read(runDirectory)).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Renders a run.
     *
     * @param run what the run directory holds
     * @return the page
     * @throws IOException if a sample file cannot be read
     */
    public static String render(RunRecord run) throws IOException {
        StringBuilder html = new StringBuilder(1 << 16);
        String name = run.directory().toAbsolutePath().normalize().getFileName().toString();
        html.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>gan4j run ")
                .append(Html.escape(name)).append("</title><style>").append(STYLE).append("</style></head><body>");
        header(html, run, name);
        checkpoints(html, run);
        training(html, run);
        metrics(html, run);
        events(html, run);
        samples(html, run);
        html.append("<h2 id=\"configuration\">Configuration</h2><pre class=\"config\">").append(Html.escape(run.configText()))
                .append("</pre>");
        provenance(html, run);
        return html.append("<script>").append(SCRIPT).append("</script></body></html>\n").toString();
    }

    private static void header(StringBuilder html, RunRecord run, String name) {
        var c = run.config();
        long trained = Math.max(run.finalStep().orElse(0L),
                run.losses().isEmpty() ? 0 : run.losses().get(run.losses().size() - 1).step());
        html.append("<h1>gan4j run <code>").append(Html.escape(name)).append("</code></h1><p>")
                .append(Html.escape(c.path("modality").asText())).append(" / ")
                .append(Html.escape(c.path("architecture").path("name").asText())).append(" on ")
                .append(Html.escape(c.path("data").path("name").asText()));
        String preset = c.path("preset").asText("");
        if (!preset.isEmpty()) {
            html.append(" (preset ").append(Html.escape(preset)).append(')');
        }
        html.append("; step ").append(trained).append(" of ").append(c.path("train").path("steps").asLong())
                .append(". <span class=\"muted\">Report written ")
                .append(Instant.now().truncatedTo(ChronoUnit.SECONDS)).append(".</span></p>");
    }

    private static void checkpoints(StringBuilder html, RunRecord run) {
        html.append("<h2 id=\"checkpoints\">Best and final checkpoint</h2>");
        Map<String, Long> rows = new LinkedHashMap<>();
        run.best().ifPresent(b -> rows.put("best (by " + b.metric() + ")", b.step()));
        run.finalStep().ifPresent(s -> rows.put("final", s));
        if (rows.isEmpty()) {
            html.append("<p class=\"muted\">No checkpoint yet.</p>");
            return;
        }
        Set<String> names = new LinkedHashSet<>();
        rows.values().forEach(step -> run.evaluationAt(step).ifPresent(e -> e.metrics().forEach(m -> names.add(m.name()))));
        html.append("<table class=\"checkpoints\"><tr><th>checkpoint</th><th>step</th>");
        names.forEach(n -> html.append("<th>").append(Html.escape(n)).append("</th>"));
        html.append("</tr>");
        rows.forEach((label, step) -> {
            html.append("<tr><td>").append(Html.escape(label)).append("</td><td>").append(step).append("</td>");
            Optional<RunRecord.Evaluation> e = run.evaluationAt(step);
            for (String n : names) {
                html.append("<td>").append(e.flatMap(ev -> ev.metrics().stream().filter(m -> m.name().equals(n)).findFirst())
                        .map(RunReport::value).orElse("—")).append("</td>");
            }
            html.append("</tr>");
        });
        html.append("</table>");
    }

    private static void training(StringBuilder html, RunRecord run) {
        html.append("<h2 id=\"training\">Training</h2>");
        List<RunRecord.LossEntry> losses = Spread.evenly(run.losses(), MAX_CURVE_POINTS);
        if (losses.isEmpty()) {
            html.append("<p class=\"muted\">No losses logged yet.</p>");
            return;
        }
        html.append("<div class=\"charts\">")
                .append(LineChart.render("losses", List.of(series("discriminator", losses, RunRecord.LossEntry::discriminator),
                        series("generator", losses, RunRecord.LossEntry::generator))))
                .append(LineChart.render("learning rates", List.of(series("G", losses, RunRecord.LossEntry::lrGenerator),
                        series("D", losses, RunRecord.LossEntry::lrDiscriminator))))
                .append(LineChart.render("steps per second", List.of(series("steps/s", losses,
                        RunRecord.LossEntry::stepsPerSecond))))
                .append("</div>");
    }

    private static LineChart.Series series(String name, List<RunRecord.LossEntry> losses,
            ToDoubleFunction<RunRecord.LossEntry> value) {
        return new LineChart.Series(name, losses.stream().mapToDouble(RunRecord.LossEntry::step).toArray(),
                losses.stream().mapToDouble(value).toArray());
    }

    private static void metrics(StringBuilder html, RunRecord run) {
        html.append("<h2 id=\"metrics\">Evaluation</h2>");
        List<RunRecord.Evaluation> evaluations = Spread.evenly(run.evaluations(), MAX_CURVE_POINTS);
        if (evaluations.isEmpty()) {
            html.append("<p class=\"muted\">No evaluation yet.</p>");
            return;
        }
        MetricCurves.of(evaluations).forEach((group, curves) -> {
            html.append("<h3>").append(Html.escape(group)).append("</h3><div class=\"charts\">");
            curves.forEach(c -> html.append(LineChart.render(c.name(), List.of(c))));
            html.append("</div>");
        });
        RunRecord.Evaluation last = evaluations.get(evaluations.size() - 1);
        html.append("<h3>Latest (step ").append(last.step()).append(")</h3><table class=\"latest\"><tr><th>metric</th>")
                .append("<th>value</th><th>better</th><th>samples</th><th>note</th></tr>");
        for (MetricValue m : last.metrics()) {
            html.append("<tr><td>").append(Html.escape(m.name())).append("</td><td>").append(value(m)).append("</td><td>")
                    .append(m.higherIsBetter() ? "higher" : "lower").append("</td><td>").append(m.samples())
                    .append("</td><td>").append(Html.escape(m.note())).append("</td></tr>");
        }
        html.append("</table>");
    }

    private static String value(MetricValue m) {
        return LineChart.label(m.value()) + (Double.isFinite(m.std()) ? " ± " + LineChart.label(m.std()) : "");
    }

    private static void events(StringBuilder html, RunRecord run) {
        html.append("<h2 id=\"events\">Events</h2>");
        List<RunRecord.Event> events = run.events();
        if (events.isEmpty()) {
            html.append("<p class=\"muted\">None: no rollback or divergence.</p>");
            return;
        }
        if (events.size() > MAX_EVENTS) {
            html.append("<p class=\"muted\">The newest ").append(MAX_EVENTS).append(" of ").append(events.size())
                    .append(" events.</p>");
            events = events.subList(events.size() - MAX_EVENTS, events.size());
        }
        html.append("<table class=\"events\"><tr><th>step</th><th>kind</th><th>what happened</th></tr>");
        events.forEach(e -> html.append("<tr><td>").append(e.step()).append("</td><td>").append(Html.escape(e.kind()))
                .append("</td><td>").append(Html.escape(e.message())).append("</td></tr>"));
        html.append("</table>");
    }

    private static void samples(StringBuilder html, RunRecord run) throws IOException {
        html.append("<h2 id=\"samples\">Samples</h2>");
        List<SampleIndex.StepSamples> shown = run.samples().spread(MAX_SAMPLE_STEPS);
        if (shown.isEmpty()) {
            html.append("<p class=\"muted\">No samples yet.</p>");
            return;
        }
        if (shown.size() < run.samples().steps().size()) {
            html.append("<p class=\"muted\">").append(shown.size()).append(" of ").append(run.samples().steps().size())
                    .append(" sample steps, spread over the run.</p>");
        }
        SampleIndex.StepSamples newest = shown.get(shown.size() - 1);
        if (!newest.audio().isEmpty()) {
            audio(html, newest);
        }
        html.append("<div class=\"steps\">");
        for (SampleIndex.StepSamples s : shown) {
            html.append("<div class=\"step\"><h3>step ").append(s.step()).append("</h3>");
            for (Path image : s.images()) {
                html.append(embed(image, "image/png", uri -> "<img class=\"sample\" alt=\"samples at step " + s.step()
                        + "\" src=\"" + uri + "\">"));
            }
            for (Path text : s.texts()) {
                html.append("<pre class=\"text-sample\">").append(Html.escape(textExcerpt(text))).append("</pre>");
            }
            html.append("</div>");
        }
        html.append("</div>");
    }

    private static void audio(StringBuilder html, SampleIndex.StepSamples newest) throws IOException {
        List<Path> clips = newest.audio();
        html.append("<h3>Listen: step ").append(newest.step());
        if (clips.size() > MAX_AUDIO_CLIPS) {
            html.append(" <span class=\"muted\">(").append(MAX_AUDIO_CLIPS).append(" of ").append(clips.size())
                    .append(" clips)</span>");
            clips = clips.subList(0, MAX_AUDIO_CLIPS);
        }
        html.append("</h3><div class=\"clips\">");
        for (Path clip : clips) {
            String label = Html.escape(clip.getFileName().toString());
            html.append("<div class=\"clip\">").append(label).append("<br>")
                    .append(embed(clip, "audio/wav", uri -> "<audio controls preload=\"metadata\" src=\"" + uri + "\"></audio>"))
                    .append("</div>");
        }
        html.append("</div>");
    }

    private static String embed(Path file, String mediaType, Function<String, String> element)
            throws IOException {
        long size = Files.size(file);
        if (size > MAX_EMBEDDED_BYTES) {
            return "<p class=\"muted\">" + Html.escape(file.getFileName().toString()) + " (" + size
                    + " bytes) is too large to embed; see samples/</p>";
        }
        return element.apply(Html.dataUri(mediaType, Files.readAllBytes(file)));
    }

    /**
     * @param file a text sample file
     * @return its first {@value #MAX_TEXT_LINES} lines, each cut at {@value #MAX_LINE_CHARS}
     *     characters, with a note of how many lines were left out
     * @throws IOException if it cannot be read
     */
    static String textExcerpt(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        List<String> shown = new ArrayList<>();
        for (String line : lines.subList(0, Math.min(MAX_TEXT_LINES, lines.size()))) {
            shown.add(line.length() > MAX_LINE_CHARS ? line.substring(0, MAX_LINE_CHARS) + "…" : line);
        }
        if (lines.size() > MAX_TEXT_LINES) {
            shown.add("… " + (lines.size() - MAX_TEXT_LINES) + " more lines in " + file.getFileName());
        }
        return String.join("\n", shown);
    }

    private static void provenance(StringBuilder html, RunRecord run) {
        html.append("<h2 id=\"provenance\">Provenance</h2><table class=\"provenance\">");
        Map<String, String> rows = new LinkedHashMap<>(run.provenance());
        rows.put("seed", run.config().path("train").path("seed").asText());
        rows.put("run directory", run.directory().toAbsolutePath().normalize().toString());
        rows.forEach((k, v) -> html.append("<tr><th>").append(Html.escape(k)).append("</th><td>").append(Html.escape(v))
                .append("</td></tr>"));
        if (!run.evaluations().isEmpty()) {
            RunRecord.Evaluation last = run.evaluations().get(run.evaluations().size() - 1);
            Map<String, List<String>> byNote = new LinkedHashMap<>();
            for (MetricValue m : last.metrics()) {
                byNote.computeIfAbsent(m.note(), n -> new ArrayList<>()).add(m.name() + " (n=" + m.samples() + ")");
            }
            html.append("<tr><th>evaluation at step ").append(last.step()).append("</th><td><ul>");
            byNote.forEach((note, metrics) -> html.append("<li>").append(Html.escape(String.join(", ", metrics)))
                    .append(note.isEmpty() ? "" : ": " + Html.escape(note)).append("</li>"));
            html.append("</ul></td></tr>");
        }
        html.append("</table>");
        if (run.provenance().isEmpty()) {
            html.append("<p class=\"muted\">This run recorded no versions (it predates provenance in metrics.json).</p>");
        }
    }
}
