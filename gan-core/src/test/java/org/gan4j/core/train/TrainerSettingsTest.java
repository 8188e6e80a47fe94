package org.gan4j.core.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The trainer's settings by name: defaults as gan-core's configuration has them, ranges checked. */
class TrainerSettingsTest {

    @Test
    void givenNothingSetWhenBuiltThenTheDefaultsAreTheConfigurationsDefaults() {
        assertEquals(new TrainerSettings(64, 1, 2e-4f, 2e-4f, 0.5f, 0.999f, 0f, 0, 0f), TrainerSettings.builder().build());
    }

    @Test
    void givenNamedSettingsWhenBuiltThenEachLandsInItsField() {
        TrainerSettings s = TrainerSettings.builder().batchSize(32).nCritic(5).learningRates(1e-4, 4e-4).betas(0, 0.9)
                .emaDecay(0.999).seed(7).modeSeeking(1).build();
        assertEquals(new TrainerSettings(32, 5, 1e-4f, 4e-4f, 0f, 0.9f, 0.999f, 7, 1f), s);
    }

    @Test
    void givenALearningRateOfZeroWhenBuiltThenTheErrorNamesTheField() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> TrainerSettings.builder().learningRates(2e-4, 0).build());
        assertEquals("train.lrDiscriminator = 0.0 is invalid: expected a finite number > 0", e.getMessage());
    }
}
