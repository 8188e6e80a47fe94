package org.gan4j.audio.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.gan4j.audio.signal.WavFiles;
import org.gan4j.audio.signal.Waveform;

/**
 * Speaks words with the {@code espeak-ng} program, run as a subprocess ({@code espeak-ng --stdout},
 * never linked). The program is {@code espeak-ng} on the PATH unless the environment variable
 * {@value #BINARY_VARIABLE} names another.
 */
final class Espeak {

    /** Overrides the program's path. */
    static final String BINARY_VARIABLE = "GAN4J_ESPEAK";

    /** What to run when the program is missing. */
    static final String INSTALL = "apt-get install -y --no-install-recommends espeak-ng (as root; or run"
            + " scripts/setup-system.sh)";

    private final String binary;

    Espeak() {
        this(System.getenv().getOrDefault(BINARY_VARIABLE, "espeak-ng"));
    }

    Espeak(String binary) {
        this.binary = binary;
    }

    /** @return whether the program can be run */
    boolean available() {
        try {
            return run(List.of(binary, "--version")).length >= 0;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * @param word the text
     * @param voice an espeak-ng voice with optional variant, e.g. {@code en-us+f3}
     * @param speed words per minute ({@code -s})
     * @param pitch 0–99 ({@code -p})
     * @param amplitude 0–200 ({@code -a})
     * @return the speech at espeak-ng's own rate (22050 Hz)
     * @throws IOException if the program is missing or fails; the message names the command and the install command
     */
    Waveform say(String word, String voice, int speed, int pitch, int amplitude) throws IOException {
        List<String> command = List.of(binary, "-v", voice, "-s", Integer.toString(speed), "-p",
                Integer.toString(pitch), "-a", Integer.toString(amplitude), "--stdout", word);
        return WavFiles.read(run(command), String.join(" ", command));
    }

    private byte[] run(List<String> command) throws IOException {
        Process process;
        try {
            process = new ProcessBuilder(command).start();
        } catch (IOException e) {
            throw new IOException("cannot run " + binary + " (" + e.getMessage() + "); the spoken-digits corpus"
                    + " is made with espeak-ng: install it with `" + INSTALL + "` or set " + BINARY_VARIABLE, e);
        }
        process.getOutputStream().close();
        CompletableFuture<byte[]> errors = CompletableFuture.supplyAsync(() -> readQuietly(process.getErrorStream()));
        byte[] output = process.getInputStream().readAllBytes();
        try {
            int status = process.waitFor();
            if (status != 0) {
                throw new IOException(String.join(" ", command) + " failed with status " + status + ": "
                        + new String(errors.join(), StandardCharsets.UTF_8).strip());
            }
        } catch (InterruptedException e) {
            process.destroy();
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while running " + String.join(" ", command), e);
        }
        return output;
    }

    private static byte[] readQuietly(InputStream in) {
        try {
            return in.readAllBytes();
        } catch (IOException e) {
            return new byte[0];
        }
    }
}
