package org.gan4j.audio.signal;

import java.io.IOException;

/** A file is not audio this module can read; the message names the file, what was found and the fix. */
public class AudioFormatException extends IOException {

    private static final long serialVersionUID = 1L;

    /** @param message what is wrong, naming the file */
    public AudioFormatException(String message) {
        super(message);
    }

    /**
     * @param message what is wrong, naming the file
     * @param cause the underlying error
     */
    public AudioFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
