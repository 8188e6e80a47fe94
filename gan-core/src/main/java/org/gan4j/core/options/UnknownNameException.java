package org.gan4j.core.options;

import java.util.Collection;
import java.util.stream.Collectors;

/** Thrown when a modality, architecture, data source, loss or preset name is not registered. */
public class UnknownNameException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /**
     * @param kind what was looked up, e.g. {@code "modality"}
     * @param name the name asked for
     * @param known the registered names
     */
    public UnknownNameException(String kind, String name, Collection<String> known) {
        super("unknown " + kind + " '" + name + "'; known: "
                + known.stream().sorted().collect(Collectors.joining(", ")));
    }
}
