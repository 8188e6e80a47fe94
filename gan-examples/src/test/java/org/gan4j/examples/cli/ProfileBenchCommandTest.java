package org.gan4j.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.engine.Engine;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gan bench profile} on the points preset, and the {@code --device} option's errors. */
class ProfileBenchCommandTest {

    @TempDir
    Path temp;

    private final CliCapture cli = new CliCapture();

    private int gan(String... args) {
        return cli.run(args);
    }

    @Test
    void givenPointsPresetWhenProfiledThenSummaryListsTheMlpOperatorsAndTracesAreWritten() throws Exception {
        Path run = temp.resolve("profile");
        assertEquals(0, gan("bench", "profile", "--preset", "points-ring", "--steps", "3", "--warmup", "1",
                "--device", "cpu", "--out", run.toString(), "--cache", temp.resolve("cache").toString()), cli.err());
        String summary = cli.out();
        for (String line : new String[] {"profile of points-ring: 3 steps after 1 warm-up", "device cpu()",
                "profiler off", "profiler on", "data.batch", "native operators (excl. data)",
                "outside recorded operators", "top 10 operators"}) {
            assertTrue(summary.contains(line), line + " in\n" + summary);
        }
        assertTrue(summary.contains("aten::addmm") || summary.contains("aten::mm"),
                "the MLP's matrix products are among the top operators:\n" + summary);
        assertEquals(summary.substring(0, summary.indexOf("traces:")),
                Files.readString(run.resolve("profile/summary.txt")), "the summary is kept in the run directory");
        assertTrue(Files.size(run.resolve("profile/steps-trace.json")) > Files.size(run.resolve("profile/data-trace.json")),
                "the steps' trace holds more than the data batches' trace");
        assertTrue(Files.exists(run.resolve("config.json")), "a run directory like gan train's");
    }

    @Test
    void givenGpuRequestedWithoutOneWhenTrainingThenExitCode2SaysHowToGetACudaBuild() {
        if (Engine.getInstance().getGpuCount() > 0) {
            return; // the message is for engines without a GPU; DevicesTest checks the wording with any engine
        }
        Path run = temp.resolve("never");
        assertEquals(2, gan("train", "points-ring", "--steps", "2", "--device", "gpu:0", "--out", run.toString()));
        assertTrue(cli.err().contains("--device gpu:0 requested but the PyTorch engine sees 0 GPUs; build with -Pcuda"),
                cli.err());
        assertFalse(Files.exists(run), "nothing is written for a refused device");
        assertEquals(2, gan("bench", "profile", "--preset", "points-ring", "--device", "tpu"));
        assertTrue(cli.err().contains("use cpu, gpu or gpu:N"), cli.err());
    }
}
