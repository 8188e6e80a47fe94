package org.gan4j.audio.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.training.ParameterStore;
import java.util.Map;
import org.gan4j.core.model.ConditionSpec;
import org.gan4j.core.model.GanModel;
import org.gan4j.core.model.LatentPrior;
import org.gan4j.core.options.ConfigException;
import org.gan4j.core.options.Options;
import org.gan4j.core.spi.Architecture;
import org.gan4j.core.spi.ModelRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AudioModelsTest {

    static final Shape WAVE = new Shape(1, 4096);
    static final Shape SPECTROGRAM = new Shape(1, 32, 128);

    static ModelRequest request(Shape shape, ConditionSpec condition, Map<String, Object> options) {
        return new ModelRequest(shape, condition, new LatentPrior(LatentPrior.Kind.NORMAL, 16),
                new Options("architecture.options", options));
    }

    private static NDArray forward(Block block, NDManager manager, NDArray... inputs) {
        return block.forward(new ParameterStore(manager, false), new NDList(inputs), false).singletonOrThrow();
    }

    @ParameterizedTest(name = "{0} conditional={1}")
    @CsvSource({"wavegan, false", "wavegan, true", "specgan, false", "specgan, true"})
    void givenArchitectureWhenBuiltThenGeneratorMakesSamplesAndDiscriminatorOneLogitEach(String name, boolean labels) {
        Architecture architecture = name.equals("wavegan") ? AudioGanArchitecture.wavegan() : AudioGanArchitecture.specgan();
        Shape shape = name.equals("wavegan") ? WAVE : SPECTROGRAM;
        ConditionSpec condition = labels ? ConditionSpec.classLabel(10) : ConditionSpec.NONE;
        GanModel model = architecture.build(request(shape, condition, labels ? Map.of("width", 2, "embedding", 4)
                : Map.of("width", 2)));
        int batch = 3;
        try (NDManager manager = NDManager.newBaseManager()) {
            Block generator = model.generatorFactory().get();
            Shape z = new Shape(batch, 16);
            Shape x = new Shape(batch).addAll(shape);
            Shape y = new Shape(batch);
            generator.initialize(manager, DataType.FLOAT32, labels ? new Shape[] {z, y} : new Shape[] {z});
            model.discriminator().initialize(manager, DataType.FLOAT32, labels ? new Shape[] {x, y} : new Shape[] {x});
            NDArray noise = manager.randomNormal(z);
            NDArray classes = manager.create(new long[] {0, 4, 9});
            NDArray samples = labels ? forward(generator, manager, noise, classes) : forward(generator, manager, noise);
            assertEquals(x, samples.getShape());
            assertTrue(samples.abs().max().getFloat() <= 1f);
            NDArray logits = labels ? forward(model.discriminator(), manager, samples, classes)
                    : forward(model.discriminator(), manager, samples);
            assertEquals(new Shape(batch, 1), logits.getShape());
            Block encoder = architecture.encoder(request(shape, ConditionSpec.NONE, Map.of("width", 2)), 8);
            encoder.initialize(manager, DataType.FLOAT32, x);
            assertEquals(new Shape(batch, 8), forward(encoder, manager, samples).getShape());
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"wavegan", "specgan"})
    void givenEmbeddingConditionWhenBuiltThenBothNetworksReadTheEmbedding(String name) {
        Architecture architecture = name.equals("wavegan") ? AudioGanArchitecture.wavegan() : AudioGanArchitecture.specgan();
        Shape shape = name.equals("wavegan") ? WAVE : SPECTROGRAM;
        GanModel model = architecture.build(request(shape, ConditionSpec.embedding(6), Map.of("width", 2, "embedding", 4)));
        int batch = 3;
        try (NDManager manager = NDManager.newBaseManager()) {
            Block generator = model.generatorFactory().get();
            Shape z = new Shape(batch, 16);
            Shape e = new Shape(batch, 6);
            generator.initialize(manager, DataType.FLOAT32, z, e);
            model.discriminator().initialize(manager, DataType.FLOAT32, new Shape(batch).addAll(shape), e);
            NDArray noise = manager.randomNormal(z);
            NDArray one = manager.randomNormal(e);
            NDArray other = manager.randomNormal(e);
            NDArray samples = forward(generator, manager, noise, one);
            assertEquals(new Shape(batch).addAll(shape), samples.getShape());
            float change = samples.sub(forward(generator, manager, noise, other)).abs().max().getFloat();
            float scale = samples.abs().max().getFloat();
            assertTrue(change > 1e-3f * scale, "the generator ignores the embedding: change " + change + " of " + scale);
            assertTrue(forward(model.discriminator(), manager, samples, one)
                    .sub(forward(model.discriminator(), manager, samples, other)).abs().max().getFloat() > 1e-6,
                    "the discriminator ignores the embedding");
        }
    }

    @Test
    void givenWrongRepresentationOrOptionWhenBuiltThenErrorNamesTheFix() {
        IllegalArgumentException wrong = assertThrows(IllegalArgumentException.class,
                () -> AudioGanArchitecture.wavegan().build(request(SPECTROGRAM, ConditionSpec.NONE, Map.of())));
        assertTrue(wrong.getMessage().contains("representation: waveform"), wrong.getMessage());
        ConfigException option = assertThrows(ConfigException.class,
                () -> AudioGanArchitecture.specgan().build(request(SPECTROGRAM, ConditionSpec.NONE,
                        Map.of("phaseShuffle", 2))));
        assertTrue(option.getMessage().contains("phaseShuffle"), option.getMessage());
    }

    @Test
    void givenAuxiliaryDiscriminatorWhenBuiltThenItScoresAndClassifiesAndCarriesTheClassLossWeight() {
        GanModel model = AudioGanArchitecture.wavegan().build(request(WAVE, ConditionSpec.classLabel(10),
                Map.of("width", 2, "discriminator", "auxiliary", "auxiliaryWeight", 0.5)));
        assertEquals(0.5f, model.auxiliaryClassifierWeight());
        try (NDManager manager = NDManager.newBaseManager()) {
            Shape x = new Shape(3).addAll(WAVE);
            model.discriminator().initialize(manager, DataType.FLOAT32, x, new Shape(3));
            NDList out = model.discriminator().forward(new ParameterStore(manager, false),
                    new NDList(manager.randomUniform(-1, 1, x), manager.create(new long[] {0, 4, 9})), false);
            assertEquals(new Shape(3, 1), out.get(0).getShape(), "one realness logit per clip");
            assertEquals(new Shape(3, 10), out.get(1).getShape(), "and 10 class logits");
        }
        ConfigException onEmbedding = assertThrows(ConfigException.class, () -> AudioGanArchitecture.wavegan()
                .build(request(WAVE, ConditionSpec.embedding(6), Map.of("discriminator", "auxiliary"))));
        assertTrue(onEmbedding.getMessage().contains("use discriminator: projection"), onEmbedding.getMessage());
        ConfigException strayWeight = assertThrows(ConfigException.class, () -> AudioGanArchitecture.wavegan()
                .build(request(WAVE, ConditionSpec.classLabel(10), Map.of("auxiliaryWeight", 2))));
        assertTrue(strayWeight.getMessage().contains("set discriminator: auxiliary"), strayWeight.getMessage());
    }

    @Test
    void givenWaveganWhenCountingParametersThenLayersFollowThePaperAtWidthD() {
        WaveganBlocks blocks = new WaveganBlocks(4096, 2, 2, true);
        try (NDManager manager = NDManager.newBaseManager()) {
            Block generator = blocks.generator(ConditionSpec.NONE, 0);
            generator.initialize(manager, DataType.FLOAT32, new Shape(1, 16));
            long[] expected = {16 * 32 * 4 + 32 * 4, 32 * 16 * 25 + 16, 16 * 8 * 25 + 8, 8 * 4 * 25 + 4,
                4 * 2 * 25 + 2, 2 * 1 * 25 + 1};
            long total = 0;
            for (long e : expected) {
                total += e;
            }
            long actual = generator.getParameters().values().stream().mapToLong(p -> p.getArray().size()).sum();
            assertEquals(total, actual);
        }
    }

    @Test
    void givenFreshWaveganGeneratorWhenSamplingThenItsOutputIsAtSpeechLevelNotSilence() {
        try (NDManager manager = NDManager.newBaseManager()) {
            manager.getEngine().setRandomSeed(1);
            Block generator = new WaveganBlocks(8192, 16, 2, true).generator(ConditionSpec.NONE, 0);
            generator.initialize(manager, DataType.FLOAT32, new Shape(64, 100));
            NDArray output = generator.forward(new ParameterStore(manager, false),
                    new NDList(manager.randomNormal(new Shape(64, 100))), false).singletonOrThrow();
            float std = output.sub(output.mean()).pow(2).mean().sqrt().getFloat();
            assertTrue(std > 0.03 && std < 0.5, "output std " + std + " should be near speech level (0.03-0.5)");
        }
    }

    @Test
    void givenFreshNetworksWhenInitializedThenWeightsFollowTheDcganRecipe() {
        try (NDManager manager = NDManager.newBaseManager()) {
            manager.getEngine().setRandomSeed(1); // a few BN scales: their mean is within 0.01 of 1 only for some draws
            Block generator = new SpecganBlocks(32, 128, 8, true).generator(ConditionSpec.NONE, 0);
            generator.initialize(manager, DataType.FLOAT32, new Shape(2, 16));
            for (var parameter : generator.getParameters().values()) {
                NDArray values = parameter.getArray();
                float mean = values.mean().getFloat();
                float std = values.sub(mean).pow(2).mean().sqrt().getFloat();
                switch (parameter.getType()) {
                    case WEIGHT -> assertEquals(0.02, std, 0.004, parameter.getName());
                    case GAMMA -> assertEquals(1, mean, 0.01, parameter.getName());
                    case BIAS, BETA -> assertEquals(0, values.abs().max().getFloat(), 1e-9, parameter.getName());
                    default -> { }
                }
            }
        }
    }
}
