package org.gan4j.examples.bench;

import java.util.Map;
import org.gan4j.core.app.config.ConfigLoader;
import org.gan4j.core.spi.ModalityRegistry;

/** Configurations for the benchmarks: a preset with {@code path=value} overrides. */
public final class RunConfigs {

    private RunConfigs() {}

    /**
     * @param registry the modalities, which hold the presets
     * @param preset a preset name
     * @param overrides dotted field paths and their values, e.g. {@code train.steps=500}; numbers and
     *     booleans are typed, everything else is a string
     * @return a loader with the preset and the overrides merged, not yet resolved
     */
    public static ConfigLoader preset(ModalityRegistry registry, String preset, Map<String, String> overrides) {
        ConfigLoader loader = ConfigLoader.withDefaults()
                .mergeYaml(registry.preset(preset).yaml(), "preset " + preset).set("preset", preset);
        overrides.forEach((path, value) -> loader.set(path, typed(value)));
        return loader;
    }

    /**
     * @param value the text of a value
     * @return a Long, Double or Boolean when it reads as one, else the text
     */
    static Object typed(String value) {
        if (value.equals("true") || value.equals("false")) {
            return Boolean.valueOf(value);
        }
        try {
            return Long.valueOf(value);
        } catch (NumberFormatException notLong) {
            try {
                return Double.valueOf(value);
            } catch (NumberFormatException notDouble) {
                return value;
            }
        }
    }
}
