package org.gan4j.examples.cli;

import java.io.PrintWriter;
import org.gan4j.core.app.job.TrainingDivergedException;
import org.gan4j.core.app.run.RunDirectoryException;
import org.gan4j.core.checkpoint.CheckpointException;
import org.gan4j.core.options.ConfigException;
import org.gan4j.core.options.UnknownNameException;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The {@code gan} command-line program.
 *
 * <p>Exit codes: {@value #OK} success; {@value #RUN_FAILED} training diverged or a run failed;
 * {@value #USAGE} bad usage or configuration (unknown command, flag, name or field; wrong type;
 * value out of range; unusable file or directory); {@value #BAD_RUN} the directory given as a run
 * is not one, or its checkpoint is missing, corrupt or from a different model or modality.
 */
@Command(
        name = "gan",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Train, sample, evaluate, export and report on generative adversarial networks (gan4j).",
        subcommands = {ListCommand.class, DataCommand.class, TrainCommand.class, SampleCommand.class, EvalCommand.class,
            ExportCommand.class, ReportCommand.class, BenchCommand.class, CommandLine.HelpCommand.class},
        footer = {"", "Examples:", "  gan list", "  gan train points-ring --steps 2000 --out runs/ring",
            "  gan train --resume runs/ring --steps 4000", "  gan sample runs/ring --n 500",
            "  gan eval runs/ring", "  gan export runs/ring --out exports/ring", "  gan report runs/ring",
            "  gan --quiet train points-ring",
            "", "Exit codes:", "  0  success", "  1  the run failed (training diverged, unexpected error)",
            "  2  bad usage or configuration: unknown command/flag/name/field, wrong type,",
            "     value out of range, unusable file or output directory",
            "  3  not a run directory, or its checkpoint is missing, corrupt or from another model"})
public final class GanCli {

    /** Exit code for success. */
    public static final int OK = 0;
    /** Exit code for a run that failed (diverged, I/O error during training). */
    public static final int RUN_FAILED = 1;
    /** Exit code for bad usage or configuration. */
    public static final int USAGE = 2;
    /** Exit code for a directory that is not a usable run (not a run, bad or foreign checkpoint). */
    public static final int BAD_RUN = 3;

    @Option(names = {"-q", "--quiet"}, scope = ScopeType.INHERIT,
            description = "Print results and errors only: no progress, no information lines (for scripts).")
    private boolean quiet;

    private final boolean interactive;

    private GanCli(boolean interactive) {
        this.interactive = interactive;
    }

    /**
     * Runs the program.
     *
     * @param args command-line arguments
     */
    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /**
     * Runs the program without exiting the JVM, on standard output and error.
     *
     * @param args command-line arguments
     * @return the exit code
     */
    public static int execute(String... args) {
        return execute(new PrintWriter(System.out, true), new PrintWriter(System.err, true),
                Terminal.standardOutputIsTerminal(), args);
    }

    /**
     * Runs the program with the given output streams (for tests and embedding); progress is
     * printed as plain lines.
     *
     * @param out standard output
     * @param err standard error
     * @param args command-line arguments
     * @return the exit code
     */
    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        return execute(out, err, false, args);
    }

    private static int execute(PrintWriter out, PrintWriter err, boolean interactive, String... args) {
        UsageErrors usage = new UsageErrors();
        CommandLine cli = new CommandLine(new GanCli(interactive)).setOut(out).setErr(err)
                .setParameterExceptionHandler(usage).setExecutionStrategy(usage);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("gan: " + e.getMessage());
            if (e instanceof TrainingDivergedException) {
                return RUN_FAILED;
            }
            if (e instanceof CheckpointException || e instanceof RunDirectoryException) {
                return BAD_RUN;
            }
            if (e instanceof ConfigException || e instanceof UnknownNameException || e instanceof IllegalArgumentException
                    || e instanceof java.io.IOException) {
                return USAGE;
            }
            e.printStackTrace(commandLine.getErr());
            return RUN_FAILED;
        });
        return cli.execute(args);
    }

    /**
     * The output of the command being run, honouring {@code --quiet}.
     *
     * @param spec the running command's spec
     * @return its terminal
     */
    static Terminal terminal(CommandSpec spec) {
        GanCli root = (GanCli) spec.root().userObject();
        return new Terminal(spec.commandLine().getOut(), root.interactive, root.quiet);
    }
}
