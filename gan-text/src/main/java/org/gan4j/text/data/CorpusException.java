package org.gan4j.text.data;

import java.io.IOException;

/** A corpus file that cannot be used; the message names the file, the line and the fix. */
public final class CorpusException extends IOException {

    private static final long serialVersionUID = 1L;

    /** @param message what is wrong, where, and what to do */
    public CorpusException(String message) {
        super(message);
    }
}
