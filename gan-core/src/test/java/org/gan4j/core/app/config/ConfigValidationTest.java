package org.gan4j.core.app.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.gan4j.core.options.ConfigException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every field of a configuration is checked: a bad value, a wrong type or an unknown key fails
 * with a message that names the field, the value and what is allowed.
 */
class ConfigValidationTest {

    private static final String BASE = """
            modality: points
            data: {name: ring8, options: {}}
            architecture: {name: mlp, options: {}}
            """;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "modality: ''                       | modality =  is invalid        | a non-empty name",
        "data: {name: ''}                   | data.name =  is invalid       | a non-empty name",
        "architecture: {name: ' '}          | architecture.name =           | a non-empty name",
        "latent: {prior: cauchy}            | latent.prior = cauchy         | one of normal, uniform",
        "latent: {dim: 0}                   | latent.dim = 0                | [1, 65536]",
        "loss: {name: wassertein}           | loss.name = wassertein        | non-saturating",
        "loss: {labelSmoothing: 0.6}        | loss.labelSmoothing = 0.6     | [0, 0.4999]",
        "loss: {modeSeeking: -1}            | loss.modeSeeking = -1         | [0, 100]",
        "train: {steps: 0}                  | train.steps = 0               | [1, ",
        "train: {batchSize: 0}              | train.batchSize = 0           | [1, 65536]",
        "train: {nCritic: 101}              | train.nCritic = 101           | [1, 100]",
        "train: {lrGenerator: 0}            | train.lrGenerator = 0         | > 0",
        "train: {lrDiscriminator: -1}       | train.lrDiscriminator = -1    | > 0",
        "train: {beta1: 1}                  | train.beta1 = 1               | [0, 0.9999]",
        "train: {beta2: 1.5}                | train.beta2 = 1.5             | [0, 0.99999]",
        "train: {emaDecay: 1}               | train.emaDecay = 1            | [0, 0.99999]",
        "train: {logEvery: 0}               | train.logEvery = 0            | [1, ",
        "checkpoint: {every: 0}             | checkpoint.every = 0          | [1, ",
        "checkpoint: {keepLast: 0}          | checkpoint.keepLast = 0       | [1, 1000]",
        "eval: {every: -1}                  | eval.every = -1               | [0, ",
        "eval: {samples: 0}                 | eval.samples = 0              | [1, 1000000]",
        "samples: {every: 0}                | samples.every = 0             | [1, ",
        "samples: {count: 10001}            | samples.count = 10001         | [1, 10000]",
        "watchdog: {maxRollbacks: -1}       | watchdog.maxRollbacks = -1    | [0, 100]",
        "watchdog: {lrFactor: 1}            | watchdog.lrFactor = 1         | [1.0E-6, 0.999999]",
        "watchdog: {maxLoss: 0}             | watchdog.maxLoss = 0          | > 0",
        "watchdog: {chanceFactor: 0.5}      | watchdog.chanceFactor = 0.5   | [1, 1000]",
        "watchdog: {window: 0}              | watchdog.window = 0           | [1, 1000000]",
        "trian: {steps: 3}                  | unknown configuration field 'trian' | train",
        "train: {stepz: 3}                  | unknown configuration field 'train.stepz' | steps",
        "train: {seed: lucky}               | 'train.seed' has the wrong type | a whole number",
        "train: {batchSize: 1.5}            | 'train.batchSize' has the wrong type | a whole number",
        "train: {steps: '100'}              | 'train.steps' has the wrong type | a whole number",
        "train: {lrGenerator: fast}         | 'train.lrGenerator' has the wrong type | a number",
        "train: {steps: null}               | 'train.steps' has the wrong type | null",
        "train: 5                           | 'train' has the wrong type    | a section",
        "data: {name: ring8, options: [1]}  | 'data.options' has the wrong type | a mapping",
        "checkpoint: {bestMetric: [a]}      | 'checkpoint.bestMetric' has the wrong type | a string",
    })
    void givenBadFieldWhenResolvingThenErrorNamesFieldValueAndAllowedRange(String yaml, String named, String allowed) {
        ConfigLoader loader = ConfigLoader.withDefaults().mergeYaml(BASE, "base").mergeYaml(yaml, "user.yaml");
        String message = assertThrows(ConfigException.class, loader::resolve).getMessage();
        assertTrue(message.contains(named.strip()), message);
        assertTrue(message.contains(allowed.strip()), message);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "train:/  steps: 5/  steps: 6        | user.yaml, line 3 (train.steps): key 'steps' appears twice in one mapping",
        "train:/  lrGenerator: .nan          | user.yaml, line 2 (train.lrGenerator): '.nan' is not a finite number",
        "eval:/  every: 5/train:/  beta1: -.inf | user.yaml, line 4 (train.beta1): '-.inf' is not a finite number",
        "train:/  steps: [1                  | user.yaml, line 2 (train.steps): expected ',' or ']', but got <stream end>",
    })
    void givenMalformedYamlWhenMergedThenOneLineNamesTheFileLineFieldAndProblem(String lines, String expected) {
        ConfigException e = assertThrows(ConfigException.class,
                () -> ConfigLoader.withDefaults().mergeYaml(lines.strip().replace('/', '\n'), "user.yaml"));
        assertTrue(e.getMessage().startsWith(expected.strip()), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), "one line: " + e.getMessage());
    }

    @Test
    void givenAWrongTypeWhenResolvingThenTheMessageQuotesTheValueWithoutTheParsersWording() {
        String message = assertThrows(ConfigException.class, ConfigLoader.withDefaults().mergeYaml(BASE, "base")
                .mergeYaml("train: {steps: abc}", "user.yaml")::resolve).getMessage();
        assertEquals("configuration field 'train.steps' has the wrong type: expected a whole number, got 'abc'", message);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"latent: {prior: uniform}", "loss: {name: hinge}", "train: {seed: -5}"})
    void givenValidFieldWhenResolvingThenAccepted(String yaml) {
        RunConfig c = ConfigLoader.withDefaults().mergeYaml(BASE, "base").mergeYaml(yaml, "user.yaml").resolve();
        assertEquals("points", c.modality());
    }
}
