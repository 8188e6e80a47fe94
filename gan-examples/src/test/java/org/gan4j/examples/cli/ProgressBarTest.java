package org.gan4j.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** Progress output on a terminal, in a log and when quiet. */
class ProgressBarTest {

    private static final long SECOND = 1_000_000_000L;

    private final StringWriter text = new StringWriter();

    private Terminal terminal(boolean interactive, boolean quiet) {
        return new Terminal(new PrintWriter(text, true), interactive, quiet);
    }

    @Test
    void givenQuarterDoneAfterTenSecondsWhenRenderedThenBarCountPercentEtaAndDetails() {
        Terminal t = terminal(true, false);
        ProgressBar bar = new ProgressBar(t, "train", 100, "steps", 0);
        bar.update(25, "D 0.5000  G 1.2500", 10 * SECOND);
        String expected = "train [#######-----------------------] 25/100 steps  25% ETA 0:30  D 0.5000  G 1.2500";
        assertEquals(expected, bar.render(10 * SECOND));
        assertEquals("\r" + expected + "\u001b[K", text.toString(), "drawn in place, the rest of the line cleared");
    }

    @Test
    void givenInformationWhileABarIsShownThenTheLineGoesAboveAndTheBarIsRedrawn() {
        Terminal t = terminal(true, false);
        ProgressBar bar = t.progress("sample", 10, "samples");
        bar.update(5, "");
        t.info("wrote a file");
        String shown = text.toString();
        int info = shown.indexOf("\r\u001b[Kwrote a file");
        assertTrue(info > 0, shown);
        assertTrue(shown.indexOf("sample [", info) > info, "bar redrawn after the line: " + shown);
        bar.finish();
        assertTrue(text.toString().endsWith(System.lineSeparator()), "finished bar keeps its own line");
    }

    @Test
    void givenNoTerminalWhenProgressingThenOnePlainLinePerTenthAndNoControlCharacters() {
        Terminal t = terminal(false, false);
        ProgressBar bar = new ProgressBar(t, "eval", 200, "samples", 0);
        for (int done = 1; done <= 200; done++) {
            bar.update(done, "", done * SECOND / 100);
        }
        String[] lines = text.toString().split(System.lineSeparator());
        assertEquals(11, lines.length, text.toString());
        assertEquals("eval 1/200 samples   0% ETA 0:02", lines[0]);
        assertEquals("eval 20/200 samples  10% ETA 0:02", lines[1]);
        assertEquals("eval 200/200 samples 100% in 0:02", lines[10]);
        assertTrue(!text.toString().contains("\r") && !text.toString().contains("\u001b"));
    }

    @Test
    void givenQuietWhenProgressingAndInformingThenOnlyResultsArePrinted() {
        Terminal t = terminal(true, true);
        ProgressBar bar = t.progress("train", 10, "steps");
        bar.update(5, "D 1");
        t.info("step 5/10");
        bar.finish();
        t.result("run directory: runs/x");
        assertEquals("run directory: runs/x" + System.lineSeparator(), text.toString());
    }

    @Test
    void givenCountedDataMakingMessagesOnATerminalThenTheyMoveOneBarAndOtherMessagesStayLines() {
        Terminal t = terminal(true, false);
        t.message("spoken-digits: synthesizing 400 clips with espeak-ng into /cache/x");
        t.message("spoken-digits: 100 / 400 clips");
        t.message("spoken-digits: 400 / 400 clips");
        t.message("spoken-digits: done in 3.0 s");
        String shown = text.toString();
        assertTrue(shown.startsWith("spoken-digits: synthesizing 400 clips"), shown);
        assertTrue(shown.contains("\rspoken-digits [#######-----------------------] 100/400 clips  25%"), shown);
        assertTrue(shown.contains("400/400 clips 100%"), shown);
        assertTrue(shown.endsWith("spoken-digits: done in 3.0 s" + System.lineSeparator()), shown);
    }

    @Test
    void givenCountedMessagesWithoutATerminalThenTheyArePrintedAsTheyCome() {
        Terminal t = terminal(false, false);
        t.message("spoken-digits: 100 / 400 clips");
        assertEquals("spoken-digits: 100 / 400 clips" + System.lineSeparator(), text.toString());
    }
}
