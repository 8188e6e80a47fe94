package org.gan4j.examples.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --cache} option of the commands that read data sets or evaluators. */
final class CacheOption {

    @Option(names = "--cache", paramLabel = "DIR", description = "Data cache (default: $GAN4J_CACHE or ~/.cache/gan4j).")
    Path cache;

    /** @return the chosen cache, or the default one */
    Path dir() {
        return cache != null ? cache : Gan4jPaths.cache();
    }
}
