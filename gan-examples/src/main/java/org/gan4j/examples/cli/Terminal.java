package org.gan4j.examples.cli;

import java.io.PrintWriter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The command line's output: result lines (always printed), information lines (silenced by {@code
 * --quiet}) and progress, drawn as a redrawn bar on a terminal and as periodic plain lines
 * otherwise. Information printed while a bar is shown goes above it. Progress messages of slow
 * work (data making, conversions) of the form {@code "label: 500 / 4000 clips"} become a bar on a
 * terminal.
 */
final class Terminal {

    /** A counted progress message: label, count done, total, unit. */
    private static final Pattern COUNTED = Pattern.compile("(.+?): (\\d+) ?/ ?(\\d+) (\\w+)");

    private final PrintWriter out;
    private final boolean interactive;
    private final boolean quiet;
    private ProgressBar bar;

    /**
     * @param out where everything goes
     * @param interactive whether {@code out} is a terminal that can redraw a line
     * @param quiet whether to print results only
     */
    Terminal(PrintWriter out, boolean interactive, boolean quiet) {
        this.out = out;
        this.interactive = interactive;
        this.quiet = quiet;
    }

    /** @return whether standard output is a terminal (a console attached to both ends) */
    static boolean standardOutputIsTerminal() {
        return System.console() != null && !"dumb".equals(System.getenv("TERM"));
    }

    /** Prints a result, even when quiet. */
    void result(String line) {
        clearBar();
        out.println(line);
        out.flush();
        redrawBar();
    }

    /** Prints an information line unless quiet. */
    void info(String line) {
        if (!quiet) {
            result(line);
        }
    }

    /**
     * Shows a progress message of slow work: on a terminal a counted one ({@code "label: 500 / 4000
     * clips"}) moves a bar, any other is an information line.
     *
     * @param line the message
     */
    void message(String line) {
        Matcher m = COUNTED.matcher(line);
        if (!interactive || !m.matches()) {
            info(line);
            return;
        }
        long done = Long.parseLong(m.group(2));
        long total = Long.parseLong(m.group(3));
        if (bar == null || !bar.counts(m.group(1), total)) {
            progress(m.group(1), total, m.group(4));
        }
        ProgressBar current = bar;
        current.update(done, "");
        if (done >= total) {
            current.finish();
        }
    }

    /**
     * Starts a progress display; the previous one, if any, is finished.
     *
     * @param label what is progressing, e.g. {@code train}
     * @param total the amount of work, in the unit {@link ProgressBar#update} counts
     * @param unit the unit's name, e.g. {@code steps}
     * @return the progress display
     */
    ProgressBar progress(String label, long total, String unit) {
        if (bar != null) {
            bar.finish();
        }
        bar = new ProgressBar(this, label, total, unit, System.nanoTime());
        return bar;
    }

    boolean interactive() {
        return interactive;
    }

    boolean quiet() {
        return quiet;
    }

    /** Draws the bar's line in place (terminal only). */
    void draw(String line) {
        out.print("\r" + line + "\u001b[K");
        out.flush();
    }

    /** Called by a bar when it is done: on a terminal its last state stays on its own line. */
    void ended(ProgressBar ended) {
        if (ended == bar) {
            if (interactive && !quiet) {
                out.println();
                out.flush();
            }
            bar = null;
        }
    }

    private void clearBar() {
        if (bar != null && interactive && !quiet) {
            out.print("\r\u001b[K");
        }
    }

    private void redrawBar() {
        if (bar != null && interactive && !quiet) {
            bar.redraw();
        }
    }
}
