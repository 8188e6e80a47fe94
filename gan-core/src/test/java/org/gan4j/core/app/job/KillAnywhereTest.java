package org.gan4j.core.app.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A run killed at a chosen point (see {@link KillAnywhereRun}) and resumed ends with the same
 * losses, evaluations, events, sample files, checkpoint weights and best.json as the uninterrupted
 * run. Each run is a child JVM stopped with {@code Runtime.halt}, which, like SIGKILL, runs no
 * finally blocks. {@code scripts/kill-anywhere.sh} does the same with real SIGKILLs at random moments
 * of the command-line program.
 */
class KillAnywhereTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path shared;

    @TempDir
    Path temp;

    private static Path reference;

    @ParameterizedTest(name = "killed {0} {1}")
    @CsvSource({
        // eval 4 is step 40's, right after its checkpoint: resume must redo it
        "eval, 4", "eval, 3",
        // sample write 4 is step 40's, after its evaluation was logged: resume rewrites only the samples
        "samples, 4", "samples, 6",
        "step, 35", "step, 1"})
    void givenARunKilledAtAPointWhenResumedThenTheRunDirectoryEqualsTheUninterruptedRun(String kind, int n)
            throws Exception {
        Path expected = reference();
        Path run = temp.resolve("run");

        assertEquals(KillAnywhereRun.KILLED, child(run, "start", kind, n), "the child should have been killed");
        assertEquals(0, child(run, "resume", "none", 0));

        assertEquals(metrics(expected), metrics(run));
        assertEquals(files(expected.resolve("samples")), files(run.resolve("samples")));
        assertEquals(checkpointWeights(expected), checkpointWeights(run));
        assertEquals(Files.readString(expected.resolve("checkpoints/best.json")),
                Files.readString(run.resolve("checkpoints/best.json")));
        try (Stream<Path> all = Files.walk(run)) {
            List<Path> hidden = all.filter(p -> p.getFileName().toString().startsWith(".")).toList();
            assertTrue(hidden.isEmpty(), "left behind: " + hidden);
        }
    }

    @org.junit.jupiter.api.Test
    void givenARunKilledBeforeItsFirstCheckpointWhenResumedThenItStartsAgainInPlaceAndEqualsTheUninterruptedRun()
            throws Exception {
        Path expected = reference();
        Path run = temp.resolve("early");
        assertEquals(KillAnywhereRun.KILLED, child(run, "start", "step", 1));
        // what a kill between writing config.json and the first checkpoint leaves
        try (Stream<Path> all = Files.walk(run)) {
            for (Path p : all.sorted(java.util.Comparator.reverseOrder()).toList()) {
                String name = p.getFileName().toString();
                if (!p.equals(run) && !name.equals("config.json") && !name.equals("run.json")) {
                    Files.delete(p);
                }
            }
        }
        Files.createDirectories(run.resolve("checkpoints"));

        assertEquals(0, child(run, "resume", "none", 0));

        assertEquals(metrics(expected), metrics(run));
        assertEquals(files(expected.resolve("samples")), files(run.resolve("samples")));
        assertEquals(checkpointWeights(expected), checkpointWeights(run));
    }

    private static synchronized Path reference() throws Exception {
        if (reference == null) {
            Path dir = shared.resolve("reference");
            assertEquals(0, child(dir, "start", "none", 0));
            reference = dir;
        }
        return reference;
    }

    private static int child(Path run, String mode, String kind, int n) throws IOException, InterruptedException {
        Path log = run.resolveSibling(run.getFileName() + "-" + mode + ".log");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Dai.djl.offline=true", "-Dai.djl.pytorch.num_threads=1",
                KillAnywhereRun.class.getName(), run.toString(), mode, kind, Integer.toString(n))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("child " + mode + " " + kind + " " + n + " did not finish; see " + log);
        }
        if (p.exitValue() != 0 && p.exitValue() != KillAnywhereRun.KILLED) {
            throw new AssertionError("child " + mode + " failed (" + p.exitValue() + "): " + Files.readString(log));
        }
        return p.exitValue();
    }

    /** metrics.json without the wall-clock speed and provenance, which differ between processes. */
    private static Map<String, JsonNode> metrics(Path run) throws IOException {
        JsonNode root = JSON.readTree(run.resolve("metrics.json").toFile());
        root.get("losses").forEach(e -> ((ObjectNode) e).remove("stepsPerSecond"));
        return Map.of("losses", root.get("losses"), "evaluations", root.get("evaluations"), "events", root.get("events"));
    }

    private static Map<String, String> files(Path dir) throws IOException {
        Map<String, String> contents = new TreeMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.toList()) {
                contents.put(f.getFileName().toString(), Files.readString(f));
            }
        }
        return contents;
    }

    /** Each kept checkpoint's file hashes (weights and optimizer state), from its manifest. */
    private static Map<String, JsonNode> checkpointWeights(Path run) throws IOException {
        Map<String, JsonNode> kept = new TreeMap<>();
        List<Path> dirs = new ArrayList<>();
        try (Stream<Path> all = Files.list(run.resolve("checkpoints"))) {
            all.filter(Files::isDirectory).forEach(dirs::add);
        }
        for (Path d : dirs) {
            kept.put(d.getFileName().toString(), JSON.readTree(d.resolve("manifest.json").toFile()).get("files"));
        }
        return kept;
    }
}
