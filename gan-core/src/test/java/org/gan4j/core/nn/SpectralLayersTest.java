package org.gan4j.core.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.MalformedModelException;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.nn.convolutional.Conv1d;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.nn.core.Linear;
import ai.djl.training.GradientCollector;
import ai.djl.training.ParameterStore;
import ai.djl.training.initializer.NormalInitializer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.FloatBuffer;
import java.util.Arrays;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The spectrally normalised layers: their outputs, state, persistence, gradients and memory. */
class SpectralLayersTest {

    private NDManager manager;

    /** The layer's operation without normalisation, applied with a given weight and bias. */
    @FunctionalInterface
    interface PlainOperation {
        NDArray apply(NDManager manager, NDArray x, NDArray weight, NDArray bias);
    }

    /**
     * One layer under test: how to build it, its input, its matrix rows and its plain operation.
     */
    record Layer(
            String name,
            Supplier<WeightLayer> factory,
            Shape inputShape,
            int rowAxis,
            PlainOperation plain) {

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Layer> layers() {
        return Stream.of(
                new Layer(
                        "SnLinear",
                        () -> SnLinear.builder().setUnits(6).build(),
                        new Shape(4, 5),
                        0,
                        (m, x, w, b) -> Linear.linear(x, w, b).singletonOrThrow()),
                new Layer(
                        "SnConvolution 1-D",
                        () -> convolution(new Shape(5), new Shape(2), new Shape(2)),
                        new Shape(2, 3, 16),
                        0,
                        (m, x, w, b) ->
                                Conv1d.conv1d(x, w, b, new Shape(2), new Shape(2))
                                        .singletonOrThrow()),
                new Layer(
                        "SnConvolution 2-D",
                        () -> convolution(new Shape(3, 3), new Shape(2, 2), new Shape(1, 1)),
                        new Shape(2, 3, 8, 8),
                        0,
                        (m, x, w, b) ->
                                Conv2d.conv2d(x, w, b, new Shape(2, 2), new Shape(1, 1))
                                        .singletonOrThrow()),
                new Layer(
                        "TransposedConvolution 2-D, normalised",
                        () -> transposed(true),
                        new Shape(2, 4, 4, 4),
                        1,
                        SpectralLayersTest::unnormalizedTransposed));
    }

    /** The normalised layers and the plain transposed convolution, which must not leak either. */
    static Stream<Layer> allLayers() {
        Layer plain =
                new Layer(
                        "TransposedConvolution 2-D",
                        () -> transposed(false),
                        new Shape(2, 4, 4, 4),
                        1,
                        null);
        return Stream.concat(layers(), Stream.of(plain));
    }

    private static WeightLayer convolution(Shape kernel, Shape stride, Shape padding) {
        return SnConvolution.builder()
                .setKernelShape(kernel)
                .setFilters(4)
                .optStride(stride)
                .optPadding(padding)
                .build();
    }

    private static WeightLayer transposed(boolean spectralNorm) {
        return TransposedConvolution.builder()
                .setKernelShape(new Shape(4, 4))
                .setFilters(3)
                .optStride(new Shape(2, 2))
                .optPadding(new Shape(1, 1))
                .optSpectralNorm(spectralNorm)
                .build();
    }

    private static NDArray unnormalizedTransposed(
            NDManager manager, NDArray x, NDArray weight, NDArray bias) {
        WeightLayer layer = transposed(false);
        layer.initialize(manager, DataType.FLOAT32, x.getShape());
        array(layer, "weight").set(FloatBuffer.wrap(weight.toFloatArray()));
        array(layer, "bias").set(FloatBuffer.wrap(bias.toFloatArray()));
        return forward(layer, new ParameterStore(manager, false), x, false);
    }

    @BeforeEach
    void open() {
        Engine.getInstance().setRandomSeed(3);
        manager = NDManager.newBaseManager();
    }

    @AfterEach
    void close() {
        manager.close();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("layers")
    void givenConvergedPowerIterationWhenInferringThenOutputUsesWeightOverLargestSingularValue(
            Layer layer) {
        WeightLayer block = initialized(layer, manager);
        ParameterStore store = new ParameterStore(manager, false);
        NDArray x = manager.randomNormal(layer.inputShape());
        for (int i = 0; i < 50; i++) {
            forward(block, store, x, true);
        }
        NDArray actual = forward(block, store, x, false);

        NDArray weight = array(block, "weight");
        double sigma =
                SingularValues.largest(weight.toFloatArray(), weight.getShape(), layer.rowAxis());
        NDArray expected =
                layer.plain().apply(manager, x, weight.div((float) sigma), array(block, "bias"));
        float scale = expected.abs().max().getFloat();
        assertTrue(
                actual.sub(expected).abs().max().getFloat() <= 1e-3f * scale,
                "output differs from the layer with weight / sigma");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("layers")
    void givenTrainedLayerWhenSavedAndLoadedIntoFreshLayerThenStateAndOutputsAreIdentical(
            Layer layer) throws IOException, MalformedModelException {
        WeightLayer trained = initialized(layer, manager);
        ParameterStore store = new ParameterStore(manager, false);
        NDArray x = manager.randomNormal(layer.inputShape());
        for (int i = 0; i < 3; i++) {
            forward(trained, store, x, true);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        trained.saveParameters(new DataOutputStream(bytes));

        WeightLayer loaded = layer.factory().get();
        loaded.loadParameters(
                manager, new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));

        assertArrayEquals(
                array(trained, "weight_u").toFloatArray(),
                array(loaded, "weight_u").toFloatArray());
        assertArrayEquals(
                forward(trained, store, x, false).toFloatArray(),
                forward(loaded, new ParameterStore(manager, false), x, false).toFloatArray());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("layers")
    void givenInferenceForwardWhenRunningThenPowerIterationVectorIsUnchanged(Layer layer) {
        WeightLayer block = initialized(layer, manager);
        ParameterStore store = new ParameterStore(manager, false);
        NDArray x = manager.randomNormal(layer.inputShape());
        forward(block, store, x, true);
        float[] before = array(block, "weight_u").toFloatArray();

        forward(block, store, x, false);
        forward(block, store, x, false);
        assertArrayEquals(before, array(block, "weight_u").toFloatArray());

        forward(block, store, x, true);
        assertFalse(
                Arrays.equals(before, array(block, "weight_u").toFloatArray()),
                "a training forward advances the power iteration");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("layers")
    void givenTrainingForwardWhenBackpropagatingThenWeightReceivesGradient(Layer layer) {
        WeightLayer block = initialized(layer, manager);
        ParameterStore store = new ParameterStore(manager, false);
        NDArray x = manager.randomNormal(layer.inputShape());
        try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
            NDArray y = forward(block, store, x, true);
            collector.backward(y.mul(manager.randomNormal(y.getShape())).sum());
        }
        NDArray gradient = array(block, "weight").getGradient();
        assertTrue(gradient.abs().max().getFloat() > 0f, "weight gradient is zero");
        assertTrue(gradient.isNaN().logicalNot().all().getBoolean(), "weight gradient has NaN");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("allLayers")
    void givenStepsOnTheirOwnManagersWhenTrainingThenModelManagerGainsNoArrays(Layer layer) {
        NDManager model = manager.newSubManager();
        WeightLayer block = initialized(layer, model);
        ParameterStore store = new ParameterStore(model, false);
        int before = model.getManagedArrays().size();
        for (int i = 0; i < 3; i++) {
            try (NDManager step = manager.newSubManager();
                    GradientCollector collector = Engine.getInstance().newGradientCollector()) {
                NDArray x = step.randomNormal(layer.inputShape());
                collector.backward(forward(block, store, x, true).sum());
                forward(block, store, x, false);
            }
        }
        assertEquals(before, model.getManagedArrays().size());
    }

    private static WeightLayer initialized(Layer layer, NDManager manager) {
        WeightLayer block = layer.factory().get();
        block.setInitializer(new NormalInitializer(0.5f), Parameter.Type.BIAS);
        block.initialize(manager, DataType.FLOAT32, layer.inputShape());
        return block;
    }

    private static NDArray forward(
            WeightLayer block, ParameterStore store, NDArray x, boolean training) {
        return block.forward(store, new NDList(x), training).singletonOrThrow();
    }

    private static NDArray array(WeightLayer block, String name) {
        return block.getParameters().get(name).getArray();
    }
}
