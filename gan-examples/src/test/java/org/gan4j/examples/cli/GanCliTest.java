package org.gan4j.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Drives the {@code gan} program end to end, as a user would, and checks output and exit codes. */
class GanCliTest {

    @TempDir
    Path temp;

    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();

    /** Runs the program; {@code out} and {@code err} then hold this run's output only. */
    private int gan(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return GanCli.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void givenListWhenRunThenShowsThePointsModalityItsPresetsAndTheLosses() {
        assertEquals(0, gan("list"));
        assertTrue(out.toString().contains("modality points"), out.toString());
        assertTrue(out.toString().contains("points-ring"), out.toString());
        assertTrue(out.toString().contains("losses: minimax, non-saturating"), out.toString());
    }

    @Test
    void givenShortPresetRunWhenTrainingThenRunDirectoryIsCompleteAndResumeExtendsIt() throws Exception {
        Path run = temp.resolve("ring");
        assertEquals(0, gan("train", "points-ring", "--steps", "40", "--seed", "5", "--out", run.toString(),
                "--cache", temp.resolve("cache").toString()), err.toString());
        assertTrue(out.toString().contains("modes-covered"), out.toString());
        for (String file : new String[] {"config.json", "metrics.json", "train.log", "checkpoints/step-00000040/manifest.json"}) {
            assertTrue(Files.exists(run.resolve(file)), file);
        }
        JsonNode config = new ObjectMapper().readTree(run.resolve("config.json").toFile());
        assertEquals(5, config.at("/train/seed").asLong());
        assertEquals("points-ring", config.at("/preset").asText());

        assertEquals(0, gan("train", "--resume", run.toString(), "--steps", "60"), err.toString());
        assertTrue(Files.exists(run.resolve("checkpoints/step-00000060/manifest.json")));
        assertTrue(out.toString().contains("resuming"), out.toString());
    }

    @Test
    void givenUnknownPresetWhenTrainingThenExitCode2ListsKnownPresets() {
        assertEquals(2, gan("train", "points-rign", "--out", temp.resolve("x").toString()));
        assertTrue(err.toString().contains("unknown preset 'points-rign'") && err.toString().contains("points-ring"),
                err.toString());
        assertTrue(Files.notExists(temp.resolve("x")));
    }

    @Test
    void givenDataMakeOrFetchWhenRunThenTheSourceIsPreparedAndOtherActionsAreRefused() {
        String cache = temp.resolve("cache").toString();
        assertEquals(0, gan("data", "make", "ring8", "--cache", cache), err.toString());
        assertTrue(out.toString().contains("data source 'ring8' is ready"), out.toString());
        assertEquals(0, gan("data", "fetch", "ring8", "--cache", cache), err.toString());
        assertEquals(2, gan("data", "grab", "ring8", "--cache", cache));
        assertTrue(err.toString().contains("available: fetch, make"), err.toString());
    }

    @Test
    void givenEveryCommandWhenAskedForHelpThenUsageShowsExamplesAndTheTopLevelTheExitCodes() {
        for (String command : new String[] {"list", "data", "train", "sample", "eval", "export", "bench", "bench trainer",
            "bench step", "bench sample", "bench eval"}) {
            String[] args = (command + " --help").split(" ");
            assertEquals(0, gan(args), command);
            assertTrue(out.toString().contains("Examples:\n  gan " + command), command + ": " + out);
            assertTrue(out.toString().contains("--quiet"), "the global flag is on " + command);
        }
        assertEquals(0, gan("--help"));
        assertTrue(out.toString().contains("Exit codes:") && out.toString().contains("3  not a run directory"), out.toString());
    }

    @Test
    void givenDataInfoWhenAskedThenSourcesShowCacheStateAndASynthesizedSourceItsShapeWithoutDownloading() {
        String cache = temp.resolve("cache").toString();
        assertEquals(0, gan("data", "info", "--cache", cache), err.toString());
        for (String source : new String[] {"mnist", "fashion-mnist", "image-folder", "spoken-digits", "ring8", "grid25", "brown"}) {
            assertTrue(out.toString().contains(source), source + " listed: " + out);
        }
        assertTrue(out.toString().contains(temp.resolve("cache").resolve("mnist") + " (not fetched: gan data fetch mnist)"),
                out.toString());
        assertEquals(0, gan("data", "info", "ring8", "--cache", cache), err.toString());
        assertTrue(out.toString().contains("cache: none"), out.toString());
        assertTrue(out.toString().contains("train:    unlimited (synthesized) of shape (2), unconditional"), out.toString());
        assertEquals(0, gan("data", "info", "mnist", "--cache", cache), err.toString());
        assertTrue(!out.toString().contains("train:"), "nothing is opened or fetched: " + out);
        assertTrue(Files.notExists(temp.resolve("cache").resolve("mnist")));
        assertEquals(2, gan("data", "info", "ring9", "--cache", cache));
        assertTrue(err.toString().contains("unknown data source 'ring9'"), err.toString());
    }

    @Test
    void givenUnknownCommandOrFlagWhenRunningThenExitCode2() {
        assertEquals(2, gan("frobnicate"));
        assertEquals(2, gan("train", "points-ring", "--stepz", "3"));
        assertTrue(err.toString().contains("--stepz"), err.toString());
    }

    @Test
    void givenConfigWithUnknownKeyOrBadValueWhenTrainingThenExitCode2NamesTheField() throws Exception {
        Path unknown = Files.writeString(temp.resolve("unknown.yaml"), "train: {stepz: 3}\n");
        assertEquals(2, gan("train", "points-ring", "--config", unknown.toString(), "--out", temp.resolve("a").toString()));
        assertTrue(err.toString().contains("'train.stepz'"), err.toString());
        Path negative = Files.writeString(temp.resolve("negative.yaml"), "train: {lrGenerator: -1}\n");
        assertEquals(2, gan("train", "points-ring", "--config", negative.toString(), "--out", temp.resolve("b").toString()));
        assertTrue(err.toString().contains("train.lrGenerator = -1"), err.toString());
        assertTrue(Files.notExists(temp.resolve("a")) && Files.notExists(temp.resolve("b")));
    }

    @Test
    void givenTakenOrForeignDirectoryWhenTrainingOrResumingThenExitCodes2And3AndNothingChanges() throws Exception {
        Path taken = Files.createDirectories(temp.resolve("taken"));
        Files.writeString(taken.resolve("keep.txt"), "mine");
        assertEquals(2, gan("train", "points-ring", "--out", taken.toString()));
        assertEquals("mine", Files.readString(taken.resolve("keep.txt")));
        assertEquals(3, gan("train", "--resume", taken.toString()));
        assertTrue(err.toString().contains("not a gan4j run directory"), err.toString());
    }

    @Test
    void givenBenchWithoutNameOrWithoutPythonWhenRunThenClearErrorNamesTheFix() {
        assertEquals(2, gan("bench"));
        assertTrue(err.toString().contains("name a benchmark: trainer, step, sample, eval, memory, small-data, profile"), err.toString());
        Path python = temp.resolve("no-python");
        assertEquals(1, gan("bench", "step", "--model", "dcgan", "--python", python.toString(), "--cache", temp.toString()));
        assertTrue(err.toString().contains(python + " is not an executable"), err.toString());
        assertTrue(err.toString().contains("apt-get install -y python3-torch"), err.toString());
    }
}
