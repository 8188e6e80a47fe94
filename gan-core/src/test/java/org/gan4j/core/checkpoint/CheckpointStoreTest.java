package org.gan4j.core.checkpoint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.DataInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckpointStoreTest {

    @TempDir
    Path temp;

    private static Map<String, CheckpointStore.Content> files(long value) {
        Map<String, CheckpointStore.Content> files = new LinkedHashMap<>();
        files.put("a.bin", out -> out.writeLong(value));
        files.put("b.bin", out -> {
            for (int i = 0; i < 1000; i++) {
                out.writeLong(value + i);
            }
        });
        return files;
    }

    private static long readA(Checkpoint c) throws IOException {
        try (DataInputStream in = c.open("a.bin")) {
            return in.readLong();
        }
    }

    /** Simulated crash: thrown from the fault hook at one stage of a save. */
    private static final class Crash extends IOException {
        private static final long serialVersionUID = 1L;
    }

    @Test
    void givenCrashAtEveryStageOfASaveWhenReopeningThenTheNewestCompleteCheckpointLoads() throws Exception {
        List<String> stages = new ArrayList<>();
        CheckpointStore probe = new CheckpointStore(temp.resolve("probe"), 3);
        probe.setFaultHook(stages::add);
        probe.save(1, files(1), Map.of());
        assertTrue(stages.size() >= 6, stages.toString());

        for (String stage : stages) {
            Path root = temp.resolve("crash-" + stages.indexOf(stage));
            CheckpointStore store = new CheckpointStore(root, 3);
            store.save(100, files(100), Map.of("k", "v"));
            store.setFaultHook(s -> {
                if (s.equals(stage)) {
                    throw new Crash();
                }
            });
            boolean crashed;
            try {
                store.save(200, files(200), Map.of("k", "v"));
                crashed = false;
            } catch (Crash expected) {
                crashed = true;
            }
            assertTrue(crashed, "no crash injected at " + stage);

            CheckpointStore reopened = new CheckpointStore(root, 3);
            Checkpoint latest = reopened.latest().orElseThrow();
            long expected = stage.equals("after rename") ? 200 : 100;
            assertEquals(expected, latest.step(), "after a crash " + stage);
            assertEquals(expected, readA(latest));
            reopened.save(300, files(300), Map.of());
            assertTrue(Files.list(root).noneMatch(p -> p.getFileName().toString().startsWith(".incomplete")),
                    "the next save cleans up temporaries");
        }
    }

    @Test
    void givenCrashWhilePruningWhenReopeningThenNoHalfDeletedCheckpointIsListedAndCleaningRemovesIt() throws Exception {
        CheckpointStore store = new CheckpointStore(temp, 1);
        store.save(100, files(100), Map.of());
        store.setFaultHook(stage -> {
            if (stage.equals("pruning step-00000100")) {
                throw new Crash();
            }
        });
        assertThrows(Crash.class, () -> store.save(200, files(200), Map.of()));

        CheckpointStore reopened = new CheckpointStore(temp, 1);
        assertEquals(List.of(temp.resolve("step-00000200")), reopened.list());
        assertEquals(List.of(), reopened.withoutManifest(), "the pruned folder was renamed away whole first");
        assertEquals(List.of(".pruned-step-00000100"), reopened.removeTemporaries());
        assertEquals(List.of("step-00000200"), Files.list(temp).map(p -> p.getFileName().toString()).toList());
    }

    @Test
    void givenCorruptedFileWhenLoadingThenErrorNamesTheFile() throws Exception {
        CheckpointStore store = new CheckpointStore(temp, 2);
        Checkpoint c = store.save(5, files(5), Map.of());
        byte[] bytes = Files.readAllBytes(c.directory().resolve("b.bin"));
        bytes[100] ^= 1;
        Files.write(c.directory().resolve("b.bin"), bytes);
        CheckpointException e = assertThrows(CheckpointException.class, store::latest);
        assertTrue(e.getMessage().contains("'b.bin'") && e.getMessage().contains("corrupt"), e.getMessage());
    }

    @Test
    void givenTruncatedFileWhenLoadingThenReportedAsCorrupt() throws Exception {
        CheckpointStore store = new CheckpointStore(temp, 2);
        Checkpoint c = store.save(5, files(5), Map.of());
        Files.write(c.directory().resolve("a.bin"), new byte[3]);
        assertThrows(CheckpointException.class, store::latest);
    }

    @Test
    void givenDirectoryWithoutManifestWhenLoadingThenNotACheckpoint() throws Exception {
        Path dir = Files.createDirectories(temp.resolve("step-00000001"));
        CheckpointException e = assertThrows(CheckpointException.class, () -> CheckpointStore.load(dir));
        assertTrue(e.getMessage().contains("not a gan4j checkpoint"), e.getMessage());
    }

    @Test
    void givenMoreCheckpointsThanKeepLastWhenSavingThenOldestArePrunedButBestIsKept() throws Exception {
        CheckpointStore store = new CheckpointStore(temp, 2);
        store.save(10, files(10), Map.of());
        store.markBest(10, "score", 0.9);
        for (long step = 20; step <= 50; step += 10) {
            store.save(step, files(step), Map.of());
        }
        List<String> names = store.list().stream().map(p -> p.getFileName().toString()).toList();
        assertEquals(List.of("step-00000010", "step-00000040", "step-00000050"), names);
        assertEquals(10L, store.bestStep().orElseThrow());
        assertEquals(0.9, store.bestValue().orElseThrow());
    }

    @Test
    void givenSeveralCheckpointsWhenAskingForOneAtOrBeforeAStepThenTheNewestSuchIsLoaded() throws Exception {
        CheckpointStore store = new CheckpointStore(temp, 5);
        assertTrue(store.latestAtOrBefore(100).isEmpty());
        for (long step = 10; step <= 30; step += 10) {
            store.save(step, files(step), Map.of());
        }
        assertEquals(20, store.latestAtOrBefore(29).orElseThrow().step());
        assertEquals(30, store.latestAtOrBefore(30).orElseThrow().step());
        assertEquals(10, store.latestAtOrBefore(5).orElseThrow().step(), "none that early: the oldest");
    }
}
