package org.gan4j.image.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Block;
import ai.djl.training.GradientCollector;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Map;
import java.util.stream.Stream;
import org.gan4j.core.checkpoint.ParameterFile;
import org.gan4j.core.loss.Losses;
import org.gan4j.core.model.ConditionSpec;
import org.gan4j.core.model.GanModel;
import org.gan4j.core.spi.Architecture;
import org.gan4j.core.train.GanTrainer;
import org.gan4j.core.train.StepReport;
import org.gan4j.core.train.TrainerSettings;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The models under gan-core's trainer, and the native memory of their steps. */
class DcganTrainingTest {

    private static final Shape IMAGE = new Shape(1, 28, 28);
    private static final int CLASSES = 10;

    /** A small model of one architecture, conditioned as named ({@code none} for unconditional). */
    record Variant(Architecture architecture, String conditioning, String loss) {

        ConditionSpec condition() {
            return conditioning.equals("none") ? ConditionSpec.NONE : ConditionSpec.classLabel(CLASSES);
        }

        GanModel build() {
            Map<String, Object> options = conditioning.equals("none")
                    ? Map.of("width", 8)
                    : Map.of("width", 8, "embedding", 8, "discriminator", conditioning);
            return architecture.build(Networks.request(IMAGE, condition(), options));
        }

        @Override
        public String toString() {
            return architecture.name() + " " + conditioning + " " + loss;
        }
    }

    static Stream<Variant> variants() {
        return Stream.of(
                new Variant(DcganArchitecture.dcgan(), "none", "non-saturating"),
                new Variant(DcganArchitecture.dcgan(), "projection", "non-saturating"),
                new Variant(DcganArchitecture.snDcgan(), "concat", "hinge"),
                new Variant(DcganArchitecture.snDcgan(), "projection", "hinge"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("variants")
    void givenRandomImagesWhenTraining20StepsWithGanTrainerThenLossesStayFiniteAndSamplesHaveImageShape(Variant v) {
        TrainerSettings settings = TrainerSettings.builder().batchSize(8).learningRates(2e-4, 2e-4).emaDecay(0.99)
                .seed(17).build();
        try (NDManager manager = NDManager.newBaseManager();
                GanTrainer trainer = new GanTrainer(v.build(), new RandomImages(IMAGE, v.condition()),
                        Losses.create(v.loss(), 0f), settings, manager)) {
            for (int i = 0; i < 20; i++) {
                StepReport report = trainer.step();
                assertTrue(Float.isFinite(report.discriminatorLoss()) && Float.isFinite(report.generatorLoss()),
                        "step " + report.step() + ": D " + report.discriminatorLoss() + ", G " + report.generatorLoss());
            }
            try (NDManager scope = manager.newSubManager()) {
                NDArray labels = v.condition().isConditional() ? Networks.cyclingLabels(scope, 10, CLASSES) : null;
                NDArray samples = trainer.sampler().generate(scope, 10, labels);
                assertEquals(new Shape(10).addAll(IMAGE), samples.getShape());
                assertTrue(samples.isNaN().none().getBoolean(), "samples without NaN");
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("variants")
    void givenTenStepsOnTheirOwnSubManagersWhenTrainingAndInferringThenModelManagerHoldsNoNewArrays(Variant v) {
        Engine.getInstance().setRandomSeed(3);
        try (NDManager root = NDManager.newBaseManager(); NDManager model = root.newSubManager()) {
            GanModel gan = v.build();
            Block[] networks = Networks.initialized(gan, model, 4);
            RandomImages data = new RandomImages(IMAGE, v.condition());
            int before = model.getManagedArrays().size();
            for (int i = 0; i < 10; i++) {
                try (NDManager step = root.newSubManager()) {
                    NDArray labels = data.batch(step, i, 4).conditions();
                    NDArray z = gan.prior().sample(step, 4);
                    try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
                        NDArray fake = Networks.forward(networks[0], step, true, z, labels);
                        collector.backward(Networks.forward(networks[1], step, true, fake, labels).sum());
                    }
                    Networks.forward(networks[1], step, false, Networks.forward(networks[0], step, false, z, labels),
                            labels);
                }
            }
            assertEquals(before, model.getManagedArrays().size(), "arrays left on the model's manager");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("variants")
    void givenTrainedNetworksWhenCheckpointedIntoFreshOnesThenInferenceOutputsAreIdentical(Variant v) throws IOException {
        Engine.getInstance().setRandomSeed(5);
        try (NDManager manager = NDManager.newBaseManager()) {
            GanModel gan = v.build();
            Block[] trained = Networks.initialized(gan, manager, 4);
            NDArray labels = new RandomImages(IMAGE, v.condition()).batch(manager, 0, 4).conditions();
            NDArray z = gan.prior().sample(manager, 4);
            for (int i = 0; i < 3; i++) {
                Networks.forward(trained[1], manager, true, Networks.forward(trained[0], manager, true, z, labels), labels);
            }
            Block[] fresh = Networks.initialized(v.build(), manager, 4);
            for (int k = 0; k < 2; k++) {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                ParameterFile.write(trained[k].getParameters(), new DataOutputStream(bytes));
                ParameterFile.read(fresh[k].getParameters(),
                        new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())), manager, "test");
            }

            NDArray images = Networks.forward(trained[0], manager, false, z, labels);
            assertArrayEquals(images.toFloatArray(), Networks.forward(fresh[0], manager, false, z, labels).toFloatArray());
            assertArrayEquals(Networks.forward(trained[1], manager, false, images, labels).toFloatArray(),
                    Networks.forward(fresh[1], manager, false, images, labels).toFloatArray());
        }
    }
}
