package org.gan4j.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gan report} on hand-made directories; the browser test renders a real run's report. */
class ReportCommandTest {

    @TempDir
    Path temp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int gan(String... args) {
        return GanCli.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    private Path freshRun() throws Exception {
        Path run = Files.createDirectories(temp.resolve("run"));
        Files.createDirectories(run.resolve("checkpoints"));
        Files.writeString(run.resolve("config.json"), "{\"modality\":\"points\",\"train\":{\"steps\":10,\"seed\":3}}");
        return run;
    }

    @Test
    void givenHelpWhenAskedThenUsageWithExamples() {
        assertEquals(0, gan("report", "--help"));
        assertTrue(out.toString().contains("Usage: gan report") && out.toString().contains("gan report runs/ring --out"),
                out.toString());
        assertEquals(0, gan("--help"));
        assertTrue(out.toString().contains("report"), "listed among the commands");
    }

    @Test
    void givenRunWhenReportingThenReportIsWrittenInTheRunOrWhereAsked() throws Exception {
        Path run = freshRun();
        assertEquals(0, gan("report", run.toString()), err.toString());
        assertTrue(Files.readString(run.resolve("report.html")).contains("<h2 id=\"provenance\">"));
        assertTrue(out.toString().contains("wrote " + run.resolve("report.html")), out.toString());

        Path elsewhere = temp.resolve("reports/run.html");
        assertEquals(0, gan("report", run.toString(), "--out", elsewhere.toString()), err.toString());
        assertTrue(Files.readString(elsewhere).startsWith("<!DOCTYPE html>"));
    }

    @Test
    void givenDirectoryThatIsNotARunWhenReportingThenExitCode3SaysWhatARunNeeds() throws Exception {
        Path photos = Files.createDirectories(temp.resolve("photos"));
        assertEquals(3, gan("report", photos.toString()));
        assertTrue(err.toString().contains(photos + " is not a gan4j run directory: it needs config.json and checkpoints/"),
                err.toString());
        assertFalse(Files.exists(photos.resolve("report.html")));

        assertEquals(3, gan("report", temp.resolve("missing").toString()));
        assertTrue(err.toString().contains("does not exist"), err.toString());
        assertEquals(2, gan("report"));
        assertTrue(err.toString().contains("Missing required parameter: 'RUN'"), err.toString());
    }
}
