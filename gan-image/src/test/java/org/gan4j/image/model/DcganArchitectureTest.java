package org.gan4j.image.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.nn.Parameter;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.gan4j.core.model.ConditionSpec;
import org.gan4j.core.model.GanModel;
import org.gan4j.core.options.ConfigException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The architectures' layouts, parameter counts, initialisation, options and rejections. */
class DcganArchitectureTest {

    private static final Shape MNIST = new Shape(1, 28, 28);

    private NDManager manager;

    @BeforeEach
    void open() {
        Engine.getInstance().setRandomSeed(7);
        manager = NDManager.newBaseManager();
    }

    @AfterEach
    void close() {
        manager.close();
    }

    @Test
    void givenArchitecturesWhenListedThenNamesAreDcganAndSnDcgan() {
        assertEquals(List.of("dcgan", "sn-dcgan"), DcganArchitecture.all().stream().map(a -> a.name()).toList());
    }

    @Test
    void givenGuideModelWhenCountingParametersThenTheyMatchTheHandCount() {
        GanModel model = DcganArchitecture.dcgan().build(Networks.request(MNIST, ConditionSpec.NONE, Map.of()));
        Block[] networks = Networks.initialized(model, manager, 1);

        long generatorTrainable = 100 * 128 * 7 * 7 // Linear z → 128·7·7, no bias (batch norm follows)
                + 2 * 128 // BatchNorm(128): scale and shift
                + 128 * 64 * 4 * 4 // ConvT 128 → 64, no bias
                + 2 * 64 // BatchNorm(64)
                + 64 * 4 * 4 + 1; // ConvT 64 → 1 with bias
        long discriminatorTrainable = 64 * 4 * 4 + 64 // Conv 1 → 64 with bias
                + 64 * 128 * 4 * 4 // Conv 64 → 128, no bias
                + 2 * 128 // BatchNorm(128)
                + 128 * 7 * 7 + 1; // Linear 128·7·7 → 1
        assertEquals(759_681, generatorTrainable);
        assertEquals(138_689, discriminatorTrainable);
        assertEquals(generatorTrainable, count(networks[0], Parameter::requiresGradient));
        assertEquals(discriminatorTrainable, count(networks[1], Parameter::requiresGradient));
        assertEquals(2 * (128 + 64), count(networks[0], p -> !p.requiresGradient()), "running mean and variance");
        assertEquals(2 * 128, count(networks[1], p -> !p.requiresGradient()), "running mean and variance");
    }

    @Test
    void givenFreshModelWhenInitializedThenWeightsAreNormal002AndBatchNormScalesNormalAroundOne() {
        GanModel model = DcganArchitecture.dcgan().build(Networks.request(MNIST, ConditionSpec.NONE, Map.of()));
        Block[] networks = Networks.initialized(model, manager, 1);

        assertMoments(weight(networks[1], new Shape(128, 64, 4, 4)), 0, 0.02, "D's second convolution");
        assertMoments(weight(networks[0], new Shape(128, 64, 4, 4)), 0, 0.02, "G's first transposed convolution");
        assertMoments(weight(networks[0], new Shape(6272, 100)), 0, 0.02, "G's linear layer");
        for (Block network : networks) {
            for (Parameter p : parameters(network, Parameter.Type.GAMMA)) {
                assertMoments(p.getArray(), 1, 0.02, p.getName());
            }
            for (Parameter p : parameters(network, Parameter.Type.BETA, Parameter.Type.BIAS)) {
                assertEquals(0f, p.getArray().abs().max().getFloat(), p.getName());
            }
        }
    }

    @Test
    void givenConditionalModelWhenInitializedThenInputEmbeddingIsStandardNormalAndProjectionIsNormal002() {
        ConditionSpec labels = ConditionSpec.classLabel(10);
        GanModel model = DcganArchitecture.dcgan().build(Networks.request(MNIST, labels, Map.of("embedding", 100)));
        Block[] networks = Networks.initialized(model, manager, 1);

        assertMoments(weight(networks[0], new Shape(10, 100)), 0, 1, "generator's label embedding");
        assertMoments(weight(networks[1], new Shape(10, 6272)), 0, 0.02, "projection embedding");
    }

    @Test
    void givenSpectralArchitectureWhenBuiltThenDiscriminatorHasNormalisedWeightsAndNoBatchNorm() {
        GanModel model = DcganArchitecture.snDcgan().build(Networks.request(MNIST, ConditionSpec.NONE, Map.of()));
        Block discriminator = Networks.initialized(model, manager, 1)[1];

        assertTrue(parameters(discriminator, Parameter.Type.GAMMA).isEmpty(), "no batch norm");
        long normalised = discriminator.getParameters().values().stream()
                .filter(p -> p.getName().equals("weight_u"))
                .count();
        assertEquals(3, normalised, "two convolutions and the linear layer are spectrally normalised");
        assertEquals(DiscriminatorNorm.SPECTRAL.slope(), 0.1f);
        assertEquals(DiscriminatorNorm.BATCH.slope(), 0.2f);
    }

    @Test
    void givenDropoutOptionWhenDiscriminatingThenTrainingPassesAreRandomAndInferenceIsNot() {
        GanModel model = DcganArchitecture.dcgan().build(Networks.request(MNIST, ConditionSpec.NONE,
                Map.of("dropout", 0.5)));
        Block discriminator = Networks.initialized(model, manager, 4)[1];
        NDArray images = manager.randomUniform(-1f, 1f, new Shape(4, 1, 28, 28));
        ai.djl.training.ParameterStore store = new ai.djl.training.ParameterStore(manager, false);
        java.util.function.BiFunction<NDArray, Boolean, float[]> d =
                (x, training) -> discriminator.forward(store, new ai.djl.ndarray.NDList(x), training).head().toFloatArray();
        assertFalse(java.util.Arrays.equals(d.apply(images, true), d.apply(images, true)), "dropout masks differ");
        assertTrue(java.util.Arrays.equals(d.apply(images, false), d.apply(images, false)), "no dropout in inference");
    }

    @Test
    void givenUnsupportedImageShapesWhenBuildingThenMessageNamesShapeAndSupportedSizes() {
        for (Shape shape : List.of(new Shape(3, 48, 48), new Shape(1, 28, 32), new Shape(2, 32, 32), new Shape(784))) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> DcganArchitecture.dcgan().build(Networks.request(shape, ConditionSpec.NONE, Map.of())));
            assertTrue(e.getMessage().contains(shape.toString()), e.getMessage());
            assertTrue(e.getMessage().contains("[28, 32, 64]") && e.getMessage().contains("[1, 3]"), e.getMessage());
        }
    }

    @Test
    void givenEmbeddingConditionWhenBuildingProjectionAndConcatThenBothNetworksReadTheEmbedding() {
        for (String conditioning : List.of("projection", "concat")) {
            try (NDManager manager = NDManager.newBaseManager()) {
                GanModel model = DcganArchitecture.snDcgan().build(Networks.request(MNIST, ConditionSpec.embedding(16),
                        Map.of("discriminator", conditioning, "width", 8)));
                Block generator = model.generatorFactory().get();
                Networks.initialized(generator, manager, new Shape(4, Networks.LATENT_DIM), new Shape(4, 16));
                Networks.initialized(model.discriminator(), manager, new Shape(4, 1, 28, 28), new Shape(4, 16));
                NDArray z = manager.randomNormal(new Shape(4, Networks.LATENT_DIM));
                NDArray e = manager.randomNormal(new Shape(4, 16));
                NDArray other = manager.randomNormal(new Shape(4, 16));
                NDArray images = Networks.forward(generator, manager, false, z, e);
                assertEquals(new Shape(4, 1, 28, 28), images.getShape());
                assertTrue(images.sub(Networks.forward(generator, manager, false, z, other)).abs().max().getFloat() > 1e-4,
                        conditioning + ": the generator ignores the embedding");
                NDArray logits = Networks.forward(model.discriminator(), manager, false, images, e);
                assertEquals(new Shape(4, 1), logits.getShape());
                assertTrue(logits.sub(Networks.forward(model.discriminator(), manager, false, images, other)).abs().max()
                        .getFloat() > 1e-6, conditioning + ": the discriminator ignores the embedding");
            }
        }
    }

    @Test
    void givenEmbeddingConditionWhenBuildingTheAcGanDiscriminatorThenRejectedNamingTheAlternatives() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> DcganArchitecture.snDcgan().build(Networks.request(MNIST, ConditionSpec.embedding(64),
                        Map.of("discriminator", "auxiliary"))));
        assertTrue(e.getMessage().contains("embedding of width 64") && e.getMessage().contains("projection or concat"),
                e.getMessage());
    }

    @Test
    void givenUnknownOrInapplicableOptionWhenBuildingThenConfigErrorNamesItAndTheAllowedOnes() {
        ConfigException typo = assertThrows(ConfigException.class,
                () -> DcganArchitecture.dcgan().build(Networks.request(MNIST, ConditionSpec.NONE, Map.of("widht", 8))));
        assertTrue(typo.getMessage().contains("architecture.options.widht"), typo.getMessage());

        ConfigException unconditional = assertThrows(ConfigException.class,
                () -> DcganArchitecture.dcgan().build(Networks.request(MNIST, ConditionSpec.NONE,
                        Map.of("discriminator", "concat"))));
        assertTrue(unconditional.getMessage().contains("allowed: [dropout, width]"), unconditional.getMessage());

        ConfigException choice = assertThrows(ConfigException.class,
                () -> DcganArchitecture.dcgan().build(Networks.request(MNIST, ConditionSpec.classLabel(10),
                        Map.of("discriminator", "acgan"))));
        assertTrue(choice.getMessage().contains("[projection, concat, auxiliary]"), choice.getMessage());

        assertThrows(ConfigException.class,
                () -> DcganArchitecture.dcgan().build(Networks.request(MNIST, ConditionSpec.NONE, Map.of("width", 0))));
    }

    @Test
    void givenWidthOptionWhenBuildingThenChannelsScaleWithIt() {
        GanModel model = DcganArchitecture.dcgan().build(
                Networks.request(new Shape(3, 64, 64), ConditionSpec.NONE, Map.of("width", 8)));
        Block[] networks = Networks.initialized(model, manager, 1);

        assertFalse(weights(networks[0], new Shape(64, 32, 4, 4)).isEmpty(), "G: 8·2³ = 64 → 32 channels");
        assertFalse(weights(networks[0], new Shape(8, 3, 4, 4)).isEmpty(), "G: last map of 8 channels → RGB");
        assertFalse(weights(networks[1], new Shape(8, 3, 4, 4)).isEmpty(), "D: RGB → 8 channels");
        assertFalse(weights(networks[1], new Shape(1, 64 * 4 * 4)).isEmpty(), "D: linear head over 64·4·4");
    }

    private static long count(Block block, Predicate<Parameter> which) {
        return block.getParameters().values().stream()
                .filter(which)
                .mapToLong(p -> p.getArray().size())
                .sum();
    }

    private static List<Parameter> parameters(Block block, Parameter.Type... types) {
        List<Parameter.Type> wanted = List.of(types);
        return block.getParameters().values().stream().filter(p -> wanted.contains(p.getType())).toList();
    }

    private static List<NDArray> weights(Block block, Shape shape) {
        return parameters(block, Parameter.Type.WEIGHT).stream()
                .map(Parameter::getArray)
                .filter(a -> a.getShape().equals(shape))
                .toList();
    }

    private static NDArray weight(Block block, Shape shape) {
        List<NDArray> found = weights(block, shape);
        assertEquals(1, found.size(), "weights of shape " + shape);
        return found.get(0);
    }

    /** Mean within 3 standard errors, standard deviation within 10% (and 3 standard errors). */
    private static void assertMoments(NDArray values, double mean, double std, String what) {
        float[] v = values.toFloatArray();
        double m = 0;
        for (float x : v) {
            m += x;
        }
        m /= v.length;
        double s = 0;
        for (float x : v) {
            s += (x - m) * (x - m);
        }
        s = Math.sqrt(s / (v.length - 1));
        double stdError = Math.sqrt(1.0 / (2 * v.length));
        assertEquals(mean, m, 3 * std / Math.sqrt(v.length), what + " mean");
        assertEquals(std, s, std * Math.max(0.1, 3 * stdError), what + " standard deviation");
    }
}
