package org.gan4j.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Drives the {@code gan} program end to end, as a user would, and checks output and exit codes. */
class GanCliTest {

    @TempDir
    Path temp;

    private final CliCapture cli = new CliCapture();

    private int gan(String... args) {
        return cli.run(args);
    }

    @Test
    void givenListWhenRunThenShowsThePointsModalityItsPresetsAndTheLosses() {
        assertEquals(0, gan("list"));
        assertTrue(cli.out().contains("modality points"), cli.out());
        assertTrue(cli.out().contains("points-ring"), cli.out());
        assertTrue(cli.out().contains("losses: minimax, non-saturating"), cli.out());
    }

    @Test
    void givenShortPresetRunWhenTrainingThenRunDirectoryIsCompleteAndResumeExtendsIt() throws Exception {
        Path run = temp.resolve("ring");
        assertEquals(0, gan("train", "points-ring", "--steps", "40", "--seed", "5", "--out", run.toString(),
                "--cache", temp.resolve("cache").toString()), cli.err());
        assertTrue(cli.out().contains("modes-covered"), cli.out());
        for (String file : new String[] {"config.json", "metrics.json", "train.log", "checkpoints/step-00000040/manifest.json"}) {
            assertTrue(Files.exists(run.resolve(file)), file);
        }
        JsonNode config = new ObjectMapper().readTree(run.resolve("config.json").toFile());
        assertEquals(5, config.at("/train/seed").asLong());
        assertEquals("points-ring", config.at("/preset").asText());

        assertEquals(0, gan("train", "--resume", run.toString(), "--steps", "60"), cli.err());
        assertTrue(Files.exists(run.resolve("checkpoints/step-00000060/manifest.json")));
        assertTrue(cli.out().contains("resuming"), cli.out());
    }

    @Test
    void givenUnknownPresetWhenTrainingThenExitCode2ListsKnownPresets() {
        assertEquals(2, gan("train", "points-rign", "--out", temp.resolve("x").toString()));
        assertTrue(cli.err().contains("unknown preset 'points-rign'") && cli.err().contains("points-ring"),
                cli.err());
        assertTrue(Files.notExists(temp.resolve("x")));
    }

    @Test
    void givenDataMakeOrFetchWhenRunThenTheSourceIsPreparedAndOtherActionsAreRefused() {
        String cache = temp.resolve("cache").toString();
        assertEquals(0, gan("data", "make", "ring8", "--cache", cache), cli.err());
        assertTrue(cli.out().contains("data source 'ring8' is ready"), cli.out());
        assertEquals(0, gan("data", "fetch", "ring8", "--cache", cache), cli.err());
        assertEquals(2, gan("data", "grab", "ring8", "--cache", cache));
        assertTrue(cli.err().contains("available: fetch, make"), cli.err());
    }

    @Test
    void givenEveryCommandWhenAskedForHelpThenUsageShowsExamplesAndTheTopLevelTheExitCodes() {
        for (String command : new String[] {"list", "data", "train", "sample", "eval", "export", "bench", "bench trainer",
            "bench step", "bench sample", "bench eval"}) {
            String[] args = (command + " --help").split(" ");
            assertEquals(0, gan(args), command);
            assertTrue(cli.out().contains("Examples:\n  gan " + command), command + ": " + cli.out());
            assertTrue(cli.out().contains("--quiet"), "the global flag is on " + command);
        }
        assertEquals(0, gan("--help"));
        assertTrue(cli.out().contains("Exit codes:") && cli.out().contains("3  not a run directory"), cli.out());
    }

    @Test
    void givenDataInfoWhenAskedThenSourcesShowCacheStateAndASynthesizedSourceItsShapeWithoutDownloading() {
        String cache = temp.resolve("cache").toString();
        assertEquals(0, gan("data", "info", "--cache", cache), cli.err());
        for (String source : new String[] {"mnist", "fashion-mnist", "image-folder", "spoken-digits", "ring8", "grid25", "brown"}) {
            assertTrue(cli.out().contains(source), source + " listed: " + cli.out());
        }
        assertTrue(cli.out().contains(temp.resolve("cache").resolve("mnist") + " (not fetched: gan data fetch mnist)"),
                cli.out());
        assertEquals(0, gan("data", "info", "ring8", "--cache", cache), cli.err());
        assertTrue(cli.out().contains("cache: none"), cli.out());
        assertTrue(cli.out().contains("train:    unlimited (synthesized) of shape (2), unconditional"), cli.out());
        assertEquals(0, gan("data", "info", "mnist", "--cache", cache), cli.err());
        assertTrue(!cli.out().contains("train:"), "nothing is opened or fetched: " + cli.out());
        assertTrue(Files.notExists(temp.resolve("cache").resolve("mnist")));
        assertEquals(2, gan("data", "info", "ring9", "--cache", cache));
        assertTrue(cli.err().contains("unknown data source 'ring9'"), cli.err());
    }

    @Test
    void givenUnknownCommandOrFlagWhenRunningThenExitCode2() {
        assertEquals(2, gan("frobnicate"));
        assertTrue(cli.err().startsWith("gan: unknown command 'frobnicate' for 'gan'; commands: list, data, train"),
                cli.err());
        assertEquals(2, gan("train", "points-ring", "--stepz", "3"));
        assertTrue(cli.err().startsWith("gan: Unknown options: '--stepz'"), cli.err());
        assertTrue(cli.err().contains("--steps"), "suggests the flag meant: " + cli.err());
    }

    @ParameterizedTest(name = "gan {0} --help")
    @ValueSource(strings = {"nosuch", "bench nosuch"})
    void givenAnUnknownCommandFollowedByHelpWhenRunningThenExitCode2NamesItInsteadOfPrintingTheParentsHelp(String words) {
        String[] args = (words + " --help").split(" ");
        assertEquals(2, gan(args));
        String parent = words.contains(" ") ? "gan " + words.split(" ")[0] : "gan";
        assertTrue(cli.err().startsWith("gan: unknown command 'nosuch' for '" + parent + "'"), cli.err());
        assertEquals("", cli.out(), "no help printed");
    }

    @Test
    void givenAFileWhereARunDirectoryIsExpectedOrAnEmptyConditionItemWhenRunningThenTheMessageSaysSo() throws Exception {
        Path file = Files.writeString(temp.resolve("notes.txt"), "not a run");
        assertEquals(3, gan("train", "--resume", file.toString()));
        assertTrue(cli.err().contains(file + " is a file, not a run directory"), cli.err());
        assertEquals(3, gan("sample", file.toString()));
        assertTrue(cli.err().contains("is a file, not a run directory"), cli.err());
    }

    @Test
    void givenADuplicateKeyOrNonFiniteNumberInAConfigWhenTrainingThenExitCode2WithOneLineNamingTheLine() throws Exception {
        Path twice = Files.writeString(temp.resolve("twice.yaml"), "train:\n  steps: 5\n  steps: 6\n");
        assertEquals(2, gan("train", "points-ring", "--config", twice.toString(), "--out", temp.resolve("a").toString()));
        assertEquals("gan: " + twice + ", line 3 (train.steps): key 'steps' appears twice in one mapping; keep one\n",
                cli.err());
        Path nan = Files.writeString(temp.resolve("nan.yaml"), "train:\n  lrGenerator: .nan\n");
        assertEquals(2, gan("train", "points-ring", "--config", nan.toString(), "--out", temp.resolve("b").toString()));
        assertTrue(cli.err().contains("(train.lrGenerator): '.nan' is not a finite number"), cli.err());
        assertTrue(Files.notExists(temp.resolve("a")) && Files.notExists(temp.resolve("b")));
    }

    @Test
    void givenConfigWithUnknownKeyOrBadValueWhenTrainingThenExitCode2NamesTheField() throws Exception {
        Path unknown = Files.writeString(temp.resolve("unknown.yaml"), "train: {stepz: 3}\n");
        assertEquals(2, gan("train", "points-ring", "--config", unknown.toString(), "--out", temp.resolve("a").toString()));
        assertTrue(cli.err().contains("'train.stepz'"), cli.err());
        Path negative = Files.writeString(temp.resolve("negative.yaml"), "train: {lrGenerator: -1}\n");
        assertEquals(2, gan("train", "points-ring", "--config", negative.toString(), "--out", temp.resolve("b").toString()));
        assertTrue(cli.err().contains("train.lrGenerator = -1"), cli.err());
        assertTrue(Files.notExists(temp.resolve("a")) && Files.notExists(temp.resolve("b")));
    }

    @Test
    void givenTakenOrForeignDirectoryWhenTrainingOrResumingThenExitCodes2And3AndNothingChanges() throws Exception {
        Path taken = Files.createDirectories(temp.resolve("taken"));
        Files.writeString(taken.resolve("keep.txt"), "mine");
        assertEquals(2, gan("train", "points-ring", "--out", taken.toString()));
        assertEquals("mine", Files.readString(taken.resolve("keep.txt")));
        assertEquals(3, gan("train", "--resume", taken.toString()));
        assertTrue(cli.err().contains("not a gan4j run directory"), cli.err());
    }

    @Test
    void givenBenchWithoutNameOrWithoutPythonWhenRunThenClearErrorNamesTheFix() {
        assertEquals(2, gan("bench"));
        assertTrue(cli.err().contains("name a benchmark: trainer, step, sample, eval, memory, small-data, profile"), cli.err());
        Path python = temp.resolve("no-python");
        assertEquals(1, gan("bench", "step", "--model", "dcgan", "--python", python.toString(), "--cache", temp.toString()));
        assertTrue(cli.err().contains(python + " is not an executable"), cli.err());
        assertTrue(cli.err().contains("apt-get install -y python3-torch"), cli.err());
    }
}
