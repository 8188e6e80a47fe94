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
 * The plain-PyTorch baseline: the repository's {@code bench/pytorch/gan_bench.py} run as a
 * subprocess with the system's Python and torch, timing its own steps (training steps or sampled
 * batches) after a warm-up and printing one JSON line. Each measurement is a fresh process, so the
 * rounds alternate fairly with the JVM loops.
 *
 * @param python the Python interpreter that has torch (Debian: {@code /usr/bin/python3} with
 *     {@code python3-torch} and {@code libopenblas0-openmp})
 * @param script the baseline script
 * @param model the script's {@code --model} ({@link BenchModel#name()})
 * @param mode the script's {@code --mode}: {@code step} or {@code sample}
 * @param threads torch's intra-op threads
 * @param batchSize samples per step
 * @param dataArguments the script's arguments naming its real data, if any
 */
record PyTorchBaseline(Path python, Path script, String model, String mode, int threads, int batchSize,
        List<String> dataArguments) {

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
        List<String> arguments = new ArrayList<>(List.of(script.toString(), "--model", model, "--mode", mode, "--steps",
                Integer.toString(steps), "--warmup", Integer.toString(warmup), "--threads", Integer.toString(threads),
                "--batch", Integer.toString(batchSize)));
        arguments.addAll(dataArguments);
        return result(run(arguments), "steps_per_second").asDouble();
    }

    /**
     * @return the trainable parameter counts of the script's networks
     * @throws IllegalStateException when the script fails or prints no result
     */
    ParameterCounts parameterCounts() {
        JsonNode counts = result(run(List.of(script.toString(), "--model", model, "--count-only")), "parameters");
        return new ParameterCounts(counts.path("generator").asLong(-1), counts.path("discriminator").asLong(-1));
    }

    private JsonNode result(String output, String field) {
        String[] lines = output.strip().split("\n");
        try {
            JsonNode value = new ObjectMapper().readTree(lines[lines.length - 1]).get(field);
            if (value == null) {
                throw new IOException("no field '" + field + "'");
            }
            return value;
        } catch (IOException e) {
            throw new IllegalStateException(script + " printed no JSON result line with '" + field + "'; its output was:\n"
                    + output, e);
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
