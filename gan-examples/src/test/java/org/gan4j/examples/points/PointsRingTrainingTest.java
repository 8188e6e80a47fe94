package org.gan4j.examples.points;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDManager;
import ai.djl.pytorch.jni.JniUtils;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.gan4j.core.app.config.ConfigLoader;
import org.gan4j.core.app.config.RunConfig;
import org.gan4j.core.data.DataSource;
import org.gan4j.core.loss.Losses;
import org.gan4j.core.metrics.MetricValue;
import org.gan4j.core.model.GanModel;
import org.gan4j.core.model.LatentPrior;
import org.gan4j.core.spi.DataRequest;
import org.gan4j.core.spi.DataSourceProvider;
import org.gan4j.core.spi.Evaluator;
import org.gan4j.core.spi.Modality;
import org.gan4j.core.spi.ModelRequest;
import org.gan4j.core.spi.Preset;
import org.gan4j.core.train.GanTrainer;
import org.gan4j.core.train.TrainerSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Trains the {@code points-ring} preset end to end through the SPI and gan-core's trainer and
 * checks that the GAN covers the ring without collapsing. Runs the preset's seed; more seeds with
 * {@code -Dpoints.seeds=1,2,3}.
 *
 * <p>The networks are tiny (batch 256, width 128), so intra-op threads buy nothing and, when other
 * processes share the cores, OpenMP's spinning workers make each step tens of times slower. The
 * test therefore trains on one engine thread and restores the setting afterwards.
 *
 * <p>A preset trained to a quality threshold (about a minute): in the {@code quality} tier, run with
 * {@code ./mvnw -B verify -Pquality}, not in the default build.
 */
@Tag("quality")
class PointsRingTrainingTest {

    private static final String PRESET = "points-ring";
    private static final int EVAL_SAMPLES = 4000;

    private static int engineThreads;

    @TempDir
    Path temp;

    @BeforeAll
    static void useOneEngineThread() {
        Engine.getInstance(); // loads the native library JniUtils calls into
        engineThreads = JniUtils.getNumThreads();
        JniUtils.setNumThreads(1);
    }

    @AfterAll
    static void restoreEngineThreads() {
        JniUtils.setNumThreads(engineThreads);
    }

    static LongStream seeds() {
        String property = System.getProperty("points.seeds");
        if (property == null || property.isBlank()) {
            return LongStream.of(config().train().seed());
        }
        return Arrays.stream(property.split(",")).mapToLong(s -> Long.parseLong(s.trim()));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void givenPointsRingPresetWhenTrainedWithGanTrainerThenSevenOfEightModesAreCoveredWithEightyPercentHighQuality(
            long seed) throws Exception {
        RunConfig config = config();
        Modality modality = new PointsModality();
        DataSourceProvider provider = modality.dataSource(config.data().name());
        DataSource train = provider.open(request(config, DataRequest.Split.TRAIN, seed));
        DataSource heldOut = provider.open(request(config, DataRequest.Split.HELD_OUT, seed));
        GanModel model = modality.architecture(config.architecture().name()).build(new ModelRequest(
                train.sampleShape(), train.condition(),
                LatentPrior.of(config.latent().prior(), config.latent().dim()),
                config.architecture().options("architecture")));

        long start = System.nanoTime();
        Map<String, MetricValue> metrics;
        try (NDManager manager = NDManager.newBaseManager();
                GanTrainer trainer = new GanTrainer(model, train,
                        Losses.create(config.loss().name(), (float) config.loss().labelSmoothing()),
                        settings(config.train(), seed), manager);
                Evaluator evaluator = modality.evaluatorFactory().create(heldOut, request(config, DataRequest.Split.TRAIN, seed))) {
            for (long step = 0; step < config.train().steps(); step++) {
                assertTrue(trainer.step().finite(), "losses diverged at step " + step);
            }
            Engine.getInstance().setRandomSeed((int) seed);
            metrics = evaluator.evaluate(trainer.sampler(), EVAL_SAMPLES).stream()
                    .collect(Collectors.toMap(MetricValue::name, m -> m));
        }
        double seconds = (System.nanoTime() - start) / 1e9;

        MetricValue modes = metrics.get(ModeEvaluator.MODES_COVERED);
        MetricValue quality = metrics.get(ModeEvaluator.HIGH_QUALITY);
        String summary = String.format(java.util.Locale.ROOT, "seed %d: %.0f modes, %.1f%% high-quality in %.1f s (%s)",
                seed, modes.value(), quality.value(), seconds, modes.note());
        System.out.println(summary);
        assertEquals(EVAL_SAMPLES, modes.samples());
        assertTrue(modes.value() >= 7, summary);
        assertTrue(quality.value() >= 80, summary);
    }

    private static RunConfig config() {
        Preset preset = new PointsModality().presets().stream()
                .filter(p -> p.name().equals(PRESET)).findFirst().orElseThrow();
        return ConfigLoader.withDefaults().mergeYaml(preset.yaml(), preset.name()).resolve();
    }

    private DataRequest request(RunConfig config, DataRequest.Split split, long seed) {
        return new DataRequest(config.data().options("data"), split, seed, temp);
    }

    private static TrainerSettings settings(RunConfig.Train t, long seed) {
        return TrainerSettings.builder().batchSize(t.batchSize()).nCritic(t.nCritic())
                .learningRates(t.lrGenerator(), t.lrDiscriminator()).betas(t.beta1(), t.beta2())
                .emaDecay(t.emaDecay()).seed(seed).build();
    }
}
