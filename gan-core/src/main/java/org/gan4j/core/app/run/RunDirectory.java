package org.gan4j.core.app.run;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The layout of a run directory: {@code config.json} (the resolved configuration), {@code
 * checkpoints/}, {@code samples/}, {@code metrics.json}, {@code train.log} and {@code report.html}
 * (see {@code org.gan4j.core.app.report}).
 *
 * @param root the run directory
 */
public record RunDirectory(Path root) {

    /** The configuration file's name. */
    public static final String CONFIG = "config.json";

    /**
     * Creates a new run directory; refuses one that already holds files, so nothing is overwritten.
     *
     * @param root the directory to create
     * @return the run directory
     * @throws IOException if it exists and is not empty, or cannot be created
     */
    public static RunDirectory create(Path root) throws IOException {
        requireAvailable(root);
        Files.createDirectories(root.resolve("checkpoints"));
        Files.createDirectories(root.resolve("samples"));
        return new RunDirectory(root);
    }

    /**
     * Checks that a new run may use {@code root}: it must not exist, or be an empty directory.
     *
     * @param root the intended run directory
     * @throws IOException naming the directory and the alternatives, if it holds files
     */
    public static void requireAvailable(Path root) throws IOException {
        if (Files.exists(root) && !isEmptyDirectory(root)) {
            throw new IOException("run directory " + root + " already exists and is not empty; choose another --out,"
                    + " or continue it with --resume " + root);
        }
    }

    /**
     * Opens an existing run directory.
     *
     * @param root the directory
     * @return the run directory
     * @throws RunDirectoryException if it is not a gan4j run directory
     */
    public static RunDirectory open(Path root) throws IOException {
        if (Files.exists(root) && !Files.isDirectory(root)) {
            throw new RunDirectoryException(root + " is a file, not a run directory; give the directory 'gan train'"
                    + " made (it holds config.json and checkpoints/)");
        }
        if (!Files.isDirectory(root)) {
            throw new RunDirectoryException("run directory " + root + " does not exist");
        }
        if (!Files.isRegularFile(root.resolve(CONFIG)) || !Files.isDirectory(root.resolve("checkpoints"))) {
            throw new RunDirectoryException(root + " is not a gan4j run directory: it needs " + CONFIG
                    + " and checkpoints/ (made by 'gan train')");
        }
        Files.createDirectories(root.resolve("samples"));
        return new RunDirectory(root);
    }

    private static boolean isEmptyDirectory(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            return !entries.iterator().hasNext();
        }
    }

    /** @return the resolved configuration file */
    public Path config() {
        return root.resolve(CONFIG);
    }

    /** @return the checkpoints directory */
    public Path checkpoints() {
        return root.resolve("checkpoints");
    }

    /** @return the samples directory */
    public Path samples() {
        return root.resolve("samples");
    }

    /** @return the machine-readable metrics file */
    public Path metrics() {
        return root.resolve("metrics.json");
    }

    /** @return the human-readable log */
    public Path log() {
        return root.resolve("train.log");
    }
}
