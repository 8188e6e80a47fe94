package org.gan4j.core.options;

/** A configuration value is missing, of the wrong type, or out of range; the message names the field. */
public class ConfigException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** @param message names the field, the value and what is allowed */
    public ConfigException(String message) {
        super(message);
    }

    /**
     * @param message names the field, the value and what is allowed
     * @param cause the parser's error
     */
    public ConfigException(String message, Throwable cause) {
        super(message, cause);
    }
}
