package org.gan4j.image.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.gan4j.core.model.ConditionSpec;
import org.gan4j.core.model.GanModel;
import org.gan4j.core.spi.Architecture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Output shapes of every architecture, image size, channel count and way of conditioning. */
class DcganShapesTest {

    private static final int BATCH = 2;
    private static final int CLASSES = 10;

    private NDManager manager;

    /** One model to check: the architecture, the image shape and how it is conditioned. */
    record Case(Architecture architecture, Shape image, String conditioning) {

        ConditionSpec condition() {
            return conditioning.equals("none") ? ConditionSpec.NONE : ConditionSpec.classLabel(CLASSES);
        }

        /** Width 16 keeps the 64-pixel models quick; the layout does not depend on it. */
        Map<String, Object> options() {
            return conditioning.equals("none")
                    ? Map.of("width", 16)
                    : Map.of("width", 16, "discriminator", conditioning);
        }

        @Override
        public String toString() {
            return architecture.name() + " " + image + " " + conditioning;
        }
    }

    static Stream<Case> cases() {
        List<Case> cases = new ArrayList<>();
        for (Architecture architecture : DcganArchitecture.all()) {
            for (int size : ImageGeometry.SIZES) {
                for (int channels : ImageGeometry.CHANNELS) {
                    for (String conditioning : List.of("none", "projection", "concat")) {
                        cases.add(new Case(architecture, new Shape(channels, size, size), conditioning));
                    }
                }
            }
        }
        return cases.stream();
    }

    static Stream<Case> unconditionalCases() {
        return cases().filter(c -> c.conditioning().equals("none"));
    }

    @BeforeEach
    void open() {
        Engine.getInstance().setRandomSeed(5);
        manager = NDManager.newBaseManager();
    }

    @AfterEach
    void close() {
        manager.close();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void givenModelWhenForwardingBatchOfTwoInTrainingAndInferenceThenImagesAndLogitsHaveExpectedShapes(Case c) {
        GanModel model = c.architecture().build(Networks.request(c.image(), c.condition(), c.options()));
        Block[] networks = Networks.initialized(model, manager, BATCH);
        NDArray labels = c.condition().isConditional() ? Networks.cyclingLabels(manager, BATCH, CLASSES) : null;
        NDArray z = manager.randomNormal(new Shape(BATCH, Networks.LATENT_DIM));
        for (boolean training : new boolean[] {true, false}) {
            NDArray images = Networks.forward(networks[0], manager, training, z, labels);
            assertEquals(new Shape(BATCH).addAll(c.image()), images.getShape(), "generator, training " + training);
            assertTrue(images.abs().max().getFloat() <= 1f, "tanh output within [-1, 1]");

            NDArray logits = Networks.forward(networks[1], manager, training, images, labels);
            assertEquals(new Shape(BATCH, 1), logits.getShape(), "discriminator, training " + training);
            assertTrue(logits.isInfinite().logicalOr(logits.isNaN()).none().getBoolean(), "finite logits");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unconditionalCases")
    void givenEncoderWhenForwardingBatchOfTwoInTrainingAndInferenceThenEmbeddingHasRequestedWidth(Case c) {
        Block encoder = c.architecture().encoder(Networks.request(c.image(), c.condition(), c.options()), 32);
        Shape input = new Shape(BATCH).addAll(c.image());
        Networks.initialized(encoder, manager, input);
        NDArray images = manager.randomUniform(-1f, 1f, input);
        for (boolean training : new boolean[] {true, false}) {
            assertEquals(new Shape(BATCH, 32), Networks.forward(encoder, manager, training, images).getShape());
        }
    }
}
