package org.gan4j.examples.cli;

import java.nio.file.Path;

/**
 * Default locations: the data cache ({@code $GAN4J_CACHE} or {@code ~/.cache/gan4j}) and the
 * checkout ({@code $GAN4J_HOME}, set by the {@code ./gan} launcher, else the working directory).
 */
final class Gan4jPaths {

    private Gan4jPaths() {}

    static Path cache() {
        String env = System.getenv("GAN4J_CACHE");
        return env != null && !env.isBlank() ? Path.of(env) : Path.of(System.getProperty("user.home"), ".cache", "gan4j");
    }

    static Path home() {
        String env = System.getenv("GAN4J_HOME");
        return Path.of(env != null && !env.isBlank() ? env : ".");
    }
}
