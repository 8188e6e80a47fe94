package org.gan4j.examples.cli;

import java.io.PrintWriter;
import org.gan4j.core.config.ConfigException;
import org.gan4j.core.job.TrainingDivergedException;
import org.gan4j.core.spi.UnknownNameException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code gan} command-line program.
 *
 * <p>Exit codes: 0 success; 1 training diverged or a run failed; 2 bad usage or configuration
 * (unknown command, flag, name or field; value out of range; unusable file or directory).
 */
@Command(
        name = "gan",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Train, sample and evaluate generative adversarial networks (gan4j).",
        subcommands = {ListCommand.class, DataCommand.class, TrainCommand.class, BenchCommand.class, ReportCommand.class,
            CommandLine.HelpCommand.class},
        footer = {"", "Examples:", "  gan list", "  gan train points-ring --steps 2000 --out runs/ring",
                "  gan train --resume runs/ring --steps 4000", "  gan bench trainer"})
public final class GanCli {

    /** Exit code for a run that failed (diverged, I/O error during training). */
    public static final int RUN_FAILED = 1;
    /** Exit code for bad usage or configuration. */
    public static final int USAGE = 2;

    private GanCli() {}

    /**
     * Runs the program.
     *
     * @param args command-line arguments
     */
    public static void main(String[] args) {
        System.exit(execute(args));
    }

    /**
     * Runs the program without exiting the JVM.
     *
     * @param args command-line arguments
     * @return the exit code
     */
    public static int execute(String... args) {
        return execute(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args);
    }

    /**
     * Runs the program with the given output streams (for tests and embedding).
     *
     * @param out standard output
     * @param err standard error
     * @param args command-line arguments
     * @return the exit code
     */
    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new GanCli()).setOut(out).setErr(err);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("gan: " + e.getMessage());
            if (e instanceof TrainingDivergedException) {
                return RUN_FAILED;
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
}
