package org.gan4j.examples.cli;

import java.nio.file.Path;
import java.util.function.LongSupplier;

/**
 * While a run trains, a JVM shutdown hook that, when the process is stopped by Ctrl-C (exit 130) or
 * SIGTERM (exit 143), prints one line on standard error with the step reached and the command that
 * resumes the run. Closing it (the run ended normally or with an error) removes the hook.
 */
final class InterruptNotice implements AutoCloseable {

    private final Thread hook;

    private InterruptNotice(Thread hook) {
        this.hook = hook;
    }

    static InterruptNotice install(Path runDirectory, LongSupplier step) {
        Thread hook = new Thread(() -> System.err.println("gan: interrupted at step " + step.getAsLong()
                + "; nothing written is torn. Continue with: gan train --resume " + runDirectory), "gan-interrupt-notice");
        Runtime.getRuntime().addShutdownHook(hook);
        return new InterruptNotice(hook);
    }

    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // the JVM is already exiting: the hook runs (or ran) and says how to resume
        }
    }
}
