package org.gan4j.examples.cli;

import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionStrategy;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * How {@code gan} reports bad usage: one line prefixed {@code gan:}, naming the unknown command,
 * flag or value, then picocli's suggestions or where to read the options; exit code 2. An unknown
 * word is an error even with {@code --help} after it ({@code gan nosuch --help}), where picocli
 * alone would print the parent's help and succeed.
 */
final class UsageErrors implements IParameterExceptionHandler, IExecutionStrategy {

    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        PrintWriter err = command.getErr();
        err.println("gan: " + describe(e));
        if (!UnmatchedArgumentException.printSuggestions(e, err)) {
            err.println("run '" + command.getCommandSpec().qualifiedName() + " --help' for its usage");
        }
        return GanCli.USAGE;
    }

    /** Refuses unmatched words before help or the command runs. */
    @Override
    public int execute(ParseResult parsed) {
        for (ParseResult p = parsed; p != null; p = p.subcommand()) {
            if (!p.unmatched().isEmpty()) {
                throw new UnmatchedArgumentException(p.commandSpec().commandLine(), p.unmatched());
            }
        }
        return new CommandLine.RunLast().execute(parsed);
    }

    private static String describe(ParameterException e) {
        CommandLine command = e.getCommandLine();
        if (e instanceof UnmatchedArgumentException unmatched && !command.getSubcommands().isEmpty()) {
            List<String> words = unmatched.getUnmatched();
            if (!words.isEmpty() && !words.get(0).startsWith("-")) {
                return "unknown command '" + words.get(0) + "' for '" + command.getCommandSpec().qualifiedName()
                        + "'; commands: " + String.join(", ", command.getSubcommands().keySet());
            }
        }
        return e.getMessage();
    }
}
