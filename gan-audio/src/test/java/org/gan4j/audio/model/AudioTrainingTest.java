package org.gan4j.audio.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.List;
import java.util.Map;
import org.gan4j.audio.data.AudioClips;
import org.gan4j.audio.data.AudioDataSource;
import org.gan4j.audio.data.ClipFormat;
import org.gan4j.core.loss.Losses;
import org.gan4j.core.model.ConditionSpec;
import org.gan4j.core.train.GanTrainer;
import org.gan4j.core.train.StepReport;
import org.gan4j.core.train.TrainerSettings;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The audio models under gan-core's trainer. */
class AudioTrainingTest {

    private static AudioClips chirps() {
        int window = 4096;
        float[] samples = new float[4 * window];
        for (int c = 0; c < 4; c++) {
            for (int n = 1000; n < 3000; n++) {
                samples[c * window + n] = (float) (0.5 * Math.sin(2 * Math.PI * (200 + 100 * c) * n / 4000.0));
            }
        }
        return new AudioClips(samples, new int[] {0, 1, 0, 1}, List.of("a", "b"), window, 4000);
    }

    @ParameterizedTest(name = "{0} conditional={1}")
    @CsvSource({"wavegan, false", "wavegan, true", "specgan, true"})
    void givenClipsWhenTrainingTenStepsThenLossesStayFiniteAndSamplesHaveTheDataShape(String name, boolean labels) {
        boolean wave = name.equals("wavegan");
        AudioDataSource data = new AudioDataSource(chirps(), wave ? ClipFormat.Representation.WAVEFORM
                : ClipFormat.Representation.SPECTROGRAM, 3, labels, null);
        AudioGanArchitecture architecture = wave ? AudioGanArchitecture.wavegan() : AudioGanArchitecture.specgan();
        var model = architecture.build(AudioModelsTest.request(data.sampleShape(), data.condition(),
                labels ? Map.of("width", 2, "embedding", 4) : Map.of("width", 2)));
        TrainerSettings settings = TrainerSettings.builder().batchSize(4).learningRates(1e-4, 3e-4).betas(0.5, 0.9)
                .emaDecay(0.99).seed(7).build();
        try (NDManager manager = NDManager.newBaseManager();
                GanTrainer trainer = new GanTrainer(model, data, Losses.create("hinge", 0f), settings, manager)) {
            for (int i = 0; i < 10; i++) {
                StepReport report = trainer.step();
                assertTrue(Float.isFinite(report.discriminatorLoss()) && Float.isFinite(report.generatorLoss()),
                        "step " + report.step());
            }
            try (NDManager scope = manager.newSubManager()) {
                NDArray conditions = labels ? scope.create(new long[] {0, 1}) : null;
                NDArray samples = trainer.sampler().generate(scope, 2, conditions);
                assertEquals(new Shape(2).addAll(data.sampleShape()), samples.getShape());
            }
        }
        assertEquals(labels ? ConditionSpec.classLabel(2) : ConditionSpec.NONE, data.condition());
    }
}
