package org.gan4j.core.app.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

/** The run's human-readable log, {@code train.log}: timestamped lines, appended and flushed. */
final class RunLog implements AutoCloseable {

    private final Writer out;

    RunLog(Path file) throws IOException {
        out = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    void line(String text) {
        try {
            out.write(Instant.now() + " " + text + System.lineSeparator());
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the run log", e);
        }
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
