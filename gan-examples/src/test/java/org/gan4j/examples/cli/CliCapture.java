package org.gan4j.examples.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the {@code gan} program in-process, as a user would, and keeps the last run's output and errors. */
final class CliCapture {

    private String out = "";
    private String err = "";

    /**
     * @param args the command line
     * @return the exit code; {@link #out()} and {@link #err()} then hold this run's output only
     */
    int run(String... args) {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int code = GanCli.execute(new PrintWriter(o, true), new PrintWriter(e, true), args);
        out = o.toString();
        err = e.toString();
        return code;
    }

    /** @return the last run's standard output */
    String out() {
        return out;
    }

    /** @return the last run's standard error */
    String err() {
        return err;
    }
}
