package org.gan4j.core.app.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.stream.Collectors;
import org.gan4j.core.options.ConfigException;

/**
 * Resolves a {@link RunConfig} from layers: gan-core's defaults, then a preset, then a user file
 * (YAML or JSON), then command-line overrides. Later layers win field by field; the result is
 * validated, and every error names the offending field.
 */
public final class ConfigLoader {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private ObjectNode tree;

    private ConfigLoader(ObjectNode base) {
        this.tree = base;
    }

    /** @return a loader holding gan-core's defaults */
    public static ConfigLoader withDefaults() {
        try (InputStream in = ConfigLoader.class.getResourceAsStream("defaults.yaml")) {
            return new ConfigLoader((ObjectNode) YAML.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException("gan-core's defaults.yaml is unreadable", e);
        }
    }

    /**
     * Merges a YAML document (a preset or user configuration) over the current layers.
     *
     * @param yaml the document text
     * @param source where it came from, for error messages
     * @return this loader
     */
    public ConfigLoader mergeYaml(String yaml, String source) {
        try {
            JsonNode node = YAML.readTree(yaml);
            if (node == null || node.isMissingNode() || node.isNull()) {
                return this;
            }
            if (!node.isObject()) {
                throw new ConfigException(source + ": expected a mapping of configuration fields, found " + node.getNodeType());
            }
            merge(tree, (ObjectNode) node);
            return this;
        } catch (JsonProcessingException e) {
            throw YamlErrors.of(source, yaml, e);
        }
    }

    /**
     * Merges a configuration file (YAML or JSON, which YAML includes).
     *
     * @param file the file
     * @return this loader
     */
    public ConfigLoader mergeFile(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new ConfigException("configuration file " + file + " does not exist or is not a file");
        }
        try {
            return mergeYaml(Files.readString(file), file.toString());
        } catch (IOException e) {
            throw new ConfigException("cannot read configuration file " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Sets one field by its dotted path, e.g. {@code train.steps}.
     *
     * @param dottedPath the field path
     * @param value a number, string or boolean
     * @return this loader
     */
    public ConfigLoader set(String dottedPath, Object value) {
        String[] parts = dottedPath.split("\\.");
        ObjectNode node = tree;
        for (int i = 0; i < parts.length - 1; i++) {
            JsonNode child = node.get(parts[i]);
            node = child instanceof ObjectNode o ? o : node.putObject(parts[i]);
        }
        node.set(parts[parts.length - 1], JSON.valueToTree(value));
        return this;
    }

    /**
     * Builds and validates the configuration.
     *
     * @return the resolved configuration
     * @throws ConfigException naming the first unknown, mistyped or out-of-range field
     */
    public RunConfig resolve() {
        try {
            return JSON.treeToValue(tree, RunConfig.class).validate();
        } catch (UnrecognizedPropertyException e) {
            String allowed = e.getKnownPropertyIds().stream().map(Object::toString).sorted()
                    .collect(Collectors.joining(", "));
            throw new ConfigException("unknown configuration field '" + path(e) + "'; allowed here: " + allowed, e);
        } catch (MismatchedInputException e) {
            throw new ConfigException("configuration field '" + path(e) + "' has the wrong type: expected "
                    + expected(e.getTargetType()) + ", got " + given(e), e);
        } catch (JsonMappingException e) {
            throw new ConfigException("configuration field '" + path(e) + "' has the wrong type: " + e.getOriginalMessage(), e);
        } catch (JsonProcessingException e) {
            throw new ConfigException("configuration is malformed: " + e.getOriginalMessage(), e);
        }
    }

    /** @return the configuration as indented JSON */
    public static String toJson(RunConfig config) {
        try {
            return JSON.writeValueAsString(config);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Reads a configuration saved by {@link #toJson}, over the defaults (so a run saved before a
     * field existed reads with that field's default).
     *
     * @param json the saved text
     * @param source where it came from, for error messages
     * @return the configuration, validated
     */
    public static RunConfig fromJson(String json, String source) {
        try {
            return withDefaults().mergeYaml(json, source).resolve();
        } catch (ConfigException e) {
            throw new ConfigException(source + ": " + e.getMessage(), e);
        }
    }

    private static String expected(Class<?> type) {
        if (type == null) {
            return "another type";
        }
        if (type == int.class || type == long.class || type == Integer.class || type == Long.class) {
            return "a whole number";
        }
        if (type == double.class || type == Double.class) {
            return "a number";
        }
        if (type == String.class) {
            return "a string";
        }
        if (Map.class.isAssignableFrom(type)) {
            return "a mapping of options";
        }
        return type.isRecord() ? "a section (mapping) of fields" : type.getSimpleName();
    }

    /** The value the configuration holds where a mapping error occurred, as written (JSON). */
    private String given(JsonMappingException e) {
        JsonNode node = tree;
        for (JsonMappingException.Reference r : e.getPath()) {
            node = r.getFieldName() != null ? node.path(r.getFieldName()) : node.path(r.getIndex());
        }
        return node.isMissingNode() ? "nothing" : node.isTextual() ? "'" + node.asText() + "'" : node.toString();
    }

    private static String path(JsonMappingException e) {
        return e.getPath().stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining("."));
    }

    private static void merge(ObjectNode into, ObjectNode from) {
        Iterator<Map.Entry<String, JsonNode>> it = from.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode existing = into.get(e.getKey());
            if (existing instanceof ObjectNode target && e.getValue() instanceof ObjectNode source) {
                merge(target, source);
            } else {
                into.set(e.getKey(), e.getValue().deepCopy());
            }
        }
    }
}
