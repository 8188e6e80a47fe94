package org.gan4j.core.options;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * Free-form options of a component (data source, architecture), read through typed, validated
 * accessors whose errors name the full field path, e.g. {@code architecture.options.hidden}.
 */
public final class Options {

    private final String path;
    private final Map<String, Object> values;

    /**
     * @param path the field path of this options map, used in error messages
     * @param values the raw values (numbers, strings, booleans)
     */
    public Options(String path, Map<String, Object> values) {
        this.path = path;
        this.values = values == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(values));
    }

    /** @return the raw values, sorted by key */
    public Map<String, Object> asMap() {
        return values;
    }

    /**
     * Reads an integer option.
     *
     * @param key the option name
     * @param defaultValue used when the option is absent
     * @param min the smallest allowed value
     * @param max the largest allowed value
     * @return the value
     */
    public int getInt(String key, int defaultValue, int min, int max) {
        Object raw = values.get(key);
        if (raw == null) {
            return defaultValue;
        }
        if (!(raw instanceof Number n) || n.doubleValue() != Math.rint(n.doubleValue())) {
            throw new ConfigException(field(key) + " = " + raw + " must be an integer in [" + min + ", " + max + "]");
        }
        long v = n.longValue();
        if (v < min || v > max) {
            throw new ConfigException(field(key) + " = " + v + " is out of range: allowed [" + min + ", " + max + "]");
        }
        return (int) v;
    }

    /**
     * Reads a floating-point option.
     *
     * @param key the option name
     * @param defaultValue used when the option is absent
     * @param min the smallest allowed value
     * @param max the largest allowed value
     * @return the value
     */
    public double getDouble(String key, double defaultValue, double min, double max) {
        Object raw = values.get(key);
        if (raw == null) {
            return defaultValue;
        }
        if (!(raw instanceof Number n)) {
            throw new ConfigException(field(key) + " = " + raw + " must be a number in [" + min + ", " + max + "]");
        }
        double v = n.doubleValue();
        if (!(v >= min && v <= max)) {
            throw new ConfigException(field(key) + " = " + v + " is out of range: allowed [" + min + ", " + max + "]");
        }
        return v;
    }

    /**
     * Reads a string option.
     *
     * @param key the option name
     * @param defaultValue used when the option is absent
     * @return the value
     */
    public String getString(String key, String defaultValue) {
        Object raw = values.get(key);
        return raw == null ? defaultValue : raw.toString();
    }

    /**
     * Reads a boolean option ({@code true}/{@code false}, as a YAML boolean or a string).
     *
     * @param key the option name
     * @param defaultValue used when the option is absent
     * @return the value
     */
    public boolean getBoolean(String key, boolean defaultValue) {
        Object raw = values.get(key);
        if (raw == null) {
            return defaultValue;
        }
        if (raw instanceof Boolean b) {
            return b;
        }
        return switch (raw.toString().toLowerCase(java.util.Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new ConfigException(field(key) + " = " + raw + " must be true or false");
        };
    }

    /**
     * Reads a file-system path option; a leading {@code ~/} means the user's home directory.
     *
     * @param key the option name
     * @return the path, or empty when the option is absent or blank
     */
    public java.util.Optional<java.nio.file.Path> getPath(String key) {
        String raw = getString(key, "");
        if (raw.isBlank()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(raw.startsWith("~/")
                ? java.nio.file.Path.of(System.getProperty("user.home"), raw.substring(2))
                : java.nio.file.Path.of(raw));
    }

    /**
     * Fails if an option is not among the keys this component reads, so typos surface.
     *
     * @param known the option names the component understands
     */
    public void requireOnly(java.util.Collection<String> known) {
        for (String key : values.keySet()) {
            if (!known.contains(key)) {
                throw new ConfigException(
                        "unknown option " + field(key) + "; allowed: " + new java.util.TreeSet<>(known));
            }
        }
    }

    private String field(String key) {
        return path + "." + key;
    }
}
