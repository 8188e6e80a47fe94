package org.gan4j.examples.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.gan4j.core.app.job.TrainedRun;
import org.gan4j.core.model.ConditionSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code gan sample RUN}: generates samples from a run's checkpoint and writes them with the
 * modality's sample writer (PNG grids, WAV files, text), one file set per batch. Each batch's
 * arrays live on their own manager, closed after the batch is written.
 */
@Command(name = "sample", mixinStandardHelpOptions = true,
        description = {"Generate samples from a trained run's checkpoint with the modality's writer:"
                + " PNG grids for images, WAV files for audio, text files for text, CSV and plots for points.",
            "Class-conditional runs take --condition: one label for all samples, or a comma list cycled over them"
                + " (default: every class in turn)."},
        footer = {"", "Examples:", "  gan sample runs/ring --n 1000", "  gan sample runs/mnist-cgan --n 100 --condition 7",
            "  gan sample runs/mnist-cgan --condition 0,1,2 --checkpoint best --out samples/cgan"})
final class SampleCommand implements Callable<Integer> {

    /** The stream of seeds for sampling, apart from training's steps and its fixed and evaluation noise. */

    @Spec
    private CommandSpec spec;

    @Mixin
    private RunOptions run;

    @Option(names = "--n", paramLabel = "N", defaultValue = "64", description = "How many samples (default: ${DEFAULT-VALUE}).")
    private int n;

    @Option(names = "--condition", paramLabel = "LABEL", split = ",",
            description = "Class label(s) for a class-conditional run, e.g. 7 or 0,1,2.")
    private List<String> condition;

    @Option(names = "--out", paramLabel = "DIR",
            description = "Directory for the files (default: RUN/generated/step-NNNNNNNN); must be new or empty.")
    private Path out;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Seed of the noise (default: ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--batch", paramLabel = "B", defaultValue = "64",
            description = "Samples generated and written at a time (default: ${DEFAULT-VALUE}).")
    private int batch;

    @Override
    public Integer call() throws Exception {
        if (n < 1 || n > 1_000_000 || batch < 1 || batch > 4096) {
            throw new ParameterException(spec.commandLine(), "--n must be in [1, 1000000] and --batch in [1, 4096]; got --n "
                    + n + ", --batch " + batch);
        }
        Terminal terminal = GanCli.terminal(spec);
        try (TrainedRun job = run.open(terminal, false)) {
            ConditionSpec wanted = job.condition();
            long[] labels = labels(wanted);
            long step = job.stepCount();
            Path dir = out != null ? out : job.runDirectory().root().resolve("generated").resolve(String.format("step-%08d", step));
            Gan4jPaths.requireNewOrEmpty(dir);
            Files.createDirectories(dir);
            ProgressBar progress = terminal.progress("sample", n, "samples");
            List<Path> files = job.writeSamples(n, batch, labels, seed, dir, done -> progress.update(done, ""));
            progress.finish();
            terminal.result("wrote " + n + " samples of step " + step + " (" + files.size() + " files) to " + dir);
        }
        return 0;
    }

    /** The labels asked for, checked against the run's condition; {@code null} when none were given. */
    private long[] labels(ConditionSpec c) {
        if (condition == null || condition.isEmpty()) {
            return null;
        }
        for (int i = 0; i < condition.size(); i++) {
            if (condition.get(i).isBlank()) {
                throw new ParameterException(spec.commandLine(), "--condition " + String.join(",", condition) + ": item "
                        + (i + 1) + " is empty; give labels separated by single commas, e.g. 0,1,2");
            }
        }
        if (c.kind() != ConditionSpec.Kind.CLASS_LABEL) {
            throw new ParameterException(spec.commandLine(), "--condition takes class labels, but this run is "
                    + (c.isConditional() ? "conditioned on an " + c + " (its samples take conditions from the data)" : "unconditional")
                    + "; leave --condition out");
        }
        long[] labels = new long[condition.size()];
        for (int i = 0; i < labels.length; i++) {
            String text = condition.get(i).trim();
            long label;
            try {
                label = Long.parseLong(text);
            } catch (NumberFormatException e) {
                label = -1;
            }
            if (label < 0 || label >= c.size()) {
                throw new ParameterException(spec.commandLine(), "--condition " + text + " is not a class label of this run:"
                        + " allowed 0 to " + (c.size() - 1));
            }
            labels[i] = label;
        }
        return labels;
    }
}
