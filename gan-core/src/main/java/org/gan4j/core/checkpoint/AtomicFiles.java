package org.gan4j.core.checkpoint;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Whole-file writes that never leave a half-written file: a hidden temporary file beside the target
 * ({@code .NAME.RANDOM.tmp}), fsync, atomic rename, fsync of the directory. The temporary file is
 * created like any other file (the process's umask decides its mode), so every file of a run
 * directory has the same permissions. A kill can leave only a temporary file, which
 * {@link #removeTemporaries} clears.
 */
public final class AtomicFiles {

    /** Writes the content of a file to a stream. */
    @FunctionalInterface
    public interface Content {
        /**
         * @param out the file's stream; do not close it
         * @throws IOException if writing fails
         */
        void writeTo(OutputStream out) throws IOException;
    }

    private static final String SUFFIX = ".tmp";

    private AtomicFiles() {}

    /**
     * Replaces {@code target} with {@code bytes} atomically.
     *
     * @param target the file to write
     * @param bytes its new content
     * @throws IOException if writing fails; the old content is then untouched
     */
    public static void write(Path target, byte[] bytes) throws IOException {
        write(target, out -> out.write(bytes));
    }

    /**
     * Replaces {@code target} with what {@code content} writes, atomically.
     *
     * @param target the file to write
     * @param content writes the new content
     * @throws IOException if writing fails (the message names the file); the old content is then untouched
     */
    public static void write(Path target, Content content) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path temp = dir.resolve("." + target.getFileName() + "." + Long.toUnsignedString(
                ThreadLocalRandom.current().nextLong(), 36) + SUFFIX);
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel));
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            CheckpointStore.fsyncDirectory(dir);
        } catch (IOException e) {
            throw DiskSpace.explain(e, target);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * Deletes the temporary files that a killed write left in a directory (not its sub-directories).
     *
     * @param dir the directory; nothing happens if it does not exist
     * @return how many were removed
     * @throws IOException if the directory cannot be read
     */
    public static int removeTemporaries(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return 0;
        }
        int removed = 0;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, ".*" + SUFFIX)) {
            for (Path file : files) {
                if (Files.isRegularFile(file) && Files.deleteIfExists(file)) {
                    removed++;
                }
            }
        }
        return removed;
    }
}
