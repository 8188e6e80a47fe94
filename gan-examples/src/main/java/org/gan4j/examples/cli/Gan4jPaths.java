package org.gan4j.examples.cli;

import java.nio.file.Path;

/** Default locations: the data cache ({@code $GAN4J_CACHE} or {@code ~/.cache/gan4j}). */
final class Gan4jPaths {

    private Gan4jPaths() {}

    static Path cache() {
        String env = System.getenv("GAN4J_CACHE");
        return env != null && !env.isBlank() ? Path.of(env) : Path.of(System.getProperty("user.home"), ".cache", "gan4j");
    }
}
