package org.gan4j.core.checkpoint;

import java.io.IOException;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.Path;

/** Turns a failed write into a message naming the file and, when the disk is full, the space left. */
final class DiskSpace {

    private DiskSpace() {}

    /**
     * @param e the failure
     * @param target the file being written
     * @return an exception naming {@code target}, with the free space when the device is full
     */
    static IOException explain(IOException e, Path target) {
        String message = String.valueOf(e.getMessage());
        if (message.contains(target.getFileName().toString()) && !message.contains("No space left")) {
            return e;
        }
        String detail = message.contains("No space left on device") ? "the disk is full ("
                + freeSpace(target) + " free); free some space and resume the run, nothing written earlier was lost"
                : message;
        return new IOException("cannot write " + target + ": " + detail, e);
    }

    private static String freeSpace(Path target) {
        try {
            FileStore store = Files.getFileStore(target.toAbsolutePath().getParent());
            return String.format("%.1f MiB", store.getUsableSpace() / 1048576.0);
        } catch (IOException | RuntimeException unknown) {
            return "unknown space";
        }
    }
}
