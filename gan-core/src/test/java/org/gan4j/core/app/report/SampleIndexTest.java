package org.gan4j.core.app.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleIndexTest {

    @TempDir
    Path dir;

    @Test
    void givenSampleFilesOfSeveralModalitiesWhenScanningThenFilesAreGroupedByStepAndKind() throws Exception {
        for (String name : List.of("step-00000100.png", "step-00000100-000-c3.wav", "step-00000100-001-c4.wav",
                "step-00000200.txt", "step-00000200.csv", "vocabulary.txt", "notes.png", "step-00000300.csv")) {
            Files.writeString(dir.resolve(name), "x");
        }
        SampleIndex index = SampleIndex.scan(dir);

        assertEquals(List.of(100L, 200L), List.copyOf(index.steps().keySet()), "steps with nothing to show are left out");
        SampleIndex.StepSamples first = index.steps().get(100L);
        assertEquals(List.of(dir.resolve("step-00000100.png")), first.images());
        assertEquals(List.of(dir.resolve("step-00000100-000-c3.wav"), dir.resolve("step-00000100-001-c4.wav")), first.audio());
        assertEquals(List.of(dir.resolve("step-00000200.txt")), index.steps().get(200L).texts());
    }

    @Test
    void givenNoDirectoryWhenScanningThenNoSamples() throws Exception {
        assertTrue(SampleIndex.scan(dir.resolve("absent")).steps().isEmpty());
    }

    @Test
    void givenManyStepsWhenSpreadingThenFirstAndLastAreAmongTheChosen() throws Exception {
        for (int step = 10; step <= 200; step += 10) {
            Files.writeString(dir.resolve(String.format("step-%08d.txt", step)), "x");
        }
        List<Long> chosen = SampleIndex.scan(dir).spread(4).stream().map(SampleIndex.StepSamples::step).toList();
        assertEquals(List.of(10L, 70L, 140L, 200L), chosen);
    }
}
