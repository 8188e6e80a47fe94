package org.gan4j.core.app.run;

import java.io.IOException;

/** A directory given as a run is not one: missing, or without the configuration and checkpoints. */
public class RunDirectoryException extends IOException {

    private static final long serialVersionUID = 1L;

    /** @param message names the directory, what it lacks and what makes one */
    public RunDirectoryException(String message) {
        super(message);
    }
}
