package org.gan4j.core.app.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.gan4j.core.app.run.RunDirectory;
import org.gan4j.core.checkpoint.AtomicFiles;
import org.gan4j.core.checkpoint.Checkpoint;
import org.gan4j.core.checkpoint.CheckpointException;
import org.gan4j.core.checkpoint.CheckpointStore;

/**
 * What resume does to a run directory a kill left behind: removes temporary files and half-pruned
 * checkpoints (saying so), refuses a newest checkpoint folder without a manifest rather than
 * silently resuming an older one, and chooses the checkpoint to continue from.
 */
final class RunRepair {

    private static final String SUPERSEDED_PREFIX = ".superseded-";

    private RunRepair() {}

    /** Removes what killed writes left in the run directory, checkpoints/ and samples/. */
    static void clean(RunDirectory run, CheckpointStore store, Consumer<String> console) throws IOException {
        List<String> removed = store.removeTemporaries();
        int files = AtomicFiles.removeTemporaries(run.root()) + AtomicFiles.removeTemporaries(run.samples());
        if (!removed.isEmpty() || files > 0) {
            console.accept("gan4j: removed what an interrupted write left behind: " + files + " temporary file(s)"
                    + (removed.isEmpty() ? "" : " and " + removed + " in " + run.checkpoints()));
        }
    }

    /**
     * @param store the run's checkpoints
     * @param from {@code last}, {@code best} or a step; empty for the newest
     * @return the verified checkpoint, or empty if the run has none yet
     * @throws CheckpointException if the newest checkpoint folder has no manifest (unless {@code
     *     from} names another), or the chosen one is corrupt or absent
     */
    static Optional<Checkpoint> choose(CheckpointStore store, Optional<String> from) throws IOException {
        List<Path> complete = store.list();
        List<Path> broken = store.withoutManifest();
        long newestComplete = complete.isEmpty() ? -1 : stepOf(complete.get(complete.size() - 1));
        if (from.isEmpty() && !broken.isEmpty() && stepOf(broken.get(broken.size() - 1)) > newestComplete) {
            Path newest = broken.get(broken.size() - 1);
            throw new CheckpointException("the newest checkpoint " + newest + " has no manifest.json, so it cannot be"
                    + " verified (gan4j never writes one without it: it was copied or damaged by hand); remove it, or"
                    + " resume from an earlier checkpoint with --checkpoint STEP (complete ones: "
                    + complete.stream().map(RunRepair::stepOf).toList() + ")");
        }
        if (complete.isEmpty()) {
            if (from.isPresent()) {
                throw new CheckpointException(store.root() + " holds no complete checkpoint, so --checkpoint "
                        + from.get() + " cannot be resumed; resume without --checkpoint to start the run again");
            }
            return Optional.empty();
        }
        return Optional.of(from.isPresent() ? store.select(from.get()) : store.latest().orElseThrow());
    }

    /**
     * Renames the checkpoints newer than {@code step} to {@code .superseded-step-N}: the resumed run
     * writes them again, and a later resume must not pick them up.
     */
    static void setAsideNewerThan(CheckpointStore store, long step, Consumer<String> console) throws IOException {
        for (Path dir : store.list()) {
            if (stepOf(dir) > step) {
                Path aside = dir.resolveSibling(SUPERSEDED_PREFIX + dir.getFileName());
                if (Files.exists(aside)) {
                    throw new CheckpointException(aside + " already exists; remove it before resuming from step " + step);
                }
                Files.move(dir, aside, StandardCopyOption.ATOMIC_MOVE);
                console.accept("gan4j: resuming from step " + step + ": the newer checkpoint " + dir.getFileName()
                        + " is set aside as " + aside + " (delete it when no longer wanted)");
            }
        }
    }

    private static long stepOf(Path dir) {
        return Long.parseLong(dir.getFileName().toString().substring("step-".length()));
    }
}
