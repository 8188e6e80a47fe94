package org.gan4j.core.checkpoint;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestInputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A directory of checkpoints, each a sub-directory {@code step-NNNNNNNN} of named files plus a
 * {@code manifest.json} holding each file's SHA-256 and the metadata.
 *
 * <p>Writes are atomic: files go to a hidden temporary directory, each is fsynced, the manifest is
 * written last, and the directory is renamed into place and the parent fsynced. A crash at any
 * point leaves the previous checkpoints intact and at worst a temporary directory that the next
 * save removes. Only the newest {@code keepLast} checkpoints are kept, plus the best one.
 */
public final class CheckpointStore {

    /** Writes the content of one checkpoint file. */
    @FunctionalInterface
    public interface Content {
        /**
         * @param out the file's stream; do not close it
         * @throws IOException if writing fails
         */
        void writeTo(DataOutputStream out) throws IOException;
    }

    static final String MANIFEST = "manifest.json";
    private static final String BEST = "best.json";
    private static final String TEMP_PREFIX = ".incomplete-";
    /** A pruned checkpoint is renamed to this prefix first, so a kill never leaves half of one in place. */
    private static final String PRUNED_PREFIX = ".pruned-";
    private static final Pattern NAME = Pattern.compile("step-(\\d{8,})");
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Path root;
    private final int keepLast;
    private FaultHook faultHook = stage -> {};

    /** Test hook called at each stage of a save; throwing from it simulates a crash there. */
    @FunctionalInterface
    interface FaultHook {
        void at(String stage) throws IOException;
    }

    /**
     * @param root the checkpoints directory (created if absent)
     * @param keepLast how many recent checkpoints to keep, ≥ 1
     */
    public CheckpointStore(Path root, int keepLast) {
        if (keepLast < 1) {
            throw new IllegalArgumentException("checkpoint.keepLast = " + keepLast + " must be ≥ 1");
        }
        this.root = root;
        this.keepLast = keepLast;
    }

    void setFaultHook(FaultHook hook) {
        this.faultHook = hook;
    }

    /** @return the checkpoints directory */
    public Path root() {
        return root;
    }

    /**
     * Writes a checkpoint atomically, then prunes old ones.
     *
     * @param step the step it holds
     * @param files file name → content, written in order
     * @param metadata string metadata stored in the manifest
     * @return the checkpoint
     * @throws IOException if writing fails; earlier checkpoints are untouched
     */
    public Checkpoint save(long step, Map<String, Content> files, Map<String, String> metadata) throws IOException {
        Files.createDirectories(root);
        removeTemporaries();
        String name = String.format("step-%08d", step);
        Path temp = root.resolve(TEMP_PREFIX + name);
        Files.createDirectories(temp);
        Map<String, String> hashes = new LinkedHashMap<>();
        for (Map.Entry<String, Content> e : files.entrySet()) {
            faultHook.at("before " + e.getKey());
            hashes.put(e.getKey(), writeFile(temp.resolve(e.getKey()), e.getValue()));
            faultHook.at("after " + e.getKey());
        }
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("format", 1);
        manifest.put("step", step);
        manifest.put("files", hashes);
        manifest.put("metadata", new TreeMap<>(metadata));
        faultHook.at("before manifest");
        writeFile(temp.resolve(MANIFEST), out -> out.write(JSON.writeValueAsBytes(manifest)));
        fsyncDirectory(temp);
        faultHook.at("before rename");
        Path target = root.resolve(name);
        if (Files.exists(target)) {
            deleteTree(target);
        }
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        fsyncDirectory(root);
        faultHook.at("after rename");
        prune();
        return new Checkpoint(step, target, Map.copyOf(metadata));
    }

    /**
     * Lists the complete checkpoints (those with a manifest), oldest first. Contents are verified
     * only when loaded.
     *
     * @return the checkpoints' steps and directories
     * @throws IOException if the directory cannot be read
     */
    public List<Path> list() throws IOException {
        List<Path> found = new ArrayList<>();
        if (!Files.isDirectory(root)) {
            return found;
        }
        try (DirectoryStream<Path> dirs = Files.newDirectoryStream(root)) {
            for (Path dir : dirs) {
                if (NAME.matcher(dir.getFileName().toString()).matches() && Files.isRegularFile(dir.resolve(MANIFEST))) {
                    found.add(dir);
                }
            }
        }
        found.sort(Comparator.comparingLong(CheckpointStore::stepOf));
        return found;
    }

    /**
     * Loads and verifies the newest checkpoint.
     *
     * @return the checkpoint, or empty if there is none
     * @throws CheckpointException if the newest one is corrupt
     */
    public Optional<Checkpoint> latest() throws IOException {
        List<Path> all = list();
        return all.isEmpty() ? Optional.empty() : Optional.of(load(all.get(all.size() - 1)));
    }

    /**
     * Loads and verifies the newest checkpoint of a step no later than the given one, so that a
     * rollback lands before the trouble began; the oldest one (the nearest to that step) if every
     * checkpoint is later.
     *
     * @param step the newest step acceptable
     * @return the checkpoint, or empty if there is none
     * @throws CheckpointException if the chosen one is corrupt
     */
    public Optional<Checkpoint> latestAtOrBefore(long step) throws IOException {
        List<Path> all = list();
        if (all.isEmpty()) {
            return Optional.empty();
        }
        Path chosen = all.get(0);
        for (Path dir : all) {
            if (stepOf(dir) <= step) {
                chosen = dir;
            }
        }
        return Optional.of(load(chosen));
    }

    /**
     * Loads and verifies the checkpoint a user names: {@code last} (the newest), {@code best} (the
     * one marked by {@link #markBest}) or a step number.
     *
     * @param which {@code last}, {@code best} or a step number
     * @return the checkpoint
     * @throws CheckpointException if there is none, no best was marked, or no checkpoint holds that
     *     step (the message lists the steps there are)
     */
    public Checkpoint select(String which) throws IOException {
        List<Path> all = list();
        if (all.isEmpty()) {
            throw new CheckpointException(root + " holds no complete checkpoint");
        }
        long step;
        if ("last".equals(which)) {
            return load(all.get(all.size() - 1));
        } else if ("best".equals(which)) {
            step = bestStep().orElseThrow(() -> new CheckpointException("no best checkpoint was marked in " + root
                    + " (the run's checkpoint.bestMetric is empty); choose 'last' or a step"));
        } else if (which != null && which.matches("\\d{1,18}")) {
            step = Long.parseLong(which);
        } else {
            throw new CheckpointException("checkpoint '" + which + "' is not 'best', 'last' or a step number");
        }
        for (Path dir : all) {
            if (stepOf(dir) == step) {
                return load(dir);
            }
        }
        throw new CheckpointException("no checkpoint of step " + step + " in " + root + "; there are steps "
                + all.stream().map(d -> Long.toString(stepOf(d))).toList());
    }

    /**
     * Loads and verifies a checkpoint directory: every file listed in its manifest must exist and
     * match its SHA-256.
     *
     * @param directory the checkpoint directory
     * @return the checkpoint
     * @throws CheckpointException naming the directory and the missing or damaged file
     */
    public static Checkpoint load(Path directory) throws IOException {
        Path manifestFile = directory.resolve(MANIFEST);
        if (!Files.isRegularFile(manifestFile)) {
            throw new CheckpointException(directory + " is not a gan4j checkpoint: it has no " + MANIFEST);
        }
        Map<String, Object> manifest;
        try {
            manifest = JSON.readValue(manifestFile.toFile(), new TypeReference<>() {});
        } catch (IOException e) {
            throw new CheckpointException("checkpoint " + directory + " has an unreadable " + MANIFEST + ": " + e.getMessage(), e);
        }
        if (!(manifest.get("files") instanceof Map<?, ?> files) || !(manifest.get("step") instanceof Number step)
                || !(manifest.get("metadata") instanceof Map<?, ?> meta)) {
            throw new CheckpointException("checkpoint " + directory + " has a " + MANIFEST + " without files, step or metadata");
        }
        for (Map.Entry<?, ?> e : files.entrySet()) {
            Path file = directory.resolve(e.getKey().toString());
            if (!Files.isRegularFile(file)) {
                throw new CheckpointException("checkpoint " + directory + " is incomplete: '" + e.getKey() + "' is missing");
            }
            String actual = sha256(file);
            if (!actual.equals(e.getValue())) {
                throw new CheckpointException("checkpoint " + directory + " is corrupt: '" + e.getKey()
                        + "' does not match its SHA-256 in " + MANIFEST + "; resume from an earlier checkpoint");
            }
        }
        Map<String, String> metadata = new TreeMap<>();
        meta.forEach((k, v) -> metadata.put(k.toString(), String.valueOf(v)));
        return new Checkpoint(step.longValue(), directory, metadata);
    }

    /**
     * Records which checkpoint is best; pruning never deletes it.
     *
     * @param step the best checkpoint's step
     * @param metric the metric that chose it
     * @param value the metric's value
     * @throws IOException if writing fails
     */
    public void markBest(long step, String metric, double value) throws IOException {
        markBest(step, metric, value, null, Double.NaN);
    }

    /**
     * Records which checkpoint is best, with the value of the metric that broke a tie; pruning never
     * deletes it.
     *
     * @param step the best checkpoint's step
     * @param metric the metric that chose it
     * @param value the metric's value
     * @param tieBreak the metric that decides between equal values, or null for none
     * @param tieValue that metric's value at {@code step}
     * @throws IOException if writing fails
     */
    public void markBest(long step, String metric, double value, String tieBreak, double tieValue) throws IOException {
        Map<String, Object> best = new LinkedHashMap<>();
        best.put("step", step);
        best.put("metric", metric);
        best.put("value", value);
        if (tieBreak != null) {
            best.put("tieBreak", tieBreak);
            best.put("tieValue", tieValue);
        }
        AtomicFiles.write(root.resolve(BEST), JSON.writeValueAsBytes(best));
    }

    /**
     * @return the value of the tie-breaking metric at the best checkpoint, if one was recorded
     * @throws IOException if the record is unreadable
     */
    public Optional<Double> bestTieValue() throws IOException {
        return bestField("tieValue").map(Number::doubleValue);
    }

    /**
     * @return the step of the best checkpoint, if one was marked
     * @throws IOException if the record is unreadable
     */
    public Optional<Long> bestStep() throws IOException {
        return bestField("step").map(Number::longValue);
    }

    /**
     * @return the metric value of the best checkpoint, if one was marked
     * @throws IOException if the record is unreadable
     */
    public Optional<Double> bestValue() throws IOException {
        return bestField("value").map(Number::doubleValue);
    }

    private Optional<Number> bestField(String field) throws IOException {
        Path file = root.resolve(BEST);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Map<String, Object> best = JSON.readValue(file.toFile(), new TypeReference<>() {});
        return Optional.ofNullable((Number) best.get(field));
    }

    private void prune() throws IOException {
        List<Path> all = list();
        Optional<Long> best = bestStep();
        for (int i = 0; i < all.size() - keepLast; i++) {
            Path dir = all.get(i);
            if (best.isEmpty() || stepOf(dir) != best.get()) {
                faultHook.at("before pruning " + dir.getFileName());
                Path pruned = root.resolve(PRUNED_PREFIX + dir.getFileName());
                Files.move(dir, pruned, StandardCopyOption.ATOMIC_MOVE);
                faultHook.at("pruning " + dir.getFileName());
                deleteTree(pruned);
            }
        }
    }

    /**
     * Removes what a killed save or prune left behind: temporary and half-pruned directories.
     *
     * @return the names removed
     * @throws IOException if the directory cannot be read or cleaned
     */
    public List<String> removeTemporaries() throws IOException {
        List<String> removed = new ArrayList<>();
        if (!Files.isDirectory(root)) {
            return removed;
        }
        for (String prefix : List.of(TEMP_PREFIX, PRUNED_PREFIX)) {
            try (DirectoryStream<Path> dirs = Files.newDirectoryStream(root, prefix + "*")) {
                for (Path dir : dirs) {
                    deleteTree(dir);
                    removed.add(dir.getFileName().toString());
                }
            }
        }
        AtomicFiles.removeTemporaries(root);
        return removed;
    }

    /**
     * Lists checkpoint directories without a manifest: never written by a save (which renames a
     * directory into place only after its manifest), so copied in or damaged by hand.
     *
     * @return those directories, oldest first
     * @throws IOException if the directory cannot be read
     */
    public List<Path> withoutManifest() throws IOException {
        List<Path> found = new ArrayList<>();
        if (!Files.isDirectory(root)) {
            return found;
        }
        try (DirectoryStream<Path> dirs = Files.newDirectoryStream(root)) {
            for (Path dir : dirs) {
                if (NAME.matcher(dir.getFileName().toString()).matches() && !Files.isRegularFile(dir.resolve(MANIFEST))) {
                    found.add(dir);
                }
            }
        }
        found.sort(Comparator.comparingLong(CheckpointStore::stepOf));
        return found;
    }

    private static long stepOf(Path dir) {
        Matcher m = NAME.matcher(dir.getFileName().toString());
        return m.matches() ? Long.parseLong(m.group(1)) : -1;
    }

    private static String writeFile(Path file, Content content) throws IOException {
        MessageDigest digest = sha256();
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            OutputStream raw = java.nio.channels.Channels.newOutputStream(channel);
            DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new DigestOutputStream(raw, digest)));
            content.writeTo(out);
            out.flush();
            channel.force(true);
        } catch (IOException e) {
            throw DiskSpace.explain(e, file);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static String sha256(Path file) throws IOException {
        MessageDigest digest = sha256();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static void fsyncDirectory(Path dir) throws IOException {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
