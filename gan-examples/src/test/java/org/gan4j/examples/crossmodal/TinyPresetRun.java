package org.gan4j.examples.crossmodal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gan4j.examples.cli.GanCli;

/** Trains a cross-modal preset for a few steps through the {@code gan} program, as a user would. */
final class TinyPresetRun {

    private TinyPresetRun() {}

    /**
     * @param preset the preset's name
     * @param yaml the overrides that shrink it (written to a config file next to the run)
     * @param temp a folder for the config and the run directory
     * @param cache the data cache
     * @return the run directory, after the program exited 0 (else the test fails with its errors)
     * @throws IOException if the config cannot be written
     */
    static Path train(String preset, String yaml, Path temp, Path cache) throws IOException {
        Path config = Files.writeString(temp.resolve("tiny-" + preset + ".yaml"), yaml);
        Path run = temp.resolve("run");
        StringWriter err = new StringWriter();
        int code = GanCli.execute(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true), "train",
                preset, "--config", config.toString(), "--out", run.toString(), "--cache", cache.toString());
        assertEquals(0, code, err.toString());
        return run;
    }
}
