package org.gan4j.core.eval;

import java.io.IOException;

/** A cached evaluator is incomplete or damaged: its card is unreadable, or its parameters do not match their hash. */
public class CorruptEvaluatorException extends IOException {

    private static final long serialVersionUID = 1L;

    /** @param message what is wrong, naming the directory and the file */
    public CorruptEvaluatorException(String message) {
        super(message);
    }

    /**
     * @param message what is wrong, naming the directory and the file
     * @param cause the underlying read error
     */
    public CorruptEvaluatorException(String message, Throwable cause) {
        super(message, cause);
    }
}
