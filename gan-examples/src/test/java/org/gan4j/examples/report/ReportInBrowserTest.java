package org.gan4j.examples.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.io.File;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.gan4j.audio.samples.AudioSampleWriter;
import org.gan4j.examples.cli.GanCli;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Trains a tiny points run with the {@code gan} program, adds audio clips written by gan-audio's
 * sample writer and a text sample that tries to inject a script, writes the report with
 * {@code gan report}, and opens it in headless Chromium (Debian {@code chromium} and
 * {@code chromium-driver}): the curves are drawn, every image decodes, every audio player loads
 * its clip, nothing was injected, and the console holds no error. A screenshot is kept as
 * {@code target/report-screenshot.png}, the page as {@code target/report-example.html}.
 */
class ReportInBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final int STEPS = 40;
    private static final int CLIPS = 3;

    @TempDir
    Path temp;

    @Test
    void givenTinyRunWhenReportIsOpenedInChromiumThenCurvesImagesAndPlayersWorkWithoutScriptErrors() throws Exception {
        requireChromium();
        Path run = temp.resolve("ring");
        Path config = temp.resolve("tiny.yaml");
        Files.writeString(config, """
                train: {steps: %d, logEvery: 5}
                eval: {every: 10, samples: 400}
                samples: {every: 10, count: 300}
                checkpoint: {every: 10, bestMetric: modes-covered}
                """.formatted(STEPS));
        gan("train", "points-ring", "--config", config.toString(), "--seed", "3", "--out", run.toString(),
                "--cache", temp.resolve("cache").toString());
        addAudioAndTextSamples(run.resolve("samples"), String.format("step-%08d", STEPS));
        Path report = temp.resolve("report.html");
        gan("report", run.toString(), "--out", report.toString());
        Files.copy(report, Path.of("target/report-example.html"), StandardCopyOption.REPLACE_EXISTING);

        ChromeDriver browser = open();
        try {
            browser.get(report.toUri().toString());
            JavascriptExecutor js = browser;
            long charts = (Long) js.executeScript("return document.querySelectorAll('svg.chart').length");
            assertTrue(charts >= 3 + 1, "loss, learning-rate and throughput charts plus one per metric; got " + charts);
            long drawn = (Long) js.executeScript("""
                    return Array.from(document.querySelectorAll('svg.chart path.series'))
                        .filter(p => p.getTotalLength() > 0).length""");
            assertTrue(drawn >= 4 + 1, "curves with a visible length: " + drawn);
            List<?> images = (List<?>) js.executeScript("""
                    return Array.from(document.querySelectorAll('img.sample'))
                        .map(i => i.complete ? i.naturalWidth : -1)""");
            assertEquals(List.of(400L, 400L, 400L, 400L), images, "each sample step's scatter plot decoded (400 px wide)");
            Object durations = browser.executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    const players = Array.from(document.querySelectorAll('audio'));
                    Promise.all(players.map(a => new Promise(resolve => {
                      a.addEventListener('loadedmetadata', () => resolve(a.duration));
                      a.addEventListener('error', () => resolve(-1));
                      a.preload = 'auto'; a.load();
                    }))).then(done);""");
            List<?> seconds = (List<?>) durations;
            assertEquals(CLIPS, seconds.size(), "one player per clip");
            for (Object s : seconds) {
                assertEquals(1.024, ((Number) s).doubleValue(), 1e-3, "every clip decodes to its 1.024 s");
            }
            assertEquals(Boolean.TRUE, js.executeScript("return window.injected === undefined"),
                    "a text sample holding a script must not run");
            assertTrue((Boolean) js.executeScript(
                    "return document.querySelector('pre.text-sample').textContent.includes('<script>window.injected')"));
            assertEquals(Boolean.TRUE, js.executeScript("return document.documentElement.classList.contains('js')"),
                    "the report's own script ran to its end");
            assertEquals(List.of(), errors(browser), "console errors");
            screenshot(browser, js);

            browser.get("data:text/html,<p>x</p><script>undefinedFunction()</script>");
            assertTrue(errors(browser).stream().anyMatch(e -> e.contains("undefinedFunction")),
                    "the console check sees a page's script error");
        } finally {
            browser.quit();
        }
    }

    private static void requireChromium() {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "skipped: the report's browser test needs Debian's chromium and chromium-driver (" + CHROMIUM + ", "
                        + CHROMEDRIVER + "); install them with scripts/setup-system.sh");
    }

    private void gan(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = GanCli.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
        assertEquals(0, code, "gan " + String.join(" ", args) + "\n" + out + err);
    }

    /** Three one-second sine clips as gan-audio writes them, and a text sample that tries to inject a script. */
    private void addAudioAndTextSamples(Path samples, String stem) throws Exception {
        int window = 8192;
        float[] waves = new float[CLIPS * window];
        for (int c = 0; c < CLIPS; c++) {
            for (int i = 0; i < window; i++) {
                waves[c * window + i] = 0.5f * (float) Math.sin(2 * Math.PI * 220 * (c + 1) * i / 8000.0);
            }
        }
        Path audioRun = Files.createDirectories(temp.resolve("audio"));
        try (NDManager manager = NDManager.newBaseManager()) {
            NDArray clips = manager.create(waves, new Shape(CLIPS, 1, window));
            for (Path file : new AudioSampleWriter().write(clips, null, audioRun, stem)) {
                if (file.toString().endsWith(".wav")) {
                    Files.copy(file, samples.resolve(file.getFileName()));
                }
            }
        }
        Files.writeString(samples.resolve(stem + ".txt"),
                "<script>window.injected = true</script><img src=x onerror=\"window.injected = true\">\nsecond line\n");
    }

    private ChromeDriver open() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--window-size=1400,1000", "--user-data-dir=" + temp.resolve("chromium-profile"));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString())).usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        return driver;
    }

    private static List<String> errors(ChromeDriver browser) {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage).toList();
    }

    private static void screenshot(ChromeDriver browser, JavascriptExecutor js) throws Exception {
        long height = (Long) js.executeScript("return document.documentElement.scrollHeight");
        Object shot = browser.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", true,
                "clip", Map.of("x", 0, "y", 0, "width", 1400, "height", Math.min(height, 12000), "scale", 1)));
        byte[] png = java.util.Base64.getDecoder().decode((String) ((Map<?, ?>) shot).get("data"));
        Files.write(Path.of("target/report-screenshot.png"), png);
        assertTrue(png.length > 10_000, "a screenshot of the page: " + png.length + " bytes");
    }
}
