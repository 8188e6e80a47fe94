package org.gan4j.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

/** The throughput benchmarks' argument checks, which fail before anything is built or timed. */
class BenchCommandsTest {

    private final StringWriter err = new StringWriter();

    private int gan(String... args) {
        return GanCli.execute(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true), args);
    }

    @Test
    void givenBadArgumentsWhenBenchmarkingThenExitCode2NamesTheOption() {
        assertEquals(2, gan("bench", "step", "--model", "gan"));
        assertTrue(err.toString().contains("--model 'gan' is not one of dcgan, wavegan, text"), err.toString());
        assertEquals(2, gan("bench", "sample", "--model", "dcgan", "--batch", "0"));
        assertTrue(err.toString().contains("--batch 0 is out of range"), err.toString());
        assertEquals(2, gan("bench", "step", "--model", "wavegan", "--batch", "2048"));
        assertTrue(err.toString().contains("--batch 2048 is out of range for model 'wavegan'"), err.toString());
        assertEquals(2, gan("bench", "step", "--model", "text", "--threads", "0"));
        assertTrue(err.toString().contains("--threads 0 is out of range"), err.toString());
        assertEquals(2, gan("bench", "eval", "--model", "dcgan", "--samples", "0"));
        assertTrue(err.toString().contains("--samples 0 is out of range"), err.toString());
        assertEquals(2, gan("bench", "eval"));
        assertTrue(err.toString().contains("--model"), err.toString());
    }
}
