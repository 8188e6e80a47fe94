package org.gan4j.image.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.training.ParameterStore;
import java.util.Map;
import org.gan4j.core.model.ConditionSpec;
import org.gan4j.core.model.GanModel;
import org.gan4j.core.nn.ProjectionDiscriminator;
import org.gan4j.core.options.ConfigException;
import org.gan4j.core.spi.Architecture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** How the class label reaches the generator and the two kinds of conditional discriminator. */
class ConditionalModelsTest {

    private static final Shape IMAGE = new Shape(1, 28, 28);
    private static final ConditionSpec TEN_CLASSES = ConditionSpec.classLabel(10);
    private static final int BATCH = 4;

    private NDManager manager;

    @BeforeEach
    void open() {
        Engine.getInstance().setRandomSeed(11);
        manager = NDManager.newBaseManager();
    }

    @AfterEach
    void close() {
        manager.close();
    }

    @Test
    void givenSameLatentCodeWhenLabelsDifferThenGeneratedImagesDiffer() {
        Block generator = networks(DcganArchitecture.dcgan(), "projection")[0];
        NDArray z = manager.randomNormal(new Shape(1, Networks.LATENT_DIM)).repeat(0, BATCH);
        NDArray sameLabels = manager.zeros(new Shape(BATCH), DataType.INT64);
        NDArray otherLabels = manager.arange(0, BATCH, 1, DataType.INT64);

        float[] same = Networks.forward(generator, manager, false, z, sameLabels).toFloatArray();
        float[] other = Networks.forward(generator, manager, false, z, otherLabels).toFloatArray();
        int pixels = (int) IMAGE.size();
        for (int i = 1; i < BATCH; i++) {
            assertArrayEquals(slice(same, 0, pixels), slice(same, i, pixels), 0f, "same z and label, same image");
            assertTrue(maxDifference(slice(other, 0, pixels), slice(other, i, pixels)) > 1e-4f,
                    "label " + i + " generates the same image as label 0");
        }
    }

    @Test
    void givenSameLabelWhenLatentCodesDifferThenImagesDifferAsMuchAsAcrossLabels() {
        Block generator = networks(DcganArchitecture.dcgan(), "projection")[0];
        NDArray z = manager.randomNormal(new Shape(BATCH, Networks.LATENT_DIM));
        NDArray sameLabels = manager.zeros(new Shape(BATCH), DataType.INT64);
        NDArray oneZ = z.get(new NDIndex("0:1")).repeat(0, BATCH);
        NDArray otherLabels = manager.arange(0, BATCH, 1, DataType.INT64);

        float acrossZ = spread(Networks.forward(generator, manager, true, z, sameLabels));
        float acrossLabels = spread(Networks.forward(generator, manager, true, oneZ, otherLabels));
        assertTrue(acrossZ > 0.25f * acrossLabels, "z moves images " + acrossZ + ", labels " + acrossLabels);
    }

    private static float spread(NDArray images) {
        return images.sub(images.mean(new int[] {0}, true)).square().mean().getFloat();
    }

    @Test
    void givenSameImageWhenLabelsDifferThenProjectionAndConcatLogitsDiffer() {
        for (Architecture architecture : DcganArchitecture.all()) {
            for (String conditioning : new String[] {"projection", "concat"}) {
                Block discriminator = networks(architecture, conditioning)[1];
                NDArray x = manager.randomUniform(-1f, 1f, new Shape(1).addAll(IMAGE)).repeat(0, BATCH);
                NDArray labels = manager.arange(0, BATCH, 1, DataType.INT64);
                float[] logits = Networks.forward(discriminator, manager, false, x, labels).toFloatArray();
                for (int i = 1; i < BATCH; i++) {
                    assertTrue(Math.abs(logits[i] - logits[0]) > 1e-5f,
                            architecture.name() + " " + conditioning + ": label " + i + " gives label 0's logit");
                }
            }
        }
    }

    @Test
    void givenProjectionDiscriminatorWhenLabelChangesThenLogitMovesByEmbeddingDifferenceDotFeatures() {
        ProjectionDiscriminator discriminator = (ProjectionDiscriminator) networks(DcganArchitecture.dcgan(), "projection")[1];
        NDArray x = manager.randomUniform(-1f, 1f, new Shape(1).addAll(IMAGE)).repeat(0, 2);
        NDArray labels = manager.create(new long[] {3, 7});
        float[] logits = Networks.forward(discriminator, manager, false, x, labels).toFloatArray();

        Block trunk = discriminator.getChildren().get(0).getValue();
        NDArray h = Networks.forward(trunk, manager, false, x.get(new NDIndex("0:1"))).squeeze(0);
        NDArray table = discriminator.getChildren().get(2).getValue().getParameters().get("weight").getArray();
        float expected = h.dot(table.get(7).sub(table.get(3))).getFloat();
        assertEquals(expected, logits[1] - logits[0], 1e-4f * Math.max(1f, Math.abs(expected)));
    }

    @Test
    void givenAuxiliaryDiscriminatorWhenLabelsDifferThenLogitIgnoresThemAndClassHeadHasOneLogitPerClass() {
        GanModel model = DcganArchitecture.snDcgan().build(Networks.request(IMAGE, TEN_CLASSES,
                Map.of("width", 16, "discriminator", "auxiliary", "auxiliaryWeight", 0.5)));
        assertEquals(0.5f, model.auxiliaryClassifierWeight());
        Block discriminator = Networks.initialized(model, manager, BATCH)[1];
        NDArray x = manager.randomUniform(-1f, 1f, new Shape(1).addAll(IMAGE)).repeat(0, BATCH);
        NDList out = discriminator.forward(new ParameterStore(manager, false),
                new NDList(x, manager.arange(0, BATCH, 1, DataType.INT64)), false);

        assertEquals(new Shape(BATCH, 1), out.get(0).getShape());
        assertEquals(new Shape(BATCH, 10), out.get(1).getShape());
        float[] logits = out.get(0).toFloatArray();
        for (int i = 1; i < BATCH; i++) {
            assertEquals(logits[0], logits[i], 0f, "the real/fake logit of an AC-GAN must not see the label");
        }
    }

    @Test
    void givenAuxiliaryWeightWithoutAuxiliaryDiscriminatorWhenBuildingThenConfigErrorNamesTheField() {
        ConfigException error = assertThrows(ConfigException.class, () -> DcganArchitecture.dcgan().build(
                Networks.request(IMAGE, TEN_CLASSES, Map.of("discriminator", "projection", "auxiliaryWeight", 1.0))));
        assertTrue(error.getMessage().contains("auxiliaryWeight"), error.getMessage());
        assertEquals(0f, DcganArchitecture.dcgan().build(Networks.request(IMAGE, TEN_CLASSES, Map.of()))
                .auxiliaryClassifierWeight(), "projection by default, no class loss");
    }

    private Block[] networks(Architecture architecture, String conditioning) {
        GanModel model = architecture.build(Networks.request(IMAGE, TEN_CLASSES,
                Map.of("width", 16, "discriminator", conditioning)));
        return Networks.initialized(model, manager, BATCH);
    }

    private static float[] slice(float[] values, int index, int length) {
        float[] out = new float[length];
        System.arraycopy(values, index * length, out, 0, length);
        return out;
    }

    private static float maxDifference(float[] a, float[] b) {
        float max = 0;
        for (int i = 0; i < a.length; i++) {
            max = Math.max(max, Math.abs(a[i] - b[i]));
        }
        return max;
    }
}
