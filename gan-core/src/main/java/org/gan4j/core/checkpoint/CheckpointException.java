package org.gan4j.core.checkpoint;

import java.io.IOException;

/** A checkpoint is missing, incomplete, corrupt, or was written by a different model. */
public class CheckpointException extends IOException {

    private static final long serialVersionUID = 1L;

    /** @param message names the checkpoint, the file and what is wrong */
    public CheckpointException(String message) {
        super(message);
    }

    /**
     * @param message names the checkpoint, the file and what is wrong
     * @param cause the underlying error
     */
    public CheckpointException(String message, Throwable cause) {
        super(message, cause);
    }
}
