package org.gan4j.examples.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The plain-PyTorch baseline: the repository's {@code bench/pytorch/dcgan_step.py} run as a
 * subprocess with the system's Python and torch, timing its own steps after a warm-up and printing
 * one JSON line. Each measurement is a fresh process, so the rounds alternate fairly with the JVM
 * loops.
 *
 * @param python the Python interpreter that has torch (Debian: {@code /usr/bin/python3} with
 *     {@code python3-torch} and {@code libopenblas0-openmp})
 * @param script the baseline script
 * @param images the MNIST training images (IDX) the script reads its real batches from
 * @param threads torch's intra-op threads
 * @param batchSize samples per step
 */
record PyTorchBaseline(Path python, Path script, Path images, int threads, int batchSize) {

    private static final String INSTALL = "install it with: sudo apt-get install -y python3-torch libopenblas0-openmp"
            + " (or run scripts/setup-system.sh --bench)";

    /**
     * Checks that the interpreter and script exist.
     *
     * @throws IllegalStateException naming the missing file and the fix
     */
    PyTorchBaseline {
        if (!Files.isExecutable(python)) {
            throw new IllegalStateException("the PyTorch baseline needs Python with torch, but " + python
                    + " is not an executable; " + INSTALL + ", or pass --python PATH");
        }
        if (!Files.isRegularFile(script)) {
            throw new IllegalStateException("the PyTorch baseline script " + script + " is missing; run the benchmark"
                    + " from a gan4j checkout (the ./gan launcher sets GAN4J_HOME) or pass --pytorch-script PATH");
        }
    }

    /**
     * @return the torch version the interpreter imports
     * @throws IllegalStateException when torch cannot be imported
     */
    String torchVersion() {
        return run(List.of("-c", "import torch; print(torch.__version__)")).trim();
    }

    /**
     * Runs the baseline once.
     *
     * @param steps timed steps
     * @param warmup untimed steps before them
     * @return steps per second
     * @throws IllegalStateException when the script fails or prints no result
     */
    double stepsPerSecond(int steps, int warmup) {
        String output = run(List.of(script.toString(), "--steps", Integer.toString(steps), "--warmup",
                Integer.toString(warmup), "--threads", Integer.toString(threads), "--batch", Integer.toString(batchSize),
                "--images", images.toString()));
        String[] lines = output.strip().split("\n");
        try {
            JsonNode result = new ObjectMapper().readTree(lines[lines.length - 1]);
            return result.get("steps_per_second").asDouble();
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException(script + " printed no JSON result line; its output was:\n" + output, e);
        }
    }

    private String run(List<String> arguments) {
        List<String> command = new ArrayList<>(List.of(python.toString()));
        command.addAll(arguments);
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (process.waitFor() != 0) {
                String hint = output.contains("No module named 'torch'") ? "; " + INSTALL : "";
                throw new IllegalStateException(String.join(" ", command) + " failed" + hint + ":\n" + output);
            }
            return output;
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + python + "; " + INSTALL, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + String.join(" ", command), e);
        }
    }
}
