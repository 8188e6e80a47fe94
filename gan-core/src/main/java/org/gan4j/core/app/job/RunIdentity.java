package org.gan4j.core.app.job;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.gan4j.core.app.run.RunDirectoryException;
import org.gan4j.core.checkpoint.AtomicFiles;
import org.gan4j.core.checkpoint.Checkpoint;
import org.gan4j.core.checkpoint.CheckpointException;

/**
 * Which run a run directory holds: a random id made when the run starts, kept in {@code run.json}
 * and in every checkpoint's manifest with the seed, so that resume refuses a checkpoint copied in
 * from another run (another seed, or another run of the same model). Runs from before the id
 * existed have none and are not checked.
 *
 * @param id the run's id
 * @param seed the run's seed
 */
record RunIdentity(String id, long seed) {

    static final String FILE = "run.json";
    private static final String ID = "run";
    private static final String SEED = "seed";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    static RunIdentity create(long seed) {
        return new RunIdentity(UUID.randomUUID().toString(), seed);
    }

    /** Writes {@code run.json} into the run directory. */
    void write(Path runDirectory) throws IOException {
        AtomicFiles.write(runDirectory.resolve(FILE), JSON.writeValueAsBytes(metadata()));
    }

    /** @return the identity in {@code run.json}, or empty for a run from before it existed */
    static Optional<RunIdentity> read(Path runDirectory) throws IOException {
        Path file = runDirectory.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Map<String, String> m = JSON.readValue(file.toFile(), new TypeReference<Map<String, String>>() {});
        if (m.get(ID) == null || m.get(SEED) == null) {
            throw new RunDirectoryException(file + " is damaged: it needs the fields '" + ID + "' and '" + SEED + "'");
        }
        return Optional.of(new RunIdentity(m.get(ID), Long.parseLong(m.get(SEED))));
    }

    /** @return the manifest metadata that ties a checkpoint to this run */
    Map<String, String> metadata() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put(ID, id);
        m.put(SEED, Long.toString(seed));
        return m;
    }

    /**
     * @param checkpoint a checkpoint found in this run's directory
     * @throws CheckpointException if it records another run
     */
    void requireOwns(Checkpoint checkpoint) throws CheckpointException {
        String other = checkpoint.metadata().get(ID);
        if (other != null && !other.equals(id)) {
            throw new CheckpointException("checkpoint " + checkpoint.directory() + " belongs to run " + other + " (seed "
                    + checkpoint.metadata().getOrDefault(SEED, "?") + "), not to this run " + id + " (seed " + seed
                    + "); it was copied in from another run. Remove it, or resume an earlier checkpoint of this run"
                    + " with --checkpoint STEP");
        }
    }
}
