package org.gan4j.examples.cli;

import java.time.Duration;

/**
 * One progress display of a {@link Terminal}: on a terminal a bar redrawn at most ten times a
 * second ({@code label [#####-----] 120/400 steps 30% ETA 0:12 D 0.61 G 0.93}); otherwise a plain
 * line at every tenth of the work; nothing when quiet.
 */
final class ProgressBar {

    private static final int WIDTH = 30;
    private static final long REDRAW_NANOS = 100_000_000L;

    private final Terminal terminal;
    private final String label;
    private final long total;
    private final String unit;
    private final long startNanos;
    private long done;
    private String detail = "";
    private long lastDrawNanos;
    private long lastLineTenth = -1;
    private boolean finished;

    ProgressBar(Terminal terminal, String label, long total, String unit, long startNanos) {
        this.terminal = terminal;
        this.label = label;
        this.total = Math.max(1, total);
        this.unit = unit;
        this.startNanos = startNanos;
    }

    /**
     * Records progress.
     *
     * @param doneSoFar the work done so far, in [0, total]
     * @param details extra figures for the end of the line (e.g. losses), or empty
     */
    void update(long doneSoFar, String details) {
        update(doneSoFar, details, System.nanoTime());
    }

    void update(long doneSoFar, String details, long nowNanos) {
        this.done = Math.max(0, Math.min(total, doneSoFar));
        this.detail = details;
        if (terminal.quiet() || finished) {
            return;
        }
        if (terminal.interactive()) {
            if (nowNanos - lastDrawNanos >= REDRAW_NANOS || done == total) {
                lastDrawNanos = nowNanos;
                terminal.draw(render(nowNanos));
            }
        } else {
            long tenth = done * 10 / total;
            if (tenth > lastLineTenth) {
                lastLineTenth = tenth;
                terminal.result(render(nowNanos));
            }
        }
    }

    /** @return whether this display counts the named work of this total */
    boolean counts(String name, long amount) {
        return !finished && label.equals(name) && total == Math.max(1, amount);
    }

    /** Ends the display with the work as far as it got. */
    void finish() {
        if (!finished) {
            if (terminal.interactive() && !terminal.quiet()) {
                terminal.draw(render(System.nanoTime()));
            }
            finished = true;
            terminal.ended(this);
        }
    }

    void redraw() {
        terminal.draw(render(System.nanoTime()));
    }

    /** The display's text at a time: label, bar (terminal only), count, percentage, ETA and details. */
    String render(long nowNanos) {
        StringBuilder sb = new StringBuilder(label).append(' ');
        if (terminal.interactive()) {
            int filled = (int) (WIDTH * done / total);
            sb.append('[').append("#".repeat(filled)).append("-".repeat(WIDTH - filled)).append("] ");
        }
        sb.append(done).append('/').append(total).append(' ').append(unit)
                .append(String.format(" %3d%%", 100 * done / total));
        double seconds = (nowNanos - startNanos) / 1e9;
        if (done > 0 && done < total) {
            sb.append(" ETA ").append(clock(Duration.ofSeconds(Math.round(seconds * (total - done) / done))));
        } else if (done == total) {
            sb.append(" in ").append(clock(Duration.ofSeconds(Math.round(seconds))));
        }
        if (!detail.isEmpty()) {
            sb.append("  ").append(detail);
        }
        return sb.toString();
    }

    static String clock(Duration d) {
        return d.toHours() > 0
                ? String.format("%d:%02d:%02d", d.toHours(), d.toMinutesPart(), d.toSecondsPart())
                : String.format("%d:%02d", d.toMinutesPart(), d.toSecondsPart());
    }
}
