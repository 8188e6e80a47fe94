package org.gan4j.audio.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpokenDigitsCorpusTest {

    private static final SpokenDigitsCorpus TINY =
            new SpokenDigitsCorpus(List.of("zero", "one"), List.of("en-us", "en-gb"), List.of("", "f2"), 1, 0.5, 11);

    @TempDir
    Path dir;

    @Test
    void givenSameSeedWhenMadeTwiceThenEveryFileIsIdentical() throws IOException {
        assumeTrue(new Espeak().available(), "espeak-ng is not installed (scripts/setup-system.sh installs it)");
        TINY.make(dir.resolve("a"), line -> {});
        TINY.make(dir.resolve("b"), line -> {});

        List<Path> files = files(dir.resolve("a"));
        assertEquals(2 * 2 * 2 + 1, files.size(), files.toString());
        for (Path file : files) {
            assertArrayEquals(Files.readAllBytes(dir.resolve("a").resolve(file)),
                    Files.readAllBytes(dir.resolve("b").resolve(file)), file.toString());
        }
        assertEquals(files, files(dir.resolve("b")));
        assertTrue(SpokenDigitsCorpus.isComplete(dir.resolve("a")));
    }

    @Test
    void givenCorpusWhenLoadedThenHeldOutHoldsOnlyHeldOutVariantsAndWordsFitTheWindow() throws IOException {
        assumeTrue(new Espeak().available(), "espeak-ng is not installed (scripts/setup-system.sh installs it)");
        TINY.make(dir, line -> {});
        String held = TINY.heldOutVariants().iterator().next();
        String heldName = held.isEmpty() ? "default" : held;

        for (Path file : files(dir.resolve(SpokenDigitsCorpus.HELD_OUT))) {
            assertTrue(file.getFileName().toString().contains("+" + heldName + "-"), file.toString());
        }
        for (Path file : files(dir.resolve(SpokenDigitsCorpus.TRAIN))) {
            assertFalse(file.getFileName().toString().contains("+" + heldName + "-"), file.toString());
        }
        AudioClips train = WavFolder.load(dir.resolve(SpokenDigitsCorpus.TRAIN), 16384, 16000);
        assertEquals(List.of("0-zero", "1-one"), train.classes());
        assertEquals(4, train.size());
        float[] clip = train.clip(0);
        float peak = 0;
        for (float s : clip) {
            peak = Math.max(peak, Math.abs(s));
        }
        assertTrue(peak > 0.49 && peak < 0.9, "peak " + peak + " should be in −6…−1 dBFS");
        assertEquals(0f, clip[0]);
        assertEquals(0f, clip[clip.length - 1]);
    }

    @Test
    void givenSeedsWhenPlannedThenSettingsAreSeededAndVariantsHeldOutWhole() {
        List<SpokenDigitsCorpus.Clip> a = SpokenDigitsCorpus.standard(1, 1).plan();
        assertEquals(a, SpokenDigitsCorpus.standard(1, 1).plan());
        assertNotEquals(a, SpokenDigitsCorpus.standard(2, 1).plan());
        assertEquals(10 * 8 * 50, a.size());
        assertEquals(10, SpokenDigitsCorpus.standard(1, 1).heldOutVariants().size());
        for (SpokenDigitsCorpus.Clip clip : a) {
            assertEquals(SpokenDigitsCorpus.standard(1, 1).heldOutVariants().contains(clip.variant()), clip.heldOut());
            assertTrue(clip.speed() >= 130 && clip.speed() <= 220 && clip.pitch() >= 20 && clip.pitch() <= 80);
        }
    }

    @Test
    void givenNoEspeakWhenMakingThenErrorGivesTheInstallCommand() {
        IOException e = assertThrows(IOException.class,
                () -> TINY.make(dir, line -> {}, new Espeak(dir.resolve("no-such-espeak").toString())));
        assertTrue(e.getMessage().contains("apt-get install -y --no-install-recommends espeak-ng"), e.getMessage());
        assertFalse(Files.exists(dir.resolve(SpokenDigitsCorpus.MANIFEST)));
    }

    private static List<Path> files(Path root) throws IOException {
        List<Path> out = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
            walk.filter(Files::isRegularFile).map(root::relativize).sorted().forEach(out::add);
        }
        return out;
    }
}
