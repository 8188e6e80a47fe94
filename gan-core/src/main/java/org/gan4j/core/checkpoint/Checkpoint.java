package org.gan4j.core.checkpoint;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * A complete, verified checkpoint directory.
 *
 * @param step the number of training steps it holds
 * @param directory where it lives
 * @param metadata the string metadata saved with it
 */
public record Checkpoint(long step, Path directory, Map<String, String> metadata) {

    /**
     * Opens one of its files.
     *
     * @param name the file name within the checkpoint
     * @return a buffered stream; the caller closes it
     * @throws CheckpointException if the file is missing
     */
    public DataInputStream open(String name) throws IOException {
        Path file = directory.resolve(name);
        if (!Files.isRegularFile(file)) {
            throw new CheckpointException("checkpoint " + directory + " has no file '" + name + "'");
        }
        return new DataInputStream(new BufferedInputStream(Files.newInputStream(file)));
    }

    /**
     * @param key a metadata key
     * @return its value
     * @throws CheckpointException if the key is absent
     */
    public String require(String key) throws CheckpointException {
        String value = metadata.get(key);
        if (value == null) {
            throw new CheckpointException("checkpoint " + directory + " lacks metadata '" + key + "'");
        }
        return value;
    }
}
