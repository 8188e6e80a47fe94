package org.gan4j.core.spi;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * A named, ready-to-run configuration, stored as a YAML resource next to its modality.
 *
 * @param name the preset name, e.g. {@code points-ring}
 * @param description a one-line description
 * @param yaml the configuration fields it sets over gan-core's defaults
 */
public record Preset(String name, String description, String yaml) {

    /**
     * Loads a preset from a resource.
     *
     * @param owner the class whose package holds the resource
     * @param name the preset name; the resource is {@code name + ".yaml"}
     * @param description a one-line description
     * @return the preset
     */
    public static Preset fromResource(Class<?> owner, String name, String description) {
        String resource = name + ".yaml";
        try (InputStream in = owner.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("preset resource " + resource + " is missing next to " + owner.getName());
            }
            return new Preset(name, description, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
