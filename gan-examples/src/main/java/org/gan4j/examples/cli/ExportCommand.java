package org.gan4j.examples.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.gan4j.core.app.job.TrainedRun;
import org.gan4j.core.export.GeneratorCard;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code gan export RUN}: writes the run's generator (the weight average when the run kept one) as
 * a standard DJL model directory, loadable with gan-core and the modality's module alone.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = {"Export a trained run's generator as a DJL model directory: NAME-0000.params (DJL's"
                + " Model.save) and generator.json (what rebuilds the block), plus what the modality needs to"
                + " decode samples.",
            "Load it in your own code with GeneratorModels.load(dir) and a GeneratorTranslator (see docs/CLI.md)."},
        footer = {"", "Examples:", "  gan export runs/ring", "  gan export runs/mnist --checkpoint best --out exports/mnist"})
final class ExportCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private RunOptions run;

    @Option(names = "--out", paramLabel = "DIR", description = "Export directory (default: RUN/export); must be new or empty.")
    private Path out;

    @Option(names = "--name", paramLabel = "NAME", defaultValue = "generator",
            description = "DJL model name, the parameter file's prefix (default: ${DEFAULT-VALUE}).")
    private String name;

    @Override
    public Integer call() throws Exception {
        if (!name.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,63}")) {
            throw new ParameterException(spec.commandLine(), "--name '" + name + "' must be 1-64 letters, digits, '.', '_'"
                    + " or '-', starting with a letter or digit");
        }
        Terminal terminal = GanCli.terminal(spec);
        try (TrainedRun job = run.open(terminal, false)) {
            Path dir = out != null ? out : job.runDirectory().root().resolve("export");
            Gan4jPaths.requireNewOrEmpty(dir);
            GeneratorCard card = job.exportGenerator(dir, name);
            terminal.result("exported the " + card.modality() + "/" + card.architecture() + " generator of step "
                    + card.step() + " to " + dir + " (DJL model '" + name + "', latent dim " + card.latentDim()
                    + ", " + card.conditionSpec() + ")");
        }
        return 0;
    }
}
