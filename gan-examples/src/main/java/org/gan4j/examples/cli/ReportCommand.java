package org.gan4j.examples.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.gan4j.core.app.report.RunReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code gan report}: (re)writes a run's self-contained HTML report. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Write a run's HTML report: loss and metric curves, samples over training (images, audio"
                + " players, text), events, best vs final checkpoint, configuration and provenance, in one"
                + " self-contained file. Training rewrites RUN/report.html by itself; this command redraws it,"
                + " e.g. for a run made with report.enabled = false or an older gan4j."},
        footer = {"", "Examples:", "  gan report runs/ring", "  gan report runs/ring --out reports/ring.html"})
final class ReportCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "RUN", description = "A run directory made by 'gan train'.")
    private Path run;

    @Option(names = "--out", paramLabel = "FILE", description = "Where to write the report (default: RUN/report.html).")
    private Path out;

    @Override
    public Integer call() throws Exception {
        Path target = out != null ? out : run.resolve(RunReport.FILE);
        RunReport.write(run, target);
        spec.commandLine().getOut().println("gan: wrote " + target);
        spec.commandLine().getOut().flush();
        return 0;
    }
}
