package org.gan4j.examples.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.gan4j.core.app.Gan;

/**
 * Default locations: the data cache ({@code $GAN4J_CACHE} or {@code ~/.cache/gan4j}) and the
 * checkout ({@code $GAN4J_HOME}, set by the {@code ./gan} launcher, else the working directory);
 * and the check that an output directory holds nothing to overwrite.
 */
final class Gan4jPaths {

    private Gan4jPaths() {}

    static Path cache() {
        return Gan.defaultCache();
    }

    static Path home() {
        String env = System.getenv("GAN4J_HOME");
        return Path.of(env != null && !env.isBlank() ? env : ".");
    }

    /**
     * @param dir an output directory a command is about to write
     * @throws IOException if it is a file or a directory that already holds files
     */
    static void requireNewOrEmpty(Path dir) throws IOException {
        if (Files.isDirectory(dir)) {
            try (Stream<Path> entries = Files.list(dir)) {
                if (entries.findAny().isPresent()) {
                    throw new IOException("output directory " + dir + " already holds files; choose another --out");
                }
            }
        } else if (Files.exists(dir)) {
            throw new IOException("output " + dir + " is a file, not a directory; choose another --out");
        }
    }
}
