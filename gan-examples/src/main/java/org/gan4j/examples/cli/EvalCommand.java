package org.gan4j.examples.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.gan4j.core.app.job.TrainedRun;
import org.gan4j.core.checkpoint.AtomicFiles;
import org.gan4j.core.metrics.MetricValue;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code gan eval RUN}: measures a checkpoint with the modality's evaluator, with the run's
 * evaluation noise, prints the metrics and writes them to {@code RUN/evaluations/step-NNNNNNNN.json}
 * (atomically).
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Evaluate a trained run's checkpoint with its modality's metrics (e.g. IS, FID, KID,"
                + " precision/recall for images and audio; NLL and BLEU for text; modes covered for points).",
            "Prints the metrics and writes them to RUN/evaluations/step-NNNNNNNN.json."},
        footer = {"", "Examples:", "  gan eval runs/ring", "  gan eval runs/mnist --checkpoint best --samples 10000"})
final class EvalCommand implements Callable<Integer> {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Spec
    private CommandSpec spec;

    @Mixin
    private RunOptions run;

    @Option(names = "--samples", paramLabel = "N",
            description = "Generated samples to measure (default: the run's eval.samples).")
    private Integer samples;

    @Override
    public Integer call() throws Exception {
        if (samples != null && (samples < 1 || samples > 1_000_000)) {
            throw new ParameterException(spec.commandLine(), "--samples " + samples + " is out of range: allowed [1, 1000000]");
        }
        Terminal terminal = GanCli.terminal(spec);
        try (TrainedRun job = run.open(terminal, true)) {
            int count = samples != null ? samples : job.config().eval().samples();
            long step = job.stepCount();
            ProgressBar progress = terminal.progress("eval", count, "samples");
            List<MetricValue> metrics = job.measure(new CountingSampler(job.sampler(), progress), count);
            progress.finish();
            for (MetricValue m : metrics) {
                terminal.result(String.format("%-16s %.4f  (n=%d)%s", m.name(), m.value(), m.samples(),
                        m.note().isEmpty() ? "" : "  " + m.note()));
            }
            Map<String, Object> record = new LinkedHashMap<>();
            record.put("step", step);
            record.put("checkpoint", run.checkpoint);
            record.put("samples", count);
            record.put("metrics", metrics);
            Path file = job.runDirectory().root().resolve("evaluations").resolve(String.format("step-%08d.json", step));
            AtomicFiles.write(file, JSON.writeValueAsBytes(record));
            terminal.info("metrics written to " + file);
        }
        return 0;
    }
}
