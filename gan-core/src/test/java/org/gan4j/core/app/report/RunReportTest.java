package org.gan4j.core.app.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunReportTest {

    @TempDir
    Path temp;

    /** A run directory written by hand, shaped as TrainingJob writes one. */
    private Path run(int sampleSteps) throws IOException {
        Path run = Files.createDirectories(temp.resolve("run"));
        Files.createDirectories(run.resolve("checkpoints/step-00000200"));
        Files.writeString(run.resolve("checkpoints/step-00000200/manifest.json"), "{}");
        Files.createDirectories(run.resolve("checkpoints/step-00000100"));
        Files.writeString(run.resolve("checkpoints/step-00000100/manifest.json"), "{}");
        Files.writeString(run.resolve("checkpoints/best.json"), "{\"step\":100,\"metric\":\"fid\",\"value\":12.5}");
        Files.writeString(run.resolve("config.json"), """
                {"modality":"toy","preset":"toy","data":{"name":"two-gaussians","options":{"note":"</pre><script>alert(1)</script>"}},
                 "architecture":{"name":"mlp","options":{}},"train":{"steps":200,"seed":42}}""");
        Files.writeString(run.resolve("metrics.json"), """
                {"losses":[{"step":50,"discriminator":1.2,"generator":0.8,"lrGenerator":2e-4,"lrDiscriminator":2e-4,"stepsPerSecond":10},
                           {"step":100,"discriminator":1.1,"generator":0.9,"lrGenerator":2e-4,"lrDiscriminator":2e-4,"stepsPerSecond":11},
                           {"step":200,"discriminator":1.0,"generator":1.0,"lrGenerator":1e-4,"lrDiscriminator":1e-4,"stepsPerSecond":12}],
                 "evaluations":[
                   {"step":100,"metrics":[
                     {"name":"fid","value":12.5,"std":"NaN","samples":500,"higherIsBetter":false,"note":"evaluator abc123"},
                     {"name":"gen/memorization","value":0.25,"std":0.01,"samples":500,"higherIsBetter":false,"note":""}]},
                   {"step":200,"metrics":[
                     {"name":"fid","value":14.0,"std":"NaN","samples":500,"higherIsBetter":false,"note":"evaluator abc123"},
                     {"name":"gen/memorization","value":0.5,"std":0.02,"samples":500,"higherIsBetter":false,"note":""}]}],
                 "events":[{"step":150,"kind":"rollback","message":"loss NaN; rolled back to step 100"}],
                 "provenance":{"gan4j":"0.1.0","DJL":"0.35.1","engine":"PyTorch 2.7.1"}}""");
        Path samples = Files.createDirectories(run.resolve("samples"));
        BufferedImage image = new BufferedImage(4, 4, BufferedImage.TYPE_BYTE_GRAY);
        for (int i = 1; i <= sampleSteps; i++) {
            ImageIO.write(image, "png", samples.resolve(String.format("step-%08d.png", i * 10)).toFile());
        }
        for (int c = 0; c < 10; c++) {
            Files.write(samples.resolve(String.format("step-%08d-%03d.wav", sampleSteps * 10, c)),
                    new byte[] {'R', 'I', 'F', 'F', (byte) c});
        }
        Files.writeString(samples.resolve(String.format("step-%08d.txt", sampleSteps * 10)),
                "a <script>alert('x')</script> b\n" + "long ".repeat(100) + "\n" + "line\n".repeat(30));
        return run;
    }

    private static int count(String html, String regex) {
        Matcher m = Pattern.compile(regex).matcher(html);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    @Test
    void givenRunWhenRenderingThenEverySectionIsThereWithCurvesPerMetricAndLossChart() throws Exception {
        String html = RunReport.render(RunRecord.read(run(3)));

        assertEquals(3 + 2, count(html, "<svg class=\"chart\""), "losses, learning rates, steps/s, fid, gen/memorization");
        assertEquals(2 + 2 + 1 + 1 + 1, count(html, "<path class=\"series\""));
        assertTrue(html.contains("<h3>gen</h3>") && html.contains("<h3>quality</h3>"), "metrics grouped by prefix");
        assertTrue(html.contains("loss NaN; rolled back to step 100"), "events listed");
        assertTrue(html.contains("<td>0.1.0</td>") && html.contains("<td>PyTorch 2.7.1</td>") && html.contains("<td>42</td>"),
                "provenance and seed");
        assertTrue(html.contains("<li>fid (n=500): evaluator abc123</li><li>gen/memorization (n=500)</li>"),
                "evaluator notes with the metrics and sample counts they cover");
        assertTrue(html.contains("<td>best (by fid)</td><td>100</td><td>12.5</td><td>0.25 ± 0.01</td>"), html);
        assertTrue(html.contains("<td>final</td><td>200</td><td>14</td><td>0.5 ± 0.02</td>"), "best vs final");
        assertEquals(3, count(html, "<img class=\"sample\""));
        assertEquals(RunReport.MAX_AUDIO_CLIPS, count(html, "<audio controls"), "audio players bounded");
        assertFalse(html.matches("(?s).*(src|href)=\"(https?:)?//.*"), "nothing loaded from outside the file");
    }

    @Test
    void givenSampleOrConfigHoldingScriptWhenRenderingThenItIsEscapedAndTheOnlyScriptIsTheReportsOwn() throws Exception {
        String html = RunReport.render(RunRecord.read(run(1)));
        assertEquals(1, count(html, "<script>"), "only the report's own script");
        assertTrue(html.contains("a &lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; b"), "text sample escaped");
        assertTrue(html.contains("&lt;/pre&gt;&lt;script&gt;alert(1)&lt;/script&gt;"), "configuration escaped");
    }

    @Test
    void givenManySampleStepsAndLongTextWhenRenderingThenBoundsHold() throws Exception {
        String html = RunReport.render(RunRecord.read(run(30)));
        assertEquals(RunReport.MAX_SAMPLE_STEPS, count(html, "<img class=\"sample\""));
        assertTrue(html.contains("12 of 30 sample steps"), "the thinning is stated");
        assertTrue(html.contains("<h3>step 10</h3>") && html.contains("<h3>step 300</h3>"), "first and last shown");
        assertTrue(html.contains("… 12 more lines in step-00000300.txt"), "text cut at " + RunReport.MAX_TEXT_LINES + " lines");
        assertTrue(html.contains("long ".repeat(60).substring(0, RunReport.MAX_LINE_CHARS) + "…"), "long line cut");
    }

    @Test
    void givenImageWhenEmbeddingThenDataUriHoldsTheFilesBytes() throws Exception {
        Path run = run(1);
        String html = RunReport.render(RunRecord.read(run));
        Matcher m = Pattern.compile("<img class=\"sample\" alt=\"[^\"]*\" src=\"data:image/png;base64,([^\"]*)\"").matcher(html);
        assertTrue(m.find());
        assertArrayEquals(Files.readAllBytes(run.resolve("samples/step-00000010.png")), Base64.getDecoder().decode(m.group(1)));
    }

    @Test
    void givenOversizedSampleWhenRenderingThenItIsNamedNotEmbedded() throws Exception {
        Path run = run(1);
        Files.write(run.resolve("samples/step-00000010.png"), new byte[(int) RunReport.MAX_EMBEDDED_BYTES + 1]);
        String html = RunReport.render(RunRecord.read(run));
        assertEquals(0, count(html, "<img class=\"sample\""));
        assertTrue(html.contains("step-00000010.png (" + (RunReport.MAX_EMBEDDED_BYTES + 1) + " bytes) is too large to embed"));
    }

    @Test
    void givenFreshRunWithoutMetricsWhenWritingThenPageSaysWhatIsMissing() throws Exception {
        Path run = Files.createDirectories(temp.resolve("fresh"));
        Files.createDirectories(run.resolve("checkpoints"));
        Files.writeString(run.resolve("config.json"), "{\"modality\":\"toy\",\"train\":{\"steps\":10,\"seed\":1}}");
        RunReport.write(run, run.resolve(RunReport.FILE));
        String html = Files.readString(run.resolve(RunReport.FILE));
        assertTrue(html.contains("No losses logged yet.") && html.contains("No evaluation yet.")
                && html.contains("No samples yet.") && html.contains("No checkpoint yet."), html);
    }

    @Test
    void givenDirectoryThatIsNotARunWhenWritingThenErrorSaysWhatARunNeeds() throws Exception {
        Path notRun = Files.createDirectories(temp.resolve("photos"));
        IOException e = assertThrows(IOException.class, () -> RunReport.write(notRun, notRun.resolve(RunReport.FILE)));
        assertTrue(e.getMessage().contains("is not a gan4j run directory") && e.getMessage().contains("config.json"),
                e.getMessage());
        assertFalse(Files.exists(notRun.resolve(RunReport.FILE)));
    }
}
